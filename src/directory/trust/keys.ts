// Signing algorithms and key ids. ECDSA P-256 works everywhere the app runs;
// Ed25519 is accepted too. A key id is the RFC 7638 JWK thumbprint (SHA-256).
import { z } from "../../shared/zod";
import { isoDateSchema } from "../../shared/provenance";
import { directoryAreaSchema } from "../schema/vocabulary";
import { asArrayBufferView, base64UrlFromBytes, utf8 } from "./bytes";

export const SIGNATURE_ALGS = ["ES256", "Ed25519"] as const;
export const signatureAlgSchema = z.enum(SIGNATURE_ALGS);
export type SignatureAlg = z.infer<typeof signatureAlgSchema>;

const b64url = z.string().regex(/^[A-Za-z0-9_-]+$/, "expected base64url");

export const publicJwkSchema = z.union([
  z.object({ kty: z.literal("EC"), crv: z.literal("P-256"), x: b64url, y: b64url }),
  z.object({ kty: z.literal("OKP"), crv: z.literal("Ed25519"), x: b64url }),
]);
export type PublicJwk = z.infer<typeof publicJwkSchema>;

export const trustedKeySchema = z.strictObject({
  keyId: b64url,
  alg: signatureAlgSchema,
  /** The pack's publisher.id must match. */
  publisherId: z.string().min(1),
  publisherName: z.string().min(1),
  /** Areas this key may sign packs for. */
  areas: z.array(directoryAreaSchema).min(1),
  publicKey: publicJwkSchema,
  addedOn: isoDateSchema,
});
export type TrustedKey = z.infer<typeof trustedKeySchema>;

export function importParams(alg: SignatureAlg): EcKeyImportParams | Algorithm {
  return alg === "ES256" ? { name: "ECDSA", namedCurve: "P-256" } : { name: "Ed25519" };
}

export function signParams(alg: SignatureAlg): EcdsaParams | Algorithm {
  return alg === "ES256" ? { name: "ECDSA", hash: "SHA-256" } : { name: "Ed25519" };
}

export function algOfJwk(jwk: PublicJwk): SignatureAlg {
  return jwk.kty === "EC" ? "ES256" : "Ed25519";
}

/** RFC 7638 thumbprint: SHA-256 over the required members in lexicographic order. */
export async function jwkThumbprint(jwk: PublicJwk): Promise<string> {
  const canonical =
    jwk.kty === "EC"
      ? JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y })
      : JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x });
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", asArrayBufferView(utf8(canonical))));
  return base64UrlFromBytes(digest);
}

export async function importPublicKey(jwk: PublicJwk): Promise<CryptoKey> {
  return crypto.subtle.importKey("jwk", jwk, importParams(algOfJwk(jwk)), false, ["verify"]);
}
