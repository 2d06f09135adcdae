// Checks a locale's words for the pathway content against the content: every
// key the screens will ask for exists and is non-empty, nothing is left over
// from removed content, every note an item names exists, and a phone number
// written into the words is on the project's confirmed list (or, if only on
// the unconfirmed list, sits in an item marked "verify"). Run for every
// locale at build time and in the unit tests.
import type { Provenance } from "../../shared/provenance";
import { UNRECOGNISED_CODES } from "../model/decision";
import type { PathwayContent } from "../model/contentSchema";
import { offenceCatalogue } from "../offences/catalogue";
import { SCHEDULE4_PROVENANCE } from "../schedule4/schedule4Provenance";
import { contentText, offenceText, type Lookup } from "../text/contentText";
import { phoneDigits, VERIFIED_NUMBERS } from "../content/verifiedNumbers";

export interface TextsResult {
  errors: string[];
}

/** Flattens a locale tree to "a.b.c" -> string (non-strings are reported). */
function flatten(node: unknown, prefix: string, out: Map<string, unknown>): void {
  if (typeof node === "object" && node !== null && !Array.isArray(node)) {
    for (const [key, child] of Object.entries(node)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else out.set(prefix, node);
}

/** A lookup that records the keys asked for and the provenance they belong to. */
function recorder(): { lookup: Lookup; keys: Map<string, Provenance | undefined>; current: { provenance?: Provenance } } {
  const keys = new Map<string, Provenance | undefined>();
  const current: { provenance?: Provenance } = {};
  const lookup: Lookup = (key) => {
    keys.set(key, current.provenance);
    return key;
  };
  return { lookup, keys, current };
}

function contentKeys(content: PathwayContent): Map<string, Provenance | undefined> {
  const { lookup, keys, current } = recorder();
  const text = contentText(lookup);
  const within = (provenance: Provenance | undefined, ask: () => void): void => {
    if (provenance === undefined) delete current.provenance;
    else current.provenance = provenance;
    ask();
  };
  for (const q of content.questions)
    within(q.provenance, () => {
      text.question(q);
      for (const o of q.options ?? []) text.option(q, o.id);
    });
  for (const p of content.phases) within(p.provenance, () => text.phase(p.id));
  for (const a of content.actions) within(a.provenance, () => text.action(a));
  for (const g of content.guidance) within(g.provenance, () => text.guidance(g));
  for (const c of content.contacts) within(c.provenance, () => text.contact(c));
  for (const g of content.indicators)
    within(g.provenance, () => {
      text.indicatorGroup(g);
      for (const id of g.indicators) text.indicator(g.id, id);
    });
  for (const r of content.rules) within(r.provenance, () => text.rule(r.id));
  for (const v of content.guidanceVersions) within(v.provenance, () => text.version(v.id));
  within(undefined, () => text.versionSummary());
  for (const noteId of noteIds(content)) within(undefined, () => text.note(noteId));
  return keys;
}

function offenceKeys(): Map<string, Provenance | undefined> {
  const { lookup, keys, current } = recorder();
  const text = offenceText(lookup);
  for (const entry of offenceCatalogue()) {
    current.provenance = entry.provenance;
    text.title(entry.id);
    if (entry.kind === "schedule4" && entry.schedule4 === "conditional") text.condition(entry.id);
    if (entry.hasCaution) text.caution(entry.id);
  }
  delete current.provenance;
  for (const code of UNRECOGNISED_CODES) text.problem({ code });
  text.problem({ code: "year-needed", titles: ["x"] });
  for (const key of [
    "broaderReference_one",
    "broaderReference_other",
    "alsoListed_one",
    "alsoListed_other",
    "and",
    "or",
    "commonLaw",
  ])
    lookup(key);
  for (const key of [
    "not-given",
    "excluded",
    "excluded-unconfirmed",
    "conditional",
    "conditional-unconfirmed",
    "not-listed",
    "unrecognised",
  ])
    lookup(`check.${key}`);
  text.outstanding();
  for (const gap of SCHEDULE4_PROVENANCE.knownGaps) text.gap(gap.id);
  return keys;
}

/** Every note id any provenance names: content, Schedule 4 and the offence catalogue. */
export function noteIds(content: PathwayContent): Set<string> {
  const ids = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === "object" && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (key === "noteId" && typeof child === "string") ids.add(child);
        else visit(child);
      }
    }
  };
  visit(content);
  visit(SCHEDULE4_PROVENANCE);
  visit(offenceCatalogue().map((e) => e.provenance));
  return ids;
}

