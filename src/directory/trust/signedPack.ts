// Signed pack files: a wrapper holding the exact bytes of the pack (base64)
// and one or more detached signatures over those bytes. See docs/pack-format.md.
import { z } from "../../shared/zod";
import { packError, type PackError } from "../pack/packErrors";
import { decodeJson } from "../pack/validatePack";
import { asArrayBufferView, base64ToBytes, bytesToBase64, utf8 } from "./bytes";
import {
  algOfJwk,
  importParams,
  importPublicKey,
  jwkThumbprint,
  signParams,
  signatureAlgSchema,
  type PublicJwk,
  type SignatureAlg,
  type TrustedKey,
} from "./keys";

export const SIGNED_PACK_FORMAT = "waymark-signed-pack";

export const packSignatureSchema = z.strictObject({
  alg: signatureAlgSchema,
  keyId: z.string().regex(/^[A-Za-z0-9_-]{16,128}$/),
  signature: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/),
});
export type PackSignature = z.infer<typeof packSignatureSchema>;

export const signedPackSchema = z.strictObject({
  format: z.literal(SIGNED_PACK_FORMAT),
  payload: z.string().min(1),
  signatures: z.array(packSignatureSchema).min(1).max(8),
});
export type SignedPackFile = z.infer<typeof signedPackSchema>;

export type SignatureCheck =
  | { status: "verified"; key: TrustedKey }
  | { status: "unsigned" }
  | { status: "unknown-key"; keyIds: string[] }
  | { status: "invalid"; keyIds: string[] };

export type OpenedPackFile =
  | {
      ok: true;
      payload: Uint8Array<ArrayBuffer>;
      signature: SignatureCheck;
      /** A bare pack's JSON, already parsed here: a 30 MB pack need not be parsed twice. */
      parsed?: unknown;
    }
  | { ok: false; errors: PackError[] };

function isSignedWrapper(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { format?: unknown }).format === SIGNED_PACK_FORMAT;
}

async function verifyOne(sig: PackSignature, key: TrustedKey, payload: Uint8Array<ArrayBuffer>): Promise<boolean> {
  try {
    if (sig.alg !== key.alg || algOfJwk(key.publicKey) !== key.alg) return false;
    // A misconfigured entry whose id does not match its key must never verify.
    if ((await jwkThumbprint(key.publicKey)) !== key.keyId) return false;
    const cryptoKey = await importPublicKey(key.publicKey);
    return await crypto.subtle.verify(signParams(sig.alg), cryptoKey, base64ToBytes(sig.signature), payload);
  } catch {
    return false;
  }
}

/**
 * Reads a file that is either a bare pack (unsigned) or a signed wrapper, and
 * checks the signatures against the pinned keys. It does not validate the pack.
 */
export async function openPackFile(bytes: Uint8Array, trustedKeys: readonly TrustedKey[]): Promise<OpenedPackFile> {
  const json = decodeJson(bytes);
  if (!json.ok) return json;
  if (!isSignedWrapper(json.value)) {
    return { ok: true, payload: asArrayBufferView(bytes), signature: { status: "unsigned" }, parsed: json.value };
  }

  const wrapper = signedPackSchema.safeParse(json.value);
  if (!wrapper.success) {
    return {
      ok: false,
      errors: wrapper.error.issues.map((i) =>
        packError("signature-invalid", `signed pack wrapper: ${i.path.map(String).join(".")}: ${i.message}`, {
          path: i.path.map(String).join("."),
        }),
      ),
    };
  }
  let payload: Uint8Array<ArrayBuffer>;
  try {
    payload = base64ToBytes(wrapper.data.payload);
  } catch {
    return {
      ok: false,
      errors: [
        packError("signature-invalid", "signed pack wrapper: payload is not base64 (the file may be damaged)", {
          path: "payload",
        }),
      ],
    };
  }
  const keyIds = wrapper.data.signatures.map((s) => s.keyId);
  let knownKey = false;
  for (const sig of wrapper.data.signatures) {
    const key = trustedKeys.find((k) => k.keyId === sig.keyId);
    if (key === undefined) continue;
    knownKey = true;
    if (await verifyOne(sig, key, payload)) return { ok: true, payload, signature: { status: "verified", key } };
  }
  return { ok: true, payload, signature: knownKey ? { status: "invalid", keyIds } : { status: "unknown-key", keyIds } };
}

