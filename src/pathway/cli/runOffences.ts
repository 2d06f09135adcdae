// The `offences` command without I/O: the words an officer would type in,
// one JSON array of matching offences out, best first, each with its Act,
// section, plain English title and Schedule 4 status. No match is not an
// error (`[]`, exit 0); no words at all is (exit 2, one line).
import { searchOffences } from "../offences/searchOffences";
import type { CommandResult } from "./runDecide";
import { ENGLISH_OFFENCES } from "./englishText";

export interface OffenceMatch {
  act: string;
  /** null for a common law offence (see `name`). */
  section: string | null;
  /** Common law offences only. */
  name?: string;
  title: string;
  schedule4: "excluded" | "conditional" | "not-listed";
  /** Only for "conditional": when Schedule 4 lists it. */
  condition?: string;
  /** Only when the listing was not seen in the text of the Act or the Bill: "believed to be listed — check". */
  unconfirmed?: true;
}

export function runOffencesCommand(argv: readonly string[]): CommandResult {
  const query = argv.join(" ").trim();
  if (query === "")
    return {
      code: 2,
      stdout: "",
      stderr: 'offences: usage: offences "WORDS" (for example "cannabis farm" or "Theft Act 1968 s1")\n',
    };
  const titleOf = (id: string): string => ENGLISH_OFFENCES.title(id);
  const matches: OffenceMatch[] = searchOffences(query, { titleOf }).map((entry) => ({
    act: entry.act,
    section: entry.section ?? null,
    ...(entry.name === undefined ? {} : { name: entry.name }),
    title: titleOf(entry.id),
    schedule4: entry.schedule4,
    ...(entry.schedule4 === "conditional" && entry.kind === "schedule4"
      ? { condition: ENGLISH_OFFENCES.condition(entry.id) }
      : {}),
    ...(entry.kind === "schedule4" && entry.provenance.verification === "verify" ? { unconfirmed: true as const } : {}),
  }));
  return { code: 0, stdout: `${JSON.stringify(matches, null, 2)}\n`, stderr: "" };
}
