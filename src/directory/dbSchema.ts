// Every schema version of the directory database, oldest first. Never edit or
// remove a past entry: add a new version, with an `upgrade` when stored data
// changes shape. tests/unit/directory/migrations.test.ts opens a fixture
// database of every version under the current code and checks all records survive.
import type { Dexie, Transaction } from "dexie";

export interface DirectoryDbVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const DIRECTORY_DB_VERSIONS: readonly DirectoryDbVersion[] = [
  {
    version: 1,
    stores: {
      // key is `${area}:${publisher}/${id}`, so area and pack reads are key ranges
      // (no extra index to write). facetKeys: area x stage x audience x need
      // lookups; nameTokens: area-scoped name search; localState is set only on
      // local edits, so that index lists exactly them.
      services: "key, localState, *facetKeys, *nameTokens",
      packs: "packKey, area",
      meta: "key",
    },
  },
  {
    version: 2,
    stores: {
      // Numbers an MSVLO rang from this device (records.ts, localConfirmationSchema).
      // Existing rows need no change: older packs carry no confirmations.
      confirmations: "key, area, serviceKey",
    },
  },
];

export const LATEST_DIRECTORY_DB_VERSION = DIRECTORY_DB_VERSIONS.reduce((m, v) => Math.max(m, v.version), 0);

/** Declares versions up to `upTo` (tests build old fixture databases with a lower value). */
export function declareDirectoryVersions(db: Dexie, upTo: number = LATEST_DIRECTORY_DB_VERSION): void {
  for (const v of DIRECTORY_DB_VERSIONS) {
    if (v.version > upTo) continue;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade !== undefined) declared.upgrade(v.upgrade);
  }
}
