// Schedule 4 of the Modern Slavery Act 2015: offences for which the section 45
// defence is not available. Data and matching (search is over the whole
// offence catalogue: ../offences).
import { schedule4Entries } from "./schedule4Entries";
import type { Schedule4Entry } from "./schedule4Schema";

export * from "./schedule4Schema";
export { matchSchedule4, type Schedule4Match } from "./matchOffence";
export { schedule4CoverageNotes } from "./coverageNotes";
export { SCHEDULE4_PROVENANCE } from "./schedule4Provenance";
export { schedule4Entries };

export const SCHEDULE4_ENTRIES: readonly Schedule4Entry[] = schedule4Entries;
