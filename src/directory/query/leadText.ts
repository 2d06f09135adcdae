// The short "what it offers" line of a compact list: the description's first
// sentence, cut at a word if it is still long. The full text is in the details.

export const LEAD_MAX_CHARS = 90;

export interface LeadText {
  lead: string;
  /** The lead is shorter than the whole description. */
  shortened: boolean;
}

export function leadTextOf(description: string, max = LEAD_MAX_CHARS): LeadText {
  const text = description.trim();
  const sentence = /^(.+?[.!?])(?=\s+["'‘“(]?[A-Z0-9])/su.exec(text)?.[1] ?? text;
  let lead = sentence;
  if (lead.length > max) {
    const cut = lead.slice(0, max + 1);
    const space = cut.lastIndexOf(" ");
    lead = `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[\s,;:.-]+$/u, "")}…`;
  }
  return { lead, shortened: lead !== text };
}
