// The MSVLO's view of one area at a glance: which stage × audience × need
// combinations have no local service (the gaps officers would hit), and the
// entries that need work — stale, a number nobody has confirmed, waiting to be
// classified, changed on this phone and not yet published.
import type { DirectoryDb } from "../db";
import { isExpired } from "../dates";
import type { PackRecord } from "../records";
import {
  NEEDS,
  NRM_STAGES,
  PERSON_AUDIENCES,
  type DirectoryArea,
  type Need,
  type NrmStage,
  type PersonAudience,
} from "../schema/vocabulary";
import { toEntry } from "./entryView";
import { loadEntryContext } from "./entryContext";
import { audienceSegmentsOf } from "./indexKeys";
import { servicesInArea } from "./keyRanges";

export interface CoverageColumn {
  stage: NrmStage;
  audience: PersonAudience;
}

export const COVERAGE_COLUMNS: readonly CoverageColumn[] = NRM_STAGES.flatMap((stage) =>
  PERSON_AUDIENCES.map((audience) => ({ stage, audience })),
);

export interface CoverageRow {
  /** null: any need (every service for the stage and audience). */
  need: Need | null;
  /** One count per COVERAGE_COLUMNS entry: active, classified services of this area. */
  counts: number[];
}

export interface AreaDashboard {
  area: DirectoryArea;
  /** Active and classified: what officers can find. */
  active: number;
  retired: number;
  stale: number;
  unconfirmedNumber: number;
  noNumber: number;
  unclassified: number;
  localEdits: number;
  /** Cells with no service: what an officer in this area would not find locally. */
  gaps: number;
  coverage: CoverageRow[];
  packs: (PackRecord & { expired: boolean })[];
}

export async function getAreaDashboard(db: DirectoryDb, area: DirectoryArea, now: Date): Promise<AreaDashboard> {
  return db.transaction("r", [db.services, db.packs, db.confirmations], async () => {
    const [context, rows] = await Promise.all([loadEntryContext(db), servicesInArea(db, area).toArray()]);
    const coverage: CoverageRow[] = [null, ...NEEDS].map((need) => ({ need, counts: COVERAGE_COLUMNS.map(() => 0) }));
    const dash: AreaDashboard = {
      area,
      active: 0,
      retired: 0,
      stale: 0,
      unconfirmedNumber: 0,
      noNumber: 0,
      unclassified: 0,
      localEdits: 0,
      gaps: 0,
      coverage,
      packs: [...context.packs.values()]
        .filter((p) => p.area === area)
        .map((p) => ({ ...p, expired: isExpired(p.expiresAt, now) })),
    };
    for (const row of rows) {
      if (row.localState !== undefined) dash.localEdits++;
      if (row.service.status !== "active") {
        dash.retired++;
        continue;
      }
      const entry = toEntry(row, context, now);
      if (entry.flags.stale) dash.stale++;
      if (entry.flags.unconfirmedNumber) dash.unconfirmedNumber++;
      if (entry.phones.length === 0) dash.noNumber++;
      if (entry.flags.unclassified) {
        dash.unclassified++;
        continue;
      }
      // Officers find only active, classified services.
      dash.active++;
      const audiences = audienceSegmentsOf(row.service);
      COVERAGE_COLUMNS.forEach((col, i) => {
        if (!row.service.stages.includes(col.stage) || !audiences.includes(col.audience)) return;
        for (const r of coverage) {
          if (r.need === null || row.service.needs.includes(r.need)) r.counts[i] = (r.counts[i] ?? 0) + 1;
        }
      });
    }
    dash.gaps = coverage.reduce((sum, r) => sum + r.counts.filter((c) => c === 0).length, 0);
    return dash;
  });
}
