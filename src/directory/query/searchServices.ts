// Name search: every word typed must start a word of the service or
// organisation name. The longest word drives an indexed prefix read; the rest
// filter the rows as the cursor walks.
import type { DirectoryDb } from "../db";
import type { ForceAreaId } from "../../shared/forceAreas";
import { toEntry, type DirectoryEntry } from "./entryView";
import { loadPackIndex } from "./findServices";
import { normaliseText } from "./indexKeys";

export interface SearchOptions {
  now: Date;
  /** Only this area and national services. */
  area?: ForceAreaId;
  limit?: number;
  includeRetired?: boolean;
}

export async function searchServicesByName(db: DirectoryDb, text: string, options: SearchOptions): Promise<DirectoryEntry[]> {
  const words = [...new Set(normaliseText(text).split(" ").filter((w) => w.length > 0))].slice(0, 8);
  if (words.length === 0) return [];
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 200);
  const lead = words.reduce((a, b) => (b.length > a.length ? b : a));
  const { area } = options;

  return db.transaction("r", [db.services, db.packs], async () => {
    const [packs, rows] = await Promise.all([
      loadPackIndex(db),
      db.services
        .where("nameTokens")
        .startsWith(lead)
        .distinct()
        .filter(
          (r) =>
            (area === undefined || r.area === area || r.area === "national") &&
            (options.includeRetired === true || r.service.status === "active") &&
            words.every((w) => r.nameTokens.some((t) => t.startsWith(w))),
        )
        .limit(limit)
        .toArray(),
    ]);
    return rows
      .sort((a, b) => (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0))
      .map((r) => toEntry(r, packs, options.now));
  });
}
