// Finds offences from what an officer types: an everyday name ("robbery",
// "cannabis farm"), an Act and section in any order ("s8 theft act", "OAPA
// 18"), or a mix. Linear over the catalogue, which is small; ties keep
// catalogue order. Titles live in the locale files, so the caller passes them
// (in the officer's language) to be searched too.
import {
  ACT_ABBREVIATIONS,
  actKey,
  foldText,
  isYear,
  relateSections,
  sectionPath,
  stem,
  stemmedWords,
} from "../schedule4/normalise";
import { offenceCatalogue, type CatalogueEntry } from "./catalogue";

type Prepared = {
  entry: CatalogueEntry;
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

const prepare = (entry: CatalogueEntry, order: number, titleOf: TitleOf): Prepared => {
  const key = actKey(entry.act);
  const names = entry.name === undefined ? entry.everydayNames : [entry.name, ...entry.everydayNames];
  return {
    entry,
    order,
    actBase: key.base,
    actYear: key.year,
    actWords: new Set(key.base.split(" ").map(stem)),
    nameWords: new Set(names.flatMap(stemmedWords)),
    titleWords: new Set(stemmedWords(titleOf(entry.id))),
    phrases: new Set(names.map((n) => stemmedWords(n).join(" "))),
    path: entry.section === undefined ? undefined : sectionPath(entry.section),
  };
};

export type TitleOf = (id: string) => string;

const preparedFor = new Map<TitleOf, Prepared[]>();
const noTitles: TitleOf = () => "";

function getPrepared(titleOf: TitleOf): Prepared[] {
  let prepared = preparedFor.get(titleOf);
  if (prepared === undefined) {
    prepared = offenceCatalogue().map((e, i) => prepare(e, i, titleOf));
    // One table per title source (the English titles, the officer's language).
    if (preparedFor.size > 4) preparedFor.clear();
    preparedFor.set(titleOf, prepared);
  }
  return prepared;
}

const SECTION_WORDS = new Set(["s", "ss", "sec", "section", "sections"]);
const SECTION_TOKEN = /^(?:s|ss|sec|section)?(\d+[a-z]{0,2}(?:\([a-z]?\d+[a-z]?\))*)$/;

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
    // A typed section that contradicts this entry's rules it out, however well the words match
    // ("theft act s8" must not offer Theft Act s1 for the everyday name "theft").
    if (best < 0) return 0;
    matched = true;
    total += best;
  }
  return matched ? total : 0;
}

export interface SearchOptions {
  limit?: number;
  /** Titles in the officer's language, searched with the everyday names. */
  titleOf?: TitleOf;
  /** Only Schedule 4 listings (the Schedule 4 search). */
  schedule4Only?: boolean;
}

/** Whether the text is something to search for (an empty query finds nothing). */
export function isSearchable(query: string): boolean {
  const q = parseQuery(query);
  return q.words.length + q.sections.length + q.years.length + q.actHints.length > 0;
}

/** Catalogue entries best matching the query, best first; [] for an empty query. */
export function searchOffences(query: string, options: SearchOptions = {}): CatalogueEntry[] {
  const limit = options.limit ?? 20;
  const q = parseQuery(query);
  if (q.words.length + q.sections.length + q.years.length + q.actHints.length === 0 || limit <= 0) return [];
  return getPrepared(options.titleOf ?? noTitles)
    .filter((p) => options.schedule4Only !== true || p.entry.kind === "schedule4")
    .map((p) => ({ p, s: score(p, q) }))
    .filter(({ s }) => s > 0)
    .sort((a, b) => b.s - a.s || a.p.order - b.p.order)
    .slice(0, limit)
    .map(({ p }) => p.entry);
}
