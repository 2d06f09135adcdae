// File names a person recognises in a Downloads folder or an email:
// "Waymark - Devon and Cornwall - whole area - 2026-12-02.json", not
// "devon-and-cornwall-devon-and-cornwall-local-edits-v1764672000.json".
import { calendarDate } from "../dates";

/** Letters, digits, spaces and a few safe marks; anything else becomes a space. */
function safePart(part: string): string {
  return part
    .normalize("NFC")
    .replace(/[^\p{L}\p{N} ()'&,.-]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function recognisableFileName(parts: readonly string[], now: Date, extension: "json" | "zip" = "json"): string {
  const named = ["Waymark", ...parts.map(safePart).filter((p) => p !== ""), calendarDate(now)];
  return `${named.join(" - ")}.${extension}`;
}
