// The officer's lookup: services for an area (plus national ones) at the
// person's NRM stage, for an adult or a child, optionally by need. A facet key
// is prefix + rank + name, so the results come in groups already in display
// order: the area's 24/7 services, national 24/7 ones, then the area's others
// and national others. Each group is read with getAll on its prefixes (rows
// in name order, at most the number still wanted), stopping once there are
// enough, so the cost does not grow with the size of the directory. (Reading
// index keys with a cursor to merge them first cost 13 ms a query at p50,
// three times a whole lookup now; see docs/performance.md.)
import { z } from "../../shared/zod";
import { FORCE_AREA_IDS } from "../../shared/forceAreas";
import type { DirectoryDb } from "../db";
import type { ServiceRecord } from "../records";
import {
  needSchema,
  nrmStageSchema,
  personAudienceSchema,
  postNrmSubStageSchema,
  type DirectoryArea,
} from "../schema/vocabulary";
import { toEntry, type DirectoryEntry, type PackIndex } from "./entryView";
import { loadEntryContext } from "./entryContext";
import { RANKS, facetPrefixes } from "./indexKeys";

export const findServicesQuerySchema = z
  .strictObject({
    area: z.enum(FORCE_AREA_IDS),
    stage: nrmStageSchema,
    /** Only with stage "post-nrm". */
    subStage: postNrmSubStageSchema.optional(),
    audience: personAudienceSchema,
    /** Any of these needs; none means every need. */
    needs: z.array(needSchema).max(10).optional(),
    limit: z.int().min(1).max(500).optional(),
    includeNational: z.boolean().optional(),
  })
  .refine((q) => q.subStage === undefined || q.stage === "post-nrm", {
    message: 'subStage needs stage "post-nrm"',
    path: ["subStage"],
  });
export type FindServicesQuery = z.infer<typeof findServicesQuerySchema> & { now: Date };

export const DEFAULT_LIMIT = 50;

export async function loadPackIndex(db: DirectoryDb): Promise<PackIndex> {
  const packs = await db.packs.toArray();
  return new Map(packs.map((p) => [p.packKey, p]));
}

/** Display order: 24/7 first, then the area's own services before national ones, then by name. */
function compareRows(area: DirectoryArea) {
  return (a: ServiceRecord, b: ServiceRecord): number => {
    const ar = a.service.hours?.open247 === true ? 0 : 1;
    const br = b.service.hours?.open247 === true ? 0 : 1;
    if (ar !== br) return ar - br;
    const al = a.area === area ? 0 : 1;
    const bl = b.area === area ? 0 : 1;
    if (al !== bl) return al - bl;
    return a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : a.key < b.key ? -1 : 1;
  };
}

export async function findServices(db: DirectoryDb, query: FindServicesQuery): Promise<DirectoryEntry[]> {
  const { now, ...rest } = query;
  const q = findServicesQuerySchema.parse(rest);
  const limit = q.limit ?? DEFAULT_LIMIT;
  const areas: DirectoryArea[] = q.includeNational === false ? [q.area] : [q.area, "national"];
  // One group per rank and area, in display order; each is the union of its
  // prefixes (several stage codes or needs), every one of them in name order.
  const groups = RANKS.flatMap((rank) =>
    areas.map((area) =>
      facetPrefixes({ areas: [area], stage: q.stage, subStage: q.subStage, audience: q.audience, needs: q.needs ?? [] }).map(
        (prefix) => prefix + rank,
      ),
    ),
  );
  const byName = compareRows(q.area);

  /** The first `wanted` services of a group, in name order. */
  const readGroup = async (prefixes: string[], wanted: number): Promise<ServiceRecord[]> => {
    const lists = await Promise.all(
      prefixes.map((prefix) => db.services.where("facetKeys").startsWith(prefix).limit(wanted).toArray()),
    );
    if (lists.length === 1) return lists[0] ?? [];
    // Several lists (a service may be in more than one when several needs
    // are asked for): merge them by name and keep the first `wanted`.
    const merged = new Map<string, ServiceRecord>();
    for (const row of lists.flat()) merged.set(row.key, row);
    return [...merged.values()].sort(byName).slice(0, wanted);
  };
  const pick = async (): Promise<ServiceRecord[]> => {
    // Every group but the last at once (the 24/7 groups are short, so little
    // is read twice), then the last group only for what is still wanted:
    // two round trips to IndexedDB instead of four.
    const last = groups[groups.length - 1] ?? [];
    const firstGroups = await Promise.all(groups.slice(0, -1).map((prefixes) => readGroup(prefixes, limit)));
    const chosen = firstGroups.flat().slice(0, limit);
    if (chosen.length < limit) chosen.push(...(await readGroup(last, limit - chosen.length)));
    return chosen;
  };

  return db.transaction("r", [db.services, db.packs, db.confirmations], async () => {
    const [context, chosen] = await Promise.all([loadEntryContext(db, areas), pick()]);
    return chosen.sort(byName).map((row) => toEntry(row, context, now));
  });
}
