// One way to look up, turn into a reference, and print an offence, for the
// engine, the store and every screen. Words like "Common law" come from the
// caller (translated), never from here.
import { schedule4Entries } from "./schedule4Entries";
import type { OffenceRef, Schedule4Entry } from "./schedule4Schema";

/** The built-in entry an offence reference points at, if any. */
export function findListedEntry(ref: OffenceRef): Schedule4Entry | undefined {
  return schedule4Entries.find((e) =>
    "name" in ref ? e.act === "common law" && e.name === ref.name : e.act === ref.act && e.section === ref.section,
  );
}

/** A reference to built-in content (safe to keep), as opposed to an Act and section typed by hand. */
export function isListedOffence(ref: OffenceRef): boolean {
  return findListedEntry(ref) !== undefined;
}

export function refFromEntry(entry: Schedule4Entry): OffenceRef {
  return entry.act === "common law"
    ? { act: "common law", name: entry.name ?? entry.title }
    : { act: entry.act, section: entry.section ?? "" };
}

/** "Theft Act 1968 s8", or "<commonLaw>: kidnapping". */
export function formatOffence(ref: OffenceRef, commonLaw: string): string {
  return "name" in ref ? `${commonLaw}: ${ref.name}` : `${ref.act} s${ref.section}`;
}

/** "Theft Act 1968 s8 — Robbery …", or "<commonLaw> — kidnapping". */
export function formatEntry(entry: Schedule4Entry, commonLaw: string): string {
  const where = entry.act === "common law" ? commonLaw : `${entry.act} s${entry.section ?? ""}`;
  return `${where} — ${entry.title}`;
}

/** A search that finds this entry again: its Act and section, or its common law name. */
export function searchTextFor(entry: Schedule4Entry): string {
  return entry.act === "common law" ? (entry.name ?? entry.title) : `${entry.act} s${entry.section ?? ""}`;
}
