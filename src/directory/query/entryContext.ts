// What turning stored rows into entries needs besides the rows: the installed
// packs (trust, expiry) and the numbers MSVLOs confirmed on this device. Both
// tables are small (one row per pack, one per confirmed number).
import type { DirectoryDb } from "../db";
import type { ConfirmationIndex } from "../phones/phoneStatus";
import type { PackIndex } from "./entryView";
import type { DirectoryArea } from "../schema/vocabulary";

export interface EntryContext {
  packs: PackIndex;
  confirmations: ConfirmationIndex;
}

/** `areas`: only what entries of these areas need (the officer's lookup reads two areas of 45). */
export async function loadEntryContext(db: DirectoryDb, areas?: readonly DirectoryArea[]): Promise<EntryContext> {
  const [packs, confirmations] = await Promise.all(
    areas === undefined
      ? [db.packs.toArray(), db.confirmations.toArray()]
      : [db.packs.where("area").anyOf(areas).toArray(), db.confirmations.where("area").anyOf(areas).toArray()],
  );
  return {
    packs: new Map(packs.map((p) => [p.packKey, p])),
    confirmations: new Map(confirmations.map((c) => [c.key, c])),
  };
}
