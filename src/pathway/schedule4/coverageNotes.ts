// What the app does not know about an Act's listing, for display beside a
// "not-listed" or "conditional" answer so it is not read as a clean bill.
import { SCHEDULE4_PROVENANCE } from "./schedule4Provenance";
import type { OffenceRef } from "./schedule4Schema";
import { actKey, actKeyString } from "./normalise";

/** Ids of the known gaps in the stored list for this offence's Act (empty if none are recorded); words in list.gaps.<id>. */
export function schedule4CoverageNotes(offence: OffenceRef): string[] {
  const key = actKey(offence.act);
  return SCHEDULE4_PROVENANCE.knownGaps
    .filter((gap) => {
      const gapKey = actKey(gap.act);
      return key.year === undefined ? gapKey.base === key.base : actKeyString(gapKey) === actKeyString(key);
    })
    .map((gap) => gap.id);
}
