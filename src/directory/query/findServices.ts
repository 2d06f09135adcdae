// The officer's lookup: services for an area (plus national ones) at the
// person's NRM stage, for an adult or a child, optionally by need. Each
// combination is one indexed prefix read of at most `limit` rows, already in
// display order, so the cost does not grow with the size of the directory.
import { z } from "../../shared/zod";
import { FORCE_AREA_IDS } from "../../shared/forceAreas";
import type { DirectoryDb } from "../db";
import type { ServiceRecord } from "../records";
import { needSchema, nrmStageSchema, personAudienceSchema, postNrmSubStageSchema, type Need } from "../schema/vocabulary";
import { toEntry, type DirectoryEntry, type PackIndex } from "./entryView";
import { ANY_NEED, facetPrefix } from "./indexKeys";

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
  .refine((q) => q.subStage === undefined || q.stage === "post-nrm", { message: "subStage needs stage \"post-nrm\"", path: ["subStage"] });
export type FindServicesQuery = z.infer<typeof findServicesQuerySchema> & { now: Date };

export const DEFAULT_LIMIT = 50;

export async function loadPackIndex(db: DirectoryDb): Promise<PackIndex> {
  const packs = await db.packs.toArray();
  return new Map(packs.map((p) => [p.packKey, p]));
}

/** Display order: 24/7 first, then local before national, then name. */
function compareRows(area: string) {
  return (a: { row: ServiceRecord; rank: string }, b: { row: ServiceRecord; rank: string }): number => {
    if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
    const al = a.row.area === area ? 0 : 1;
    const bl = b.row.area === area ? 0 : 1;
    if (al !== bl) return al - bl;
    return a.row.sortName < b.row.sortName ? -1 : a.row.sortName > b.row.sortName ? 1 : a.row.key < b.row.key ? -1 : 1;
  };
}

export async function findServices(db: DirectoryDb, query: FindServicesQuery): Promise<DirectoryEntry[]> {
  const { now, ...rest } = query;
  const q = findServicesQuerySchema.parse(rest);
  const limit = q.limit ?? DEFAULT_LIMIT;
  const stage = q.subStage ?? q.stage;
  const areas = q.includeNational === false ? [q.area] : [q.area, "national" as const];
  const needs: readonly (Need | typeof ANY_NEED)[] = q.needs !== undefined && q.needs.length > 0 ? q.needs : [ANY_NEED];
  const prefixes = areas.flatMap((a) => needs.map((n) => facetPrefix(a, stage, q.audience, n)));

  return db.transaction("r", [db.services, db.packs], async () => {
    const [packs, ...lists] = await Promise.all([
      loadPackIndex(db),
      ...prefixes.map((p) => db.services.where("facetKeys").startsWith(p).limit(limit).toArray()),
    ]);
    const byKey = new Map<string, { row: ServiceRecord; rank: string }>();
    for (const rows of lists) {
      for (const row of rows) {
        if (!byKey.has(row.key)) byKey.set(row.key, { row, rank: row.service.hours?.open247 === true ? "0" : "1" });
      }
    }
    return [...byKey.values()]
      .sort(compareRows(q.area))
      .slice(0, limit)
      .map(({ row }) => toEntry(row, packs, now));
  });
}
