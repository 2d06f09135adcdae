// One way to look up, turn into a reference, and print an offence, for the
// engine, the store and every screen. Words ("Common law", titles) come from
// the caller (translated), never from here.
import type { OffenceRef } from "../schedule4/schedule4Schema";
import { findCatalogueEntry, type CatalogueEntry } from "./catalogue";

/** A reference to built-in content (safe to keep), as opposed to an Act and section typed by hand. */
export function isCatalogueOffence(ref: OffenceRef): boolean {
  return findCatalogueEntry(ref) !== undefined;
}

/** "Theft Act 1968 s8", or "<commonLaw>: kidnapping". */
export function formatOffence(ref: OffenceRef, commonLaw: string): string {
  return "name" in ref ? `${commonLaw}: ${ref.name}` : `${ref.act} s${ref.section}`;
}

/** "Theft Act 1968 s8 — <title>", or "<commonLaw> — <title>". */
export function formatCatalogueEntry(entry: CatalogueEntry, title: string, commonLaw: string): string {
  const where = entry.act === "common law" ? commonLaw : `${entry.act} s${entry.section ?? ""}`;
  return `${where} — ${title}`;
}

/** A search that finds this entry again: its Act and section, or its common law name. */
export function searchTextFor(entry: CatalogueEntry): string {
  return entry.act === "common law" ? (entry.name ?? entry.id) : `${entry.act} s${entry.section ?? ""}`;
}
