// Name search: every word typed must start a word of the service or
// organisation name. Name tokens carry their area's code, so a search reads
// only the keys of its area (and national services); rows are then read in
// small batches until enough match the other words.
import type { DirectoryDb } from "../db";
import type { ForceAreaId } from "../../shared/forceAreas";
import type { ServiceRecord } from "../records";
import { DIRECTORY_AREAS, type DirectoryArea } from "../schema/vocabulary";
import { toEntry, type DirectoryEntry } from "./entryView";
import { loadEntryContext } from "./entryContext";
import { AREA_CODE_LENGTH, areaCode, normaliseText } from "./indexKeys";

export interface SearchOptions {
  now: Date;
  /** Only this area and national services; without it, every area. */
  area?: ForceAreaId;
  limit?: number;
  includeRetired?: boolean;
  /** Services imported without a classification are for the MSVLO's review, not for officers. */
  includeUnclassified?: boolean;
}

const BATCH = 40;
/** Per area: a one-letter search can match most entries; look at no more than this many. */
const MAX_CANDIDATES = 2000;

export async function searchServicesByName(db: DirectoryDb, text: string, options: SearchOptions): Promise<DirectoryEntry[]> {
  const words = [
    ...new Set(
      normaliseText(text)
        .split(" ")
        .filter((w) => w.length > 0),
    ),
  ].slice(0, 8);
  if (words.length === 0) return [];
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 200);
  const lead = words.reduce((a, b) => (b.length > a.length ? b : a));
  const areas: readonly DirectoryArea[] = options.area === undefined ? DIRECTORY_AREAS : [options.area, "national"];
  const matches = (r: ServiceRecord) =>
    (options.includeRetired === true || r.service.status === "active") &&
    (options.includeUnclassified === true || r.service.unclassified !== true) &&
    words.every((w) => r.nameTokens.some((t) => t.startsWith(w, AREA_CODE_LENGTH)));

  return db.transaction("r", [db.services, db.packs, db.confirmations], async () => {
    const keyLists = await Promise.all(
      areas.map((a) =>
        db.services
          .where("nameTokens")
          .startsWith(areaCode(a) + lead)
          .limit(MAX_CANDIDATES)
          .primaryKeys(),
      ),
    );
    const candidates = [...new Set(keyLists.flat().map(String))];
    const found: ServiceRecord[] = [];
    for (let i = 0; i < candidates.length && found.length < limit; i += BATCH) {
      const rows = await db.services.bulkGet(candidates.slice(i, i + BATCH));
      for (const r of rows) if (r !== undefined && matches(r) && found.length < limit) found.push(r);
    }
    const context = await loadEntryContext(db);
    return found
      .sort((a, b) => (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0))
      .map((r) => toEntry(r, context, options.now));
  });
}
