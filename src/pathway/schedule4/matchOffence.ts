// Checks one offence against Schedule 4. The answer is guidance for the
// officer and the CPS, not a decision: "not-listed" means the offence was not
// found in the list held by the app (see SCHEDULE4_PROVENANCE for its gaps).
import { schedule4Entries } from "./schedule4Entries";
import type { OffenceRef, Schedule4Entry } from "./schedule4Schema";
import type { Unrecognised } from "../model/decision";
import { actKey, actKeyString, formatSection, relateSections, sectionPath, stemmedWords } from "./normalise";

export type Schedule4Match =
  | { kind: "excluded"; entry: Schedule4Entry }
  /**
   * Listed only in some circumstances: the entry's own condition, or the
   * reference names a whole section of which only some subsections are listed.
   */
  /** The entry's own condition; `listedSections` when narrower subsections are listed as well. */
  | { kind: "conditional"; entry: Schedule4Entry; conditionKind: "listed-condition"; listedSections?: string[] }
  | { kind: "conditional"; entry: Schedule4Entry; conditionKind: "broader-reference"; listedSections: string[] }
  | { kind: "not-listed" }
  /** The Act, section or name could not be read, or the Act's year is needed. */
  | { kind: "unknown-act"; problem: Unrecognised };

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

const unknown = (problem: Unrecognised): Schedule4Match => ({ kind: "unknown-act", problem });

function matchCommonLaw(name: string): Schedule4Match {
  const key = nameKey(name);
  if (key === "") return unknown({ code: "name-unreadable" });
  const found = getIndex().commonLaw.find((c) => c.names.has(key));
  if (found === undefined) return { kind: "not-listed" };
  const { entry } = found;
  return entry.conditional === true
    ? { kind: "conditional", entry, conditionKind: "listed-condition" }
    : { kind: "excluded", entry };
}

function matchStatutory(act: string, section: string): Schedule4Match {
  const key = actKey(act);
  if (!/[a-z]/.test(key.base)) return unknown({ code: "act-unreadable" });
  if (key.base === "common law") return unknown({ code: "common-law-needs-name" });
  const index = getIndex();
  // Without its year an Act cannot be told apart from another of the same name.
  if (key.year === undefined) return unknown({ code: "year-needed", titles: [...(index.titlesByBase.get(key.base) ?? [])] });
  const refPath = sectionPath(section);
  if (refPath === undefined) return unknown({ code: "section-unreadable", section });

  // A conditional listing of this very section wins over narrower listings,
  // which are reported beside it (Criminal Damage Act 1971 s1: arson, and 1(2)).
  let sameConditional: Schedule4Entry | undefined;
  let conditional: Schedule4Entry | undefined;
  const broader: Indexed[] = [];
  for (const candidate of index.byAct.get(actKeyString(key)) ?? []) {
    const relation = relateSections(refPath, candidate.path);
    if (relation === "none") continue;
    if (relation === "broader") {
      broader.push(candidate);
      conditional ??= candidate.entry;
    } else if (candidate.entry.conditional !== true) {
      // The same section, or a subsection of a listed section.
      return { kind: "excluded", entry: candidate.entry };
    } else {
      sameConditional ??= candidate.entry;
    }
  }
  const listedSections = broader.map((b) => formatSection(b.path));
  if (sameConditional !== undefined) {
    return listedSections.length > 0
      ? { kind: "conditional", entry: sameConditional, conditionKind: "listed-condition", listedSections }
      : { kind: "conditional", entry: sameConditional, conditionKind: "listed-condition" };
  }
  if (conditional === undefined) return { kind: "not-listed" };
  if (broader.length > 0) {
    return {
      kind: "conditional",
      entry: conditional,
      conditionKind: "broader-reference",
      listedSections,
    };
  }
  return { kind: "conditional", entry: conditional, conditionKind: "listed-condition" };
}

/** Checks an offence against Schedule 4 of the Modern Slavery Act 2015. */
export function matchSchedule4(offence: OffenceRef): Schedule4Match {
  if ("section" in offence) return matchStatutory(offence.act, offence.section);
  if (actKey(offence.act).base !== "common law") return unknown({ code: "act-needs-section" });
  return matchCommonLaw(offence.name);
}
