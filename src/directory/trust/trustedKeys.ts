// Public keys the app trusts to sign official pathway packs. Empty in the
// repository on purpose: no force has published a key yet.
//
// To add a key, the force's MS lead runs `npm run -s pack -- keygen --out DIR`,
// keeps the private key file off the repository (it is git-ignored), and sends
// the printed entry to the project, which adds it here, for example:
//   {
//     keyId: "<thumbprint printed by keygen>",
//     alg: "ES256",
//     publisherId: "devon-and-cornwall-police",
//     publisherName: "Devon and Cornwall Police",
//     areas: ["devon-and-cornwall"],
//     publicKey: { kty: "EC", crv: "P-256", x: "...", y: "..." },
//     addedOn: "2026-11-23",
//   },
// A key signs only for its listed areas and its publisher id.
import type { TrustedKey } from "./keys";

export const TRUSTED_KEYS: readonly TrustedKey[] = [];
