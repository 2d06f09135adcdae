// First start: install the sample packs once. Idempotent, and it never brings
// back a sample the user removed, nor downgrades a pack they imported.
import type { DirectoryDb } from "../db";
import { installDecidedPack, type ImportResult } from "../import/importPack";
import { sha256Hex, utf8 } from "../trust/bytes";
import { BUILTIN_PACKS, builtinPackFileText } from "./builtinPacks";

/**
 * Raise when the sample data changes, so existing installs receive it; raise the changed packs' packVersion too.
 * 2: corrections after a domain review. 3: public citations only (every pack raised by one).
 * 4: sample packs for the twenty further force areas the public documents describe.
 * 5: Suffolk and West Midlands entries reworded to say no more than their source (packVersion 2).
 */
export const BUILTIN_SEED_VERSION = "5";
const SEED_META_KEY = "builtinSeedVersion";

export interface BuiltinOutcome {
  /** false when this seed version was already loaded. */
  loaded: boolean;
  results: ImportResult[];
}

export async function ensureBuiltinDirectory(db: DirectoryDb, options: { now: Date }): Promise<BuiltinOutcome> {
  const seeded = await db.meta.get(SEED_META_KEY);
  if (seeded?.value === BUILTIN_SEED_VERSION) return { loaded: false, results: [] };
  const results: ImportResult[] = [];
  for (const pack of BUILTIN_PACKS) {
    const sha256 = await sha256Hex(utf8(builtinPackFileText(pack)));
    results.push(await installDecidedPack(db, { pack, trust: "builtin", keyId: undefined, sha256, warnings: [] }, options));
  }
  await db.meta.put({ key: SEED_META_KEY, value: BUILTIN_SEED_VERSION });
  return { loaded: true, results };
}
