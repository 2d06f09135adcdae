// Import a pack file into the directory: open (signature), validate everything,
// decide (trust, expiry, version), then write in one transaction. Any refusal or
// failure leaves the database exactly as it was. Runs in the import worker and,
// unchanged, in Node for the tests.
import { isExpired } from "../dates";
import type { DirectoryDb } from "../db";
import { packKeyOf, recordsFromPack } from "../buildRecord";
import { packError, type PackError } from "../pack/packErrors";
import { validatePackBytes, validatePackValue } from "../pack/validatePack";
import type { PackRecord, PackTrust } from "../records";
import type { PathwayPack } from "../schema/pack";
import { classifyStorageError } from "../storage/storageErrors";
import { sha256Hex } from "../trust/bytes";
import type { TrustedKey } from "../trust/keys";
import { openPackFile, type SignatureCheck } from "../trust/signedPack";
import { TRUSTED_KEYS } from "../trust/trustedKeys";
import { isAcceptableTrustProblem } from "../trust/policy";
import type { ImportProgressListener } from "./progress";
import { ImportRefusal, writePack } from "./writePack";

export interface ImportOptions {
  /** The caller's clock, for expiry and the installed-at time. */
  now: Date;
  /**
   * The user chose to keep a pack whose signer cannot be checked. Only the
   * problems trust/policy.ts allows are relaxed: a signature that fails, or a
   * key that may not sign for the pack's area, is refused whatever this says.
   */
  allowUnverified?: boolean;
  /** Pinned keys; defaults to TRUSTED_KEYS. Tests pass their own. */
  trustedKeys?: readonly TrustedKey[];
  onProgress?: ImportProgressListener;
}

export type ImportStatus = "installed" | "replaced" | "already-installed";

export type ImportResult =
  | {
      ok: true;
      status: ImportStatus;
      pack: PackRecord;
      previousVersion?: number;
      added: number;
      removed: number;
      keptLocalEdits: string[];
      updatedClassifications: string[];
      supersededLocalChecks: string[];
      /** Why the pack is "unverified", when the user allowed that. */
      warnings: PackError[];
    }
  | { ok: false; errors: PackError[] };

/** Why a pack's signer cannot be trusted for it, or undefined when it can. */
export function trustProblem(check: SignatureCheck, pack: Pick<PathwayPack, "area" | "publisher">): PackError | undefined {
  switch (check.status) {
    case "verified":
      if (check.key.publisherId !== pack.publisher.id || !check.key.areas.includes(pack.area)) {
        return packError(
          "key-not-allowed",
          `the pack is signed by "${check.key.publisherName}", whose key may not sign packs for area "${pack.area}" and publisher "${pack.publisher.id}"`,
        );
      }
      return undefined;
    case "unsigned":
      return packError("unsigned", "the pack is not signed, so the app cannot tell who published it");
    case "unknown-key":
      return packError("unknown-key", `the pack is signed with a key this app does not know (${check.keyIds.join(", ")})`);
    case "invalid":
      return packError("signature-invalid", "the signature does not match the pack: it was changed after signing, or is damaged");
  }
}

interface Decided {
  pack: PathwayPack;
  trust: PackTrust;
  keyId: string | undefined;
  sha256: string;
  warnings: PackError[];
}

/** Everything short of writing: returns the decision, or why the pack is refused. */
export async function preparePack(
  bytes: Uint8Array,
  options: ImportOptions,
): Promise<{ ok: true; decided: Decided } | { ok: false; errors: PackError[] }> {
  const { onProgress } = options;
  onProgress?.({ phase: "verifying", done: 0, total: 0 });
  const opened = await openPackFile(bytes, options.trustedKeys ?? TRUSTED_KEYS);
  if (!opened.ok) return opened;

  onProgress?.({ phase: "validating", done: 0, total: 0 });
  const onValidated = (done: number, total: number) => {
    onProgress?.({ phase: "validating", done, total });
  };
  const validation =
    opened.parsed === undefined ? validatePackBytes(opened.payload, onValidated) : validatePackValue(opened.parsed, onValidated);
  if (!validation.ok) {
    // A damaged signed file is reported as a signature problem as well.
    const sigNote =
      opened.signature.status === "invalid" ? [packError("signature-invalid", "the signature does not match the pack")] : [];
    return { ok: false, errors: [...sigNote, ...validation.errors] };
  }
  const { pack } = validation;
  const problem = trustProblem(opened.signature, pack);
  if (problem !== undefined && (options.allowUnverified !== true || !isAcceptableTrustProblem(problem.code))) {
    return { ok: false, errors: [problem] };
  }
  if (isExpired(pack.expiresAt, options.now)) {
    return {
      ok: false,
      errors: [
        packError("expired", `the pack expired on ${pack.expiresAt}; ask the publisher for a current pack`, {
          path: "expiresAt",
        }),
      ],
    };
  }
  return {
    ok: true,
    decided: {
      pack,
      trust: problem === undefined ? "verified" : "unverified",
      keyId: opened.signature.status === "verified" ? opened.signature.key.keyId : undefined,
      sha256: await sha256Hex(opened.payload),
      warnings: problem === undefined ? [] : [problem],
    },
  };
}

