// The single write transaction of an import. Everything happens inside one
// Dexie rw transaction over every table it touches; errors are never caught
// inside it (catching a BulkError there would commit half a pack), so any
// failure rolls the whole import back.
import type { DirectoryDb } from "../db";
import { packError, type PackError } from "../pack/packErrors";
import { LOCAL_STATES, type PackRecord, type ServiceRecord } from "../records";
import type { ImportProgressListener } from "./progress";
import { servicesInPack } from "../query/keyRanges";
import { dropOrphanedConfirmations } from "../edit/confirmNumber";
import { withClassificationOf } from "../edit/classification";
import { buildRecord } from "../buildRecord";

// Progress is reported after each chunk: 1,000 rows took 0.4–1.3 s to write on
// a 2-core machine (later chunks are slower as the database grows), so 250
// keeps the bar moving about every 0.1–0.35 s for the same total time.
export const WRITE_CHUNK = 250;
const WRITE_LANES = 3;

/** Thrown inside the transaction to abort it with a user-facing reason. */
export class ImportRefusal extends Error {
  constructor(readonly error: PackError) {
    super(error.message);
    this.name = "ImportRefusal";
  }
}

export interface WriteOutcome {
  previousVersion: number | undefined;
  added: number;
  removed: number;
  /** Entries edited or retired on this device: kept as they are (see docs/directory.md). */
  keptLocalEdits: string[];
  /** Services classified here that took the newer version's details, keeping the classification. */
  updatedClassifications: string[];
  /** Entries only marked "checked" here, or classified here but now classified by the publisher: replaced by the newer pack's version. */
  supersededLocalChecks: string[];
}

export async function writePack(
  db: DirectoryDb,
  packRecord: PackRecord,
  records: ServiceRecord[],
  onProgress?: ImportProgressListener,
): Promise<WriteOutcome> {
  const { packKey } = packRecord;
  return db.transaction("rw", [db.services, db.packs, db.confirmations], async () => {
    const existing = await db.packs.get(packKey);
    if (existing !== undefined && existing.packVersion >= packRecord.packVersion) {
      // Another tab or worker installed this or a newer version meanwhile.
      throw new ImportRefusal(
        packError(
          "older-version",
          `version ${existing.packVersion} of this pack is already installed; version ${packRecord.packVersion} was not imported`,
        ),
      );
    }
    const newByKey = new Map(records.map((r) => [r.key, r]));
    const oldKeys = await servicesInPack(db, packKey).primaryKeys();
    const localRows = await db.services
      .where("localState")
      .anyOf([...LOCAL_STATES])
      .filter((r) => r.packKey === packKey)
      .toArray();

    const kept = new Map<string, ServiceRecord>();
    const supersededLocalChecks: string[] = [];
    const reclassified: ServiceRecord[] = [];
    for (const row of localRows) {
      if (row.localState === "checked") {
        supersededLocalChecks.push(row.key);
        continue;
      }
      if (row.localState === "classified") {
        // Only the classification was given here: the feed's newer version
        // comes in with it. If the feed dropped the service it goes, like any
        // other; if its publisher now classifies it, theirs stands.
        const incoming = newByKey.get(row.key);
        if (incoming === undefined) continue;
        if (incoming.service.unclassified !== true) {
          supersededLocalChecks.push(row.key);
          continue;
        }
        const original = { service: incoming.service, organisation: incoming.organisation, locations: incoming.locations };
        const service = withClassificationOf(incoming.service, row.service);
        if (service === undefined) {
          // The two do not fit together: kept as it is, like an edit, and "revert" gives the feed's version.
          kept.set(row.key, { ...row, packOriginal: original });
          continue;
        }
        const merged: ServiceRecord = {
          ...buildRecord(packKey, service, incoming.organisation, incoming.locations),
          localState: "classified",
          packOriginal: original,
          ...(row.localChangedAt === undefined ? {} : { localChangedAt: row.localChangedAt }),
        };
        kept.set(row.key, merged);
        reclassified.push(merged);
        continue;
      }
      // Keep the local edit, but let "revert" restore the newest official version.
      const incoming = newByKey.get(row.key);
      const updated: ServiceRecord = { ...row };
      if (incoming !== undefined) {
        updated.packOriginal = { service: incoming.service, organisation: incoming.organisation, locations: incoming.locations };
      } else {
        delete updated.packOriginal;
      }
      kept.set(row.key, updated);
    }

    const toDelete = oldKeys.filter((k) => !newByKey.has(k) && !kept.has(k));
    await db.services.bulkDelete(toDelete);
    const toPut = records.filter((r) => !kept.has(r.key));
    // A few chunks in flight keep IndexedDB busy without queuing the whole pack
    // at once (queuing serialises every row synchronously, starving progress).
    // Promise.all rejects on the first failure, which aborts the whole transaction.
    let written = 0;
    let next = 0;
    const chunks: ServiceRecord[][] = [];
    for (let i = 0; i < toPut.length; i += WRITE_CHUNK) chunks.push(toPut.slice(i, i + WRITE_CHUNK));
    const lane = async (): Promise<void> => {
      for (let chunk = chunks[next++]; chunk !== undefined; chunk = chunks[next++]) {
        await db.services.bulkPut(chunk);
        written += chunk.length;
        onProgress?.({ phase: "writing", done: written, total: toPut.length });
      }
    };
    await Promise.all(Array.from({ length: WRITE_LANES }, lane));
    if (kept.size > 0) await db.services.bulkPut([...kept.values()]);
    // Confirmations made here follow the entries: gone with a dropped service
    // or a number the new version no longer lists.
    const phonesAfter = new Map<string, readonly { number: string }[] | undefined>(toDelete.map((k) => [k, undefined]));
    for (const r of [...toPut, ...reclassified]) phonesAfter.set(r.key, r.service.phones);
    await dropOrphanedConfirmations(db, packRecord.area, phonesAfter);
    await db.packs.put(packRecord);
    return {
      previousVersion: existing?.packVersion,
      added: toPut.length,
      removed: toDelete.length,
      keptLocalEdits: [...kept.keys()].filter((k) => !reclassified.some((r) => r.key === k)),
      updatedClassifications: reclassified.map((r) => r.key),
      supersededLocalChecks,
    };
  });
}