export interface SigningKey {
  alg: SignatureAlg;
  keyId: string;
  privateKey: CryptoKey;
}

/** Signs the exact bytes of a pack file and returns the wrapper file's bytes. */
export async function signPackBytes(packBytes: Uint8Array, keys: readonly SigningKey[]): Promise<Uint8Array<ArrayBuffer>> {
  const payload = asArrayBufferView(packBytes);
  const signatures: PackSignature[] = [];
  for (const k of keys) {
    const sig = new Uint8Array(await crypto.subtle.sign(signParams(k.alg), k.privateKey, payload));
    signatures.push({ alg: k.alg, keyId: k.keyId, signature: bytesToBase64(sig) });
  }
  const wrapper: SignedPackFile = { format: SIGNED_PACK_FORMAT, payload: bytesToBase64(payload), signatures };
  return utf8(`${JSON.stringify(wrapper, null, 2)}\n`);
}

/** A new key pair, e.g. for the keygen command and for tests. */
export async function generateSigningKeyPair(alg: SignatureAlg = "ES256"): Promise<{
  signing: SigningKey;
  publicJwk: PublicJwk;
  privateKey: CryptoKey;
}> {
  const pair = (await crypto.subtle.generateKey(importParams(alg), true, ["sign", "verify"])) as CryptoKeyPair;
  const exported = await crypto.subtle.exportKey("jwk", pair.publicKey);
  const publicJwk: PublicJwk =
    alg === "ES256"
      ? { kty: "EC", crv: "P-256", x: exported.x ?? "", y: exported.y ?? "" }
      : { kty: "OKP", crv: "Ed25519", x: exported.x ?? "" };
  const keyId = await jwkThumbprint(publicJwk);
  return { signing: { alg, keyId, privateKey: pair.privateKey }, publicJwk, privateKey: pair.privateKey };
}

/** Loads a private key from PKCS#8 PEM or a private JWK (text of the key file). */
export async function importSigningKey(text: string): Promise<SigningKey> {
  const trimmed = text.trim();
  if (trimmed.startsWith("{")) {
    const jwk = JSON.parse(trimmed) as JsonWebKey;
    const alg: SignatureAlg = jwk.kty === "EC" ? "ES256" : "Ed25519";
    const publicJwk: PublicJwk =
      alg === "ES256"
        ? { kty: "EC", crv: "P-256", x: jwk.x ?? "", y: jwk.y ?? "" }
        : { kty: "OKP", crv: "Ed25519", x: jwk.x ?? "" };
    const privateKey = await crypto.subtle.importKey("jwk", jwk, importParams(alg), false, ["sign"]);
    return { alg, keyId: await jwkThumbprint(publicJwk), privateKey };
  }
  const match = /-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/.exec(trimmed);
  if (match?.[1] === undefined) throw new Error("expected a PKCS#8 PEM (BEGIN PRIVATE KEY) or a private JWK");
  const der = base64ToBytes(match[1].replace(/\s+/g, ""));
  for (const alg of ["ES256", "Ed25519"] as const) {
    try {
      const extractable = await crypto.subtle.importKey("pkcs8", der, importParams(alg), true, ["sign"]);
      const jwk = await crypto.subtle.exportKey("jwk", extractable);
      const publicJwk: PublicJwk =
        alg === "ES256"
          ? { kty: "EC", crv: "P-256", x: jwk.x ?? "", y: jwk.y ?? "" }
          : { kty: "OKP", crv: "Ed25519", x: jwk.x ?? "" };
      return { alg, keyId: await jwkThumbprint(publicJwk), privateKey: extractable };
    } catch {
      // try the next algorithm
    }
  }
  throw new Error("the PEM key is neither an ECDSA P-256 nor an Ed25519 private key");
}

export async function exportPrivateKeyPem(privateKey: CryptoKey): Promise<string> {
  const der = new Uint8Array(await crypto.subtle.exportKey("pkcs8", privateKey));
  const b64 = bytesToBase64(der)
    .replace(/(.{64})/g, "$1\n")
    .trimEnd();
  return `-----BEGIN PRIVATE KEY-----\n${b64}\n-----END PRIVATE KEY-----\n`;
}