const PHONE_PATTERN = /(?:\+44\s?|\b0)\d[\d ]{7,12}\d\b/g;

function compare(namespace: string, expected: Map<string, Provenance | undefined>, file: unknown, errors: string[]): void {
  const actual = new Map<string, unknown>();
  flatten(file, "", actual);
  const confirmed = new Set(VERIFIED_NUMBERS.confirmed.map(phoneDigits));
  const unconfirmed = new Set(VERIFIED_NUMBERS.unconfirmed.map(phoneDigits));
  for (const [key, provenance] of expected) {
    const value = actual.get(key);
    if (typeof value !== "string" || value.trim() === "") {
      errors.push(`${namespace}: missing text "${key}"`);
      continue;
    }
    for (const match of value.matchAll(PHONE_PATTERN)) {
      const digits = phoneDigits(match[0]);
      if (confirmed.has(digits)) continue;
      if (!unconfirmed.has(digits))
        errors.push(`${namespace} "${key}": phone number ${match[0]} is not in the verified contacts list`);
      else if (provenance?.verification !== "verify")
        errors.push(`${namespace} "${key}": unconfirmed phone number ${match[0]} needs an item marked "verify"`);
    }
  }
  // A language with more plural forms than English (Welsh: zero, two, few, many) carries them for
  // every counted key: each is a form of the key's "_other", not a key of its own.
  const pluralFormOf = (key: string): string | undefined => {
    const m = /^(.*)_(zero|two|few|many)$/.exec(key);
    return m === null ? undefined : `${m[1] ?? ""}_other`;
  };
  for (const key of actual.keys()) {
    const form = pluralFormOf(key);
    if (!expected.has(key) && (form === undefined || !expected.has(form)))
      errors.push(`${namespace}: "${key}" is not used by any content (remove it)`);
  }
}

/** Checks one locale's content.json and offences.json. */
export function validateContentTexts(content: PathwayContent, files: { content: unknown; offences: unknown }): TextsResult {
  const errors: string[] = [];
  compare("content", contentKeys(content), files.content, errors);
  compare("offences", offenceKeys(), files.offences, errors);
  return { errors };
}

/**
 * Items due for review: `reviewBy` on or before `today` plus `withinDays`.
 * Not errors (the content is right today), but the build prints them.
 */
export function reviewWarnings(content: PathwayContent, today: string, withinDays = 90): string[] {
  const horizon = new Date(`${today}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + withinDays);
  const limit = horizon.toISOString().slice(0, 10);
  const warnings: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        visit(child, `${path}[${String(i)}]`);
      });
    } else if (typeof node === "object" && node !== null) {
      const record = node as Record<string, unknown>;
      const id = typeof record["id"] === "string" ? record["id"] : undefined;
      const here = id === undefined ? path : `${path} "${id}"`;
      if (typeof record["reviewBy"] === "string" && record["reviewBy"] <= limit) {
        warnings.push(`${here}: review by ${record["reviewBy"]}${record["reviewBy"] <= today ? " (overdue)" : ""}`);
      }
      for (const [key, child] of Object.entries(record))
        if (key !== "reviewBy") visit(child, id === undefined ? `${path}.${key}` : here);
    }
  };
  visit(content, "content");
  return [...new Set(warnings)];
}
