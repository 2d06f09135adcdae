// Turns the Schedule 4 match for a suspect's offence into the derived fact
// `offenceCheck` and the details the decision shows.
import type { Facts } from "../model/facts";
import type { Schedule4Result } from "../model/decision";
import { matchSchedule4 } from "../schedule4/matchOffence";

export function checkOffence(suspect: Facts["person"]["suspect"]): Schedule4Result {
  if (!suspect) return { match: "not-suspect" };
  if (!suspect.offence) return { match: "not-given" };
  const result = matchSchedule4(suspect.offence);
  switch (result.kind) {
    case "excluded":
      return { match: "excluded", entryId: result.entry.id, entryTitle: result.entry.title, provenance: result.entry.provenance };
    case "conditional": {
      const base = { match: "conditional", entryId: result.entry.id, entryTitle: result.entry.title, provenance: result.entry.provenance } as const;
      const condition = result.reason ?? result.entry.condition;
      return condition === undefined ? base : { ...base, condition };
    }
    case "not-listed":
      return { match: "not-listed" };
    case "unknown-act":
      return { match: "unrecognised", message: result.message };
  }
}
