// The floor for an import (targets.md P7): the same 50,000 rows the import
// writes, put with one plain bulkPut into a store with only a primary key,
// in a worker like the import. Only the write is timed; validating and
// building the rows first makes them exactly the rows the import stores.
import { Dexie, type EntityTable } from "dexie";
import { recordsFromPack } from "../../src/directory/buildRecord";
import { validatePackBytes } from "../../src/directory/pack/validatePack";
import type { ServiceRecord } from "../../src/directory/records";

export interface RawBaselineRequest {
  bytes: ArrayBuffer;
  dbName: string;
}
export type RawBaselineReply = { ok: true; ms: number; rows: number } | { ok: false; message: string };

class RawDb extends Dexie {
  declare services: EntityTable<ServiceRecord, "key">;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ services: "key" });
  }
}

async function run(request: RawBaselineRequest): Promise<RawBaselineReply> {
  const validation = validatePackBytes(new Uint8Array(request.bytes));
  if (!validation.ok) return { ok: false, message: JSON.stringify(validation.errors.slice(0, 3)) };
  const records = recordsFromPack(validation.pack);
  const db = new RawDb(request.dbName);
  await db.open();
  try {
    const t0 = performance.now();
    // The transaction's promise settles once IndexedDB has committed.
    await db.transaction("rw", db.services, () => db.services.bulkPut(records));
    return { ok: true, ms: performance.now() - t0, rows: await db.services.count() };
  } finally {
    db.close();
    await Dexie.delete(request.dbName);
  }
}

self.addEventListener("message", (event: MessageEvent<RawBaselineRequest>) => {
  run(event.data).then(
    (reply) => {
      self.postMessage(reply);
    },
    (e: unknown) => {
      self.postMessage({ ok: false, message: e instanceof Error ? e.message : String(e) } satisfies RawBaselineReply);
    },
  );
});
