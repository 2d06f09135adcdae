// Turns the Schedule 4 match for a suspect's offence into the derived facts
// `offenceCheck` and `offenceEntryVerification`, and the details the decision shows.
import type { Facts } from "../model/facts";
import type { Schedule4Result } from "../model/decision";
import { SCHEDULE4_LIST_PROVENANCE } from "../content/schedule4List";
import { matchSchedule4 } from "../schedule4/matchOffence";

export function checkOffence(suspect: Facts["person"]["suspect"]): Schedule4Result {
  if (!suspect) return { match: "not-suspect" };
  if (!suspect.offence) return { match: "not-given" };
  const result = matchSchedule4(suspect.offence);
  switch (result.kind) {
    case "excluded":
    case "conditional": {
      const { entry } = result;
      const base: Schedule4Result = {
        match: result.kind,
        entryId: entry.id,
        entryTitle: entry.title,
        entryVerification: entry.provenance.verification,
        provenance: entry.provenance,
      };
      const condition = result.kind === "conditional" ? (result.reason ?? entry.condition) : undefined;
      return condition === undefined ? base : { ...base, condition };
    }
    case "not-listed":
      // "Not found in the list held by the app": the list as a whole is the source.
      return { match: "not-listed", provenance: SCHEDULE4_LIST_PROVENANCE };
    case "unknown-act":
      return { match: "unrecognised", message: result.message };
  }
}
