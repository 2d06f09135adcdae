// What turning stored rows into entries needs besides the rows: the installed
// packs (trust, expiry) and the numbers MSVLOs confirmed on this device. Both
// tables are small (one row per pack, one per confirmed number).
import type { DirectoryDb } from "../db";
import type { ConfirmationIndex } from "../phones/phoneStatus";
import type { PackIndex } from "./entryView";

export interface EntryContext {
  packs: PackIndex;
  confirmations: ConfirmationIndex;
}

export async function loadEntryContext(db: DirectoryDb): Promise<EntryContext> {
  const [packs, confirmations] = await Promise.all([db.packs.toArray(), db.confirmations.toArray()]);
  return {
    packs: new Map(packs.map((p) => [p.packKey, p])),
    confirmations: new Map(confirmations.map((c) => [c.key, c])),
  };
}
