// Text normalisation shared by matching and search: case, accents,
// punctuation, Act titles, section numbers and simple word endings.

const STOP_WORDS = new Set(["the", "of", "a", "an", "and", "to", "for", "in", "on", "by", "or", "with", "act"]);

/** Lower case, accents removed, "&" read as "and", everything but letters, digits and brackets as spaces. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9()]+/g, " ")
    .trim();
}

/** Words without brackets or stop words. */
export function words(text: string): string[] {
  return foldText(text)
    .replace(/[()]/g, " ")
    .split(" ")
    .filter((w) => w !== "" && !STOP_WORDS.has(w));
}

/** Crude English stemming, enough for "kidnap" ~ "kidnapping", "offences" ~ "offence". */
export function stem(word: string): string {
  let w = word;
  if (w.length > 6 && w.endsWith("ment")) w = w.slice(0, -4);
  else if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  const last = w.at(-1);
  if (w.length > 4 && last !== undefined && last === w.at(-2) && !"aeioulsz".includes(last)) w = w.slice(0, -1);
  return w;
}

export function stemmedWords(text: string): string[] {
  return words(text).map(stem);
}

const YEAR = /^(1[6-9]|20)\d\d$/;
export const isYear = (token: string): boolean => YEAR.test(token);

/**
 * Abbreviations officers use for Act titles. A year is only implied where one
 * Act goes by that abbreviation; "SOA" (1956 or 2003), "CJA" and "RTA" need it.
 */
export const ACT_ABBREVIATIONS: Readonly<Record<string, { base: string; year?: string }>> = {
  oapa: { base: "offences against person", year: "1861" },
  msa: { base: "modern slavery", year: "2015" },
  soa: { base: "sexual offences" },
  cja: { base: "criminal justice" },
  rta: { base: "road traffic" },
  cda: { base: "criminal damage" },
  pha: { base: "protection from harassment" },
  fgm: { base: "female genital mutilation" },
};

export type ActKey = { base: string; year?: string };

/**
 * "The Theft Act 1968 (c. 60)" -> { base: "theft", year: "1968" }. The base is
 * the title's words without stop words, "Act" or the year.
 */
export function actKey(act: string): ActKey {
  // A chapter reference such as "(c. 60)" is not part of the title.
  let tokens = words(act.replace(/\(\s*c\.?\s*\d+[^)]*\)/gi, " "));
  let year: string | undefined;
  const last = tokens.at(-1);
  if (last !== undefined && isYear(last)) {
    year = last;
    tokens = tokens.slice(0, -1);
  }
  const first = tokens[0];
  const abbreviation = first === undefined ? undefined : ACT_ABBREVIATIONS[first];
  if (abbreviation !== undefined && tokens.length === 1) {
    const impliedYear = year ?? abbreviation.year;
    return impliedYear === undefined ? { base: abbreviation.base } : { base: abbreviation.base, year: impliedYear };
  }
  const base = tokens.join(" ");
  return year === undefined ? { base } : { base, year };
}

export const actKeyString = (key: ActKey): string => (key.year === undefined ? key.base : `${key.base} ${key.year}`);

/**
 * "s.17(2)", "section 12a", "17 (2)" -> ["17", "2"] / ["12A"]; undefined if it
 * is not a section number.
 */
export function sectionPath(section: string): string[] | undefined {
  const compact = section
    .trim()
    .toLowerCase()
    .replace(/^(sections?|secs?|ss?)\b\.?/, "")
    .replace(/^(sections?|secs?|ss?)(?=\d)/, "")
    .replace(/[\s.]/g, "");
  const match = /^(\d+[a-z]{0,2})((?:\([a-z]?\d+[a-z]?\))*)$/.exec(compact);
  if (match === null) return undefined;
  const [, base = "", groups = ""] = match;
  const subs = [...groups.matchAll(/\(([a-z]?\d+[a-z]?)\)/g)].map((m) => (m[1] ?? "").toUpperCase());
  return [base.toUpperCase(), ...subs];
}

/** How a reference's section relates to a listed section. */
export type SectionRelation = "same" | "narrower" | "broader" | "none";

export function relateSections(ref: readonly string[], listed: readonly string[]): SectionRelation {
  const shared = Math.min(ref.length, listed.length);
  for (let i = 0; i < shared; i++) if (ref[i] !== listed[i]) return "none";
  if (ref.length === listed.length) return "same";
  return ref.length > listed.length ? "narrower" : "broader";
}

/** "s17(2)" for display. */
export function formatSection(path: readonly string[]): string {
  const [base = "", ...subs] = path;
  return `s${base}${subs.map((s) => `(${s})`).join("")}`;
}
