// Finds Schedule 4 entries from what an officer types: an everyday name
// ("robbery"), an Act and section in any order ("s8 theft act", "OAPA 18"),
// or a mix. Linear over the list, which is small; ties keep Schedule order.
import { schedule4Entries } from "./schedule4Entries";
import type { Schedule4Entry } from "./schedule4Schema";
import { ACT_ABBREVIATIONS, actKey, foldText, isYear, relateSections, sectionPath, stem, stemmedWords } from "./normalise";

type Prepared = {
  entry: Schedule4Entry;
  order: number;
  actBase: string;
  actYear: string | undefined;
  actWords: Set<string>;
  nameWords: Set<string>;
  titleWords: Set<string>;
  /** Whole everyday names and the common law name, stemmed and joined. */
  phrases: Set<string>;
  path: string[] | undefined;
};

type Query = {
  words: string[];
  sections: string[][];
  years: string[];
  actHints: { base: string; year?: string }[];
};

const prepare = (entry: Schedule4Entry, order: number): Prepared => {
  const key = actKey(entry.act);
  const names = entry.name === undefined ? entry.everydayNames : [entry.name, ...entry.everydayNames];
  return {
    entry,
    order,
    actBase: key.base,
    actYear: key.year,
    actWords: new Set(key.base.split(" ").map(stem)),
    nameWords: new Set(names.flatMap(stemmedWords)),
    titleWords: new Set(stemmedWords(entry.title)),
    phrases: new Set(names.map((n) => stemmedWords(n).join(" "))),
    path: entry.section === undefined ? undefined : sectionPath(entry.section),
  };
};

let prepared: Prepared[] | undefined;
const getPrepared = (): Prepared[] => (prepared ??= schedule4Entries.map(prepare));

const SECTION_WORDS = new Set(["s", "ss", "sec", "section", "sections"]);
const SECTION_TOKEN = /^(?:s|ss|sec|section)?(\d+[a-z]{0,2}(?:\(\d+[a-z]?\))*)$/;

function parseQuery(text: string): Query {
  const query: Query = { words: [], sections: [], years: [], actHints: [] };
  // "17 (2)" -> "17(2)" so a subsection stays with its section.
  const tokens = foldText(text)
    .replace(/\s+\(/g, "(")
    .split(" ")
    .filter((t) => t !== "");
  for (const token of tokens) {
    if (SECTION_WORDS.has(token)) continue;
    if (isYear(token)) {
      query.years.push(token);
      continue;
    }
    const section = SECTION_TOKEN.exec(token);
    const path = section?.[1] === undefined ? undefined : sectionPath(section[1]);
    if (path !== undefined) {
      query.sections.push(path);
      continue;
    }
    const abbreviation = ACT_ABBREVIATIONS[token];
    if (abbreviation !== undefined) {
      query.actHints.push(abbreviation);
      continue;
    }
    query.words.push(...stemmedWords(token));
  }
  return query;
}

const hasPrefix = (set: Set<string>, prefix: string): boolean => {
  for (const w of set) if (w.startsWith(prefix)) return true;
  return false;
};

function score(p: Prepared, q: Query): number {
  let total = 0;
  let matched = false;
  if (q.words.length > 0 && p.phrases.has(q.words.join(" "))) {
    total += 100;
    matched = true;
  }
  for (const w of q.words) {
    let best = 0;
    if (p.nameWords.has(w)) best = 12;
    else if (p.actWords.has(w)) best = 10;
    else if (p.titleWords.has(w)) best = 8;
    else if (w.length >= 3 && (hasPrefix(p.nameWords, w) || hasPrefix(p.actWords, w) || hasPrefix(p.titleWords, w))) best = 4;
    if (best > 0) matched = true;
    total += best > 0 ? best : -15;
  }
  for (const hint of q.actHints) {
    const fits = hint.base === p.actBase && (hint.year === undefined || hint.year === p.actYear);
    total += fits ? 40 : -30;
    if (fits) matched = true;
  }
  for (const year of q.years) {
    const fits = year === p.actYear;
    total += fits ? 10 : -20;
    if (fits) matched = true;
  }
  if (q.sections.length > 0) {
    let best = -40;
    for (const section of q.sections) {
      const relation = p.path === undefined ? "none" : relateSections(section, p.path);
      const value = relation === "same" ? 30 : relation === "narrower" ? 25 : relation === "broader" ? 20 : -40;
      best = Math.max(best, value);
    }
    if (best > 0) matched = true;
    total += best;
  }
  return matched ? total : 0;
}

/** Entries best matching the query, best first; [] for an empty query. */
export function searchSchedule4(query: string, limit = 20): Schedule4Entry[] {
  const q = parseQuery(query);
  if (q.words.length + q.sections.length + q.years.length + q.actHints.length === 0 || limit <= 0) return [];
  return getPrepared()
    .map((p) => ({ p, s: score(p, q) }))
    .filter(({ s }) => s > 0)
    .sort((a, b) => b.s - a.s || a.p.order - b.p.order)
    .slice(0, limit)
    .map(({ p }) => p.entry);
}
