// Turns the Schedule 4 match for a suspect's offence into the derived facts
// `offenceCheck` and `offenceEntryVerification`, and the result the decision
// shows (ids and codes; the words are in the locale files).
import type { Facts } from "../model/facts";
import type { Schedule4Result } from "../model/decision";
import { SCHEDULE4_LIST_PROVENANCE } from "../content/schedule4List";
import { matchSchedule4 } from "../schedule4/matchOffence";

export function checkOffence(suspect: Facts["person"]["suspect"]): Schedule4Result {
  if (!suspect) return { match: "not-suspect" };
  const offence = suspect.offence;
  if (!offence) return { match: "not-given" };
  const result = matchSchedule4(offence);
  switch (result.kind) {
    case "excluded":
      return {
        match: "excluded",
        offence,
        entryId: result.entry.id,
        entryVerification: result.entry.provenance.verification,
        provenance: result.entry.provenance,
      };
    case "conditional":
      return {
        match: "conditional",
        offence,
        entryId: result.entry.id,
        conditionKind: result.conditionKind,
        ...(result.listedSections === undefined ? {} : { listedSections: result.listedSections }),
        entryVerification: result.entry.provenance.verification,
        provenance: result.entry.provenance,
      };
    case "not-listed":
      // "Not found in the list held by the app": the list as a whole is the source.
      return { match: "not-listed", offence, provenance: SCHEDULE4_LIST_PROVENANCE };
    case "unknown-act":
      return { match: "unrecognised", offence, problem: result.problem, provenance: SCHEDULE4_LIST_PROVENANCE };
  }
}