/** Writes a pack that has passed every check. Shared by file imports and the built-in samples. */
export async function installDecidedPack(
  db: DirectoryDb,
  decided: Decided,
  options: Pick<ImportOptions, "now" | "onProgress">,
): Promise<ImportResult> {
  const { pack, trust } = decided;
  const packKey = packKeyOf(pack);
  const packRecord: PackRecord = {
    packKey,
    area: pack.area,
    publisher: pack.publisher,
    packVersion: pack.packVersion,
    schemaVersion: pack.schemaVersion,
    issuedAt: pack.issuedAt,
    expiresAt: pack.expiresAt,
    installedAt: options.now.toISOString(),
    trust,
    sha256: decided.sha256,
    serviceCount: pack.content.services.length,
    sample: pack.content.services.some((s) => s.sample),
  };
  if (pack.title !== undefined) packRecord.title = pack.title;
  if (decided.keyId !== undefined) packRecord.keyId = decided.keyId;

  try {
    const existing = await db.packs.get(packKey);
    if (existing !== undefined) {
      if (existing.packVersion > pack.packVersion) {
        return {
          ok: false,
          errors: [
            packError(
              "older-version",
              `this is version ${pack.packVersion}, older than the installed version ${existing.packVersion}; the newer one was kept`,
              { path: "packVersion" },
            ),
          ],
        };
      }
      if (existing.packVersion === pack.packVersion) {
        if (existing.sha256 === decided.sha256) {
          return {
            ok: true,
            status: "already-installed",
            pack: existing,
            added: 0,
            removed: 0,
            keptLocalEdits: [],
            updatedClassifications: [],
            supersededLocalChecks: [],
            warnings: decided.warnings,
          };
        }
        return {
          ok: false,
          errors: [
            packError(
              "version-conflict",
              `version ${pack.packVersion} is installed with different content; the publisher must raise packVersion for a changed pack`,
              { path: "packVersion" },
            ),
          ],
        };
      }
      if (existing.trust === "verified" && trust === "unverified") {
        return {
          ok: false,
          errors: [
            packError("would-replace-verified", "an unverified pack cannot replace a verified pack from the same publisher"),
          ],
        };
      }
    }
    const total = pack.content.services.length;
    // Building rows (index keys) takes a moment on big packs: keep the bar alive.
    const records = recordsFromPack(pack, () => options.onProgress?.({ phase: "writing", done: 0, total }));
    const outcome = await writePack(db, packRecord, records, options.onProgress);
    options.onProgress?.({ phase: "done", done: records.length, total: records.length });
    const result: ImportResult = {
      ok: true,
      status: existing === undefined ? "installed" : "replaced",
      pack: packRecord,
      added: outcome.added,
      removed: outcome.removed,
      keptLocalEdits: outcome.keptLocalEdits,
      updatedClassifications: outcome.updatedClassifications,
      supersededLocalChecks: outcome.supersededLocalChecks,
      warnings: decided.warnings,
    };
    if (outcome.previousVersion !== undefined) result.previousVersion = outcome.previousVersion;
    return result;
  } catch (e) {
    if (e instanceof ImportRefusal) return { ok: false, errors: [e.error] };
    return { ok: false, errors: [classifyStorageError(e)] };
  }
}

/** Imports the bytes of a pack file (bare or signed). */
export async function importPackBytes(db: DirectoryDb, bytes: Uint8Array, options: ImportOptions): Promise<ImportResult> {
  options.onProgress?.({ phase: "reading", done: bytes.byteLength, total: bytes.byteLength });
  const prepared = await preparePack(bytes, options);
  if (!prepared.ok) return prepared;
  return installDecidedPack(db, prepared.decided, options);
}
