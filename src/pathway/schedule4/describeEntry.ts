import type { Schedule4Entry } from "./schedule4Schema";

/** "Theft Act 1968 s8 — Robbery …" or "Common law — kidnapping". */
export function describeEntry(entry: Schedule4Entry): string {
  const where = entry.act === "common law" ? "Common law" : `${entry.act} s${entry.section ?? ""}`;
  return `${where} — ${entry.title}`;
}
