// The officer's lookup: services for an area (plus national ones) at the
// person's NRM stage, for an adult or a child, optionally by need. Each index
// prefix is read as keys only (at most `limit` per prefix, already in display
// order); the keys are merged and only the final rows are read, so the cost
// does not grow with the size of the directory.
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
import { FACET_PREFIX_LENGTH, facetPrefixes } from "./indexKeys";

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

interface Candidate {
  /** rank + start of the sort name, from the facet key */
  order: string;
  local: 0 | 1;
  key: string;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  const ar = a.order.slice(0, 1);
  const br = b.order.slice(0, 1);
  if (ar !== br) return ar < br ? -1 : 1;
  if (a.local !== b.local) return a.local - b.local;
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
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
  const prefixes = facetPrefixes({ areas, stage: q.stage, subStage: q.subStage, audience: q.audience, needs: q.needs ?? [] });

  return db.transaction("r", [db.services, db.packs, db.confirmations], async () => {
    const lists = await Promise.all(
      prefixes.map(async (prefix) => {
        const local: 0 | 1 = prefix.startsWith(prefixes[0]?.slice(0, 2) ?? "") ? 0 : 1;
        const found: Candidate[] = [];
        await db.services
          .where("facetKeys")
          .startsWith(prefix)
          .limit(limit)
          .eachKey((indexKey, cursor) => {
            // Both keys are strings: the facet key and the service key.
            found.push({ order: (indexKey as string).slice(FACET_PREFIX_LENGTH), local, key: cursor.primaryKey });
          });
        return found;
      }),
    );
    const best = new Map<string, Candidate>();
    for (const c of lists.flat()) if (!best.has(c.key)) best.set(c.key, c);
    const chosen = [...best.values()].sort(compareCandidates).slice(0, limit);
    const [context, rows] = await Promise.all([loadEntryContext(db), db.services.bulkGet(chosen.map((c) => c.key))]);
    return rows
      .filter((r): r is ServiceRecord => r !== undefined)
      .sort(compareRows(q.area))
      .map((row) => toEntry(row, context, now));
  });
}
