// Checks one offence against Schedule 4. The answer is guidance for the
// officer and the CPS, not a decision: "not-listed" means the offence was not
// found in the list held by the app (see SCHEDULE4_PROVENANCE for its gaps).
import { schedule4Entries } from "./schedule4Entries";
import type { OffenceRef, Schedule4Entry } from "./schedule4Schema";
import { actKey, actKeyString, formatSection, relateSections, sectionPath, stemmedWords } from "./normalise";

export type Schedule4Match =
  | { kind: "excluded"; entry: Schedule4Entry }
  /** Listed only in some circumstances, or the reference is broader than the listing. */
  | { kind: "conditional"; entry: Schedule4Entry; reason?: string }
  | { kind: "not-listed" }
  /** The Act, section or name could not be read, or the Act's year is needed. */
  | { kind: "unknown-act"; message: string };

type Indexed = { entry: Schedule4Entry; path: string[] };

type Index = {
  /** "theft 1968" -> that Act's entries, in Schedule order. */
  byAct: Map<string, Indexed[]>;
  /** "theft" -> {"Theft Act 1968"}: to ask for a missing year. */
  titlesByBase: Map<string, Set<string>>;
  /** Stemmed names of each common law offence, with its accepted variants. */
  commonLaw: { entry: Schedule4Entry; names: Set<string> }[];
};

const NAME_NOISE = new Set(["offence", "common", "law"]);

function nameKey(name: string): string {
  return stemmedWords(name)
    .filter((w) => !NAME_NOISE.has(w))
    .join(" ");
}

function buildIndex(entries: readonly Schedule4Entry[]): Index {
  const index: Index = { byAct: new Map(), titlesByBase: new Map(), commonLaw: [] };
  for (const entry of entries) {
    if (entry.section === undefined) {
      const names = new Set([entry.name ?? "", ...entry.everydayNames].map(nameKey).filter((k) => k !== ""));
      index.commonLaw.push({ entry, names });
      continue;
    }
    const path = sectionPath(entry.section);
    if (path === undefined) throw new Error(`Schedule 4 entry ${entry.id} has an unreadable section`);
    const key = actKey(entry.act);
    const forAct = index.byAct.get(actKeyString(key)) ?? [];
    forAct.push({ entry, path });
    index.byAct.set(actKeyString(key), forAct);
    const titles = index.titlesByBase.get(key.base) ?? new Set<string>();
    titles.add(entry.act);
    index.titlesByBase.set(key.base, titles);
  }
  return index;
}

let cachedIndex: Index | undefined;
const getIndex = (): Index => (cachedIndex ??= buildIndex(schedule4Entries));

const unknown = (message: string): Schedule4Match => ({ kind: "unknown-act", message });

function matchCommonLaw(name: string): Schedule4Match {
  const key = nameKey(name);
  if (key === "") return unknown("The offence's name could not be read.");
  const found = getIndex().commonLaw.find((c) => c.names.has(key));
  if (found === undefined) return { kind: "not-listed" };
  const { entry } = found;
  return entry.condition === undefined ? { kind: "excluded", entry } : { kind: "conditional", entry, reason: entry.condition };
}

function matchStatutory(act: string, section: string): Schedule4Match {
  const key = actKey(act);
  if (!/[a-z]/.test(key.base))
    return unknown('The Act\'s title could not be read. Enter its short title and year, for example "Theft Act 1968".');
  if (key.base === "common law") return unknown("A common law offence is checked by its name, not a section.");
  const index = getIndex();
  if (key.year === undefined) {
    const titles = index.titlesByBase.get(key.base);
    if (titles === undefined) return { kind: "not-listed" };
    return unknown(`Add the Act's year to its title, for example "${[...titles].join('" or "')}".`);
  }
  const refPath = sectionPath(section);
  if (refPath === undefined) return unknown(`The section "${section}" could not be read. Enter it like 8, 12A or 17(2).`);

  const conditional: Schedule4Entry[] = [];
  const reasons: string[] = [];
  const broader: Indexed[] = [];
  for (const candidate of index.byAct.get(actKeyString(key)) ?? []) {
    const relation = relateSections(refPath, candidate.path);
    if (relation === "none") continue;
    if (relation === "broader") {
      broader.push(candidate);
      conditional.push(candidate.entry);
    } else if (candidate.entry.condition === undefined) {
      // The same section, or a subsection of a listed section.
      return { kind: "excluded", entry: candidate.entry };
    } else {
      conditional.push(candidate.entry);
      reasons.push(candidate.entry.condition);
    }
  }
  const [first] = conditional;
  if (first === undefined) return { kind: "not-listed" };
  if (broader.length > 0) {
    const listed = broader.map((b) => formatSection(b.path)).join(" and ");
    reasons.push(
      `Under ${formatSection(refPath)} of the ${first.act}, ${listed} ${broader.length > 1 ? "are" : "is"} listed: check which subsection the offence falls under.`,
    );
  }
  return { kind: "conditional", entry: first, reason: reasons.join(" ") };
}

/** Checks an offence against Schedule 4 of the Modern Slavery Act 2015. */
export function matchSchedule4(offence: OffenceRef): Schedule4Match {
  if ("section" in offence) return matchStatutory(offence.act, offence.section);
  if (actKey(offence.act).base !== "common law")
    return unknown("Only common law offences are checked by name; for an Act give its section.");
  return matchCommonLaw(offence.name);
}
