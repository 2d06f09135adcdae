// MSVLO views: everything in one area (retired entries included on request),
// one entry by key, the local edits, and an area summary. Areas hold hundreds
// to a few thousand entries, so these read the area index and filter in memory.
import type { DirectoryDb } from "../db";
import { isExpired, isStale } from "../dates";
import { LOCAL_STATES, type PackRecord } from "../records";
import type { DirectoryArea, Need, NrmStage, PersonAudience, PostNrmSubStage } from "../schema/vocabulary";
import { NEEDS, NRM_STAGES } from "../schema/vocabulary";
import { toEntry, type DirectoryEntry } from "./entryView";
import { audienceSegmentsOf, stageSegmentsOf } from "./indexKeys";
import { loadEntryContext } from "./entryContext";
import { servicesInArea } from "./keyRanges";

export interface BrowseFilter {
  now: Date;
  stage?: NrmStage | PostNrmSubStage;
  audience?: PersonAudience;
  need?: Need;
  includeRetired?: boolean;
  /** Only entries flagged stale (not checked for 180 days). */
  staleOnly?: boolean;
  /** Only entries waiting for an MSVLO to classify them (NRM stage, audience, needs). */
  unclassifiedOnly?: boolean;
  /** Only entries with a number nobody has confirmed (or whose confirmation is stale). */
  unconfirmedOnly?: boolean;
  /** Only what officers can find: active and classified (retired entries are left out whatever includeRetired says). */
  findableOnly?: boolean;
}

export async function listAreaServices(db: DirectoryDb, area: DirectoryArea, filter: BrowseFilter): Promise<DirectoryEntry[]> {
  return db.transaction("r", [db.services, db.packs, db.confirmations], async () => {
    const [context, rows] = await Promise.all([loadEntryContext(db), servicesInArea(db, area).toArray()]);
    return rows
      .filter((r) => filter.includeRetired === true || r.service.status === "active")
      .filter((r) => filter.stage === undefined || stageSegmentsOf(r.service).includes(filter.stage))
      .filter((r) => filter.audience === undefined || audienceSegmentsOf(r.service).includes(filter.audience))
      .filter((r) => filter.need === undefined || r.service.needs.includes(filter.need))
      .filter((r) => filter.staleOnly !== true || isStale(r.service.assuredDate, filter.now))
      .filter((r) => filter.unclassifiedOnly !== true || r.service.unclassified === true)
      .filter((r) => filter.findableOnly !== true || (r.service.status === "active" && r.service.unclassified !== true))
      .sort((a, b) => (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0))
      .map((r) => toEntry(r, context, filter.now))
      .filter((e) => filter.unconfirmedOnly !== true || e.flags.unconfirmedNumber);
  });
}

export async function getEntry(db: DirectoryDb, key: string, now: Date): Promise<DirectoryEntry | undefined> {
  return db.transaction("r", [db.services, db.packs, db.confirmations], async () => {
    const [context, row] = await Promise.all([loadEntryContext(db), db.services.get(key)]);
    return row === undefined ? undefined : toEntry(row, context, now);
  });
}

/** Entries added, edited, checked, retired or classified on this device (optionally one area). */
export async function listLocalEdits(db: DirectoryDb, now: Date, area?: DirectoryArea): Promise<DirectoryEntry[]> {
  return db.transaction("r", [db.services, db.packs, db.confirmations], async () => {
    const [context, rows] = await Promise.all([
      loadEntryContext(db),
      db.services
        .where("localState")
        .anyOf([...LOCAL_STATES])
        .toArray(),
    ]);
    return rows
      .filter((r) => area === undefined || r.area === area)
      .sort((a, b) => (a.sortName < b.sortName ? -1 : 1))
      .map((r) => toEntry(r, context, now));
  });
}

export interface AreaSummary {
  area: DirectoryArea;
  packs: (PackRecord & { expired: boolean })[];
  services: number;
  active: number;
  retired: number;
  stale: number;
  localEdits: number;
  byStage: Record<NrmStage, number>;
  byNeed: Record<Need, number>;
}

export async function getAreaSummary(db: DirectoryDb, area: DirectoryArea, now: Date): Promise<AreaSummary> {
  return db.transaction("r", [db.services, db.packs, db.confirmations], async () => {
    const [packs, rows] = await Promise.all([db.packs.where("area").equals(area).toArray(), servicesInArea(db, area).toArray()]);
    const byStage = Object.fromEntries(NRM_STAGES.map((s) => [s, 0])) as Record<NrmStage, number>;
    const byNeed = Object.fromEntries(NEEDS.map((n) => [n, 0])) as Record<Need, number>;
    let active = 0;
    let stale = 0;
    let localEdits = 0;
    for (const r of rows) {
      if (r.localState !== undefined) localEdits++;
      if (r.service.status !== "active") continue;
      active++;
      if (isStale(r.service.assuredDate, now)) stale++;
      for (const s of r.service.stages) byStage[s]++;
      for (const n of r.service.needs) byNeed[n]++;
    }
    return {
      area,
      packs: packs.map((p) => ({ ...p, expired: isExpired(p.expiresAt, now) })),
      services: rows.length,
      active,
      retired: rows.length - active,
      stale,
      localEdits,
      byStage,
      byNeed,
    };
  });
}
