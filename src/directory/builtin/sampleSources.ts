// The public documents the sample packs were drawn from, and helpers that cite
// them. Officers see only public citations: a document's title, publisher and
// date, its address where one is known, and the document's own section or
// paragraph. Never a path or a line number of the project's copies.
//
// Maintainers' trace: the project keeps copies of these documents (the seed
// files in the shared reference folder, named in each entry below). The line
// numbers that sample entries pass to seedSource() point into those copies;
// they are turned here into the public document's own section and never reach
// a pack. A line that falls in no known section throws, so a wrong reference
// fails the tests instead of printing a bad citation.
import type { Provenance, Source } from "../../shared/provenance";

/** The day each sample entry was checked against its source document. */
export const SAMPLE_CHECKED_ON = "2026-11-23";
export const SAMPLE_EXPIRES_ON = "2027-11-23";

export const SAMPLE_PUBLISHER = { id: "waymark-samples", name: "Waymark sample data (not an official pack)" } as const;

/**
 * A part of a public document, as a reader of that document would find it:
 * `kind` "section" with `label` "2.2.2" reads "section 2.2.2".
 * `from`-`to` are the lines of the project's copy it covers (trace only).
 */
export interface SeedPart {
  from: number;
  to: number;
  kind: "section" | "paragraph" | "letter";
  label: string;
}

export interface SeedDocument {
  title: string;
  publisher: string;
  version: string;
  /** Only where the public address of the document itself is known; never guessed. */
  url?: string;
  parts: readonly SeedPart[];
}

export const SEEDS = {
  // Copy: seeds/000_e3334e2b7c86dfe7.txt. Undated; describes services live from
  // March 2021 and a contract starting April 2022. Not divided into numbered
  // sections, so its paragraphs are named by topic.
  devonAndCornwall: {
    title: "Devon and Cornwall response to the Hestia super-complaint",
    publisher: "Devon and Cornwall Police and the Office of the Police and Crime Commissioner for Devon and Cornwall",
    version: "2021 (undated)",
    parts: [
      { from: 1, to: 19, kind: "paragraph", label: "quoting the recommendation" },
      { from: 20, to: 40, kind: "paragraph", label: "on community victim support and the Victim Care Unit" },
      { from: 41, to: 58, kind: "paragraph", label: "on modern slavery victim advocates and champions" },
      { from: 59, to: 75, kind: "paragraph", label: "on Modern Slavery Victim Liaison Officers" },
      { from: 76, to: 85, kind: "paragraph", label: "on specialist investigators" },
      { from: 86, to: 109, kind: "paragraph", label: "on victims who do not report to the police" },
      { from: 110, to: 125, kind: "paragraph", label: "on Victim Support's review of local provision" },
      { from: 126, to: 147, kind: "paragraph", label: "on the immediate support fund" },
      { from: 148, to: 157, kind: "paragraph", label: "on the new victim care contract" },
      { from: 158, to: 166, kind: "paragraph", label: "on telling victims about local support" },
    ],
  },
  // Copy: seeds/001_8fc4c132c3edfbe5.txt. Numbered sections; it refers to
  // revisions due "later this year (2022)".
  npcc: {
    title: "Hestia 'The hidden victims' super-complaint: NPCC response to recommendations",
    publisher: "National Police Chiefs' Council, Modern Slavery and Organised Immigration Crime Unit",
    version: "2022",
    parts: [
      { from: 1, to: 54, kind: "section", label: "1 (introduction)" },
      { from: 55, to: 68, kind: "section", label: "2.1" },
      { from: 69, to: 86, kind: "section", label: "2.2" },
      { from: 87, to: 110, kind: "section", label: "2.2.1 (information and advice on force systems)" },
      { from: 111, to: 161, kind: "section", label: "2.2.2 (victims and the NRM)" },
      { from: 162, to: 180, kind: "section", label: "2.2.3 (section 45 defence)" },
      { from: 181, to: 212, kind: "section", label: "2.3 (recommendation 3)" },
      { from: 213, to: 244, kind: "section", label: "2.4 (recommendation 4)" },
      { from: 245, to: 300, kind: "section", label: "Appendix A (responding forces)" },
    ],
  },
  // Copy: seeds/002_2a6a7bbb286890c2.txt. Reported within six months of the
  // May 2021 report. Sections have headings, not numbers.
  apcc: {
    title: "APCC Progress Update on Modern Slavery",
    publisher: "Association of Police and Crime Commissioners",
    version: "late 2021",
    parts: [
      { from: 1, to: 20, kind: "section", label: '"Introduction"' },
      { from: 21, to: 44, kind: "section", label: '"Victims\' services"' },
      { from: 45, to: 74, kind: "section", label: '"Force OPCC collaboration"' },
      { from: 75, to: 93, kind: "section", label: '"Partnership working"' },
      { from: 94, to: 103, kind: "section", label: '"Challenges: languages"' },
      { from: 104, to: 114, kind: "section", label: '"Engagement with victims both in and outside of the NRM"' },
      { from: 115, to: 124, kind: "section", label: '"Securing accommodation"' },
      { from: 125, to: 129, kind: "section", label: '"Covid-19"' },
      { from: 130, to: 148, kind: "section", label: '"Continuous improvement"' },
    ],
  },
  // Copy: seeds/003_b65788d45e59c303.txt: the commissioners' letter and the
  // Minister's reply. The letters have a subject line, not a title.
  letters: {
    title:
      "Letters on 'The hidden victims' between the Independent Anti-Slavery Commissioner, the Victims' Commissioner and the Minister for Safeguarding",
    publisher: "Independent Anti-Slavery Commissioner and Victims' Commissioner for England and Wales; Home Office",
    version: "27 October 2021 and 9 December 2021",
    parts: [
      { from: 1, to: 58, kind: "letter", label: "of 27 October 2021 from the two commissioners" },
      { from: 59, to: 98, kind: "letter", label: "of 9 December 2021 from the Minister for Safeguarding" },
    ],
  },
  // Copy: seeds/004_2f5cf5384fc49721.txt. Numbered paragraphs (the original
  // repeats some numbers, so only unambiguous ones are named).
  cambridgeshire: {
    title: "Cambridgeshire Constabulary paper to the Business Coordination Board on 'The hidden victims'",
    publisher: "Cambridgeshire Constabulary",
    version: "13 July 2021",
    parts: [
      { from: 1, to: 42, kind: "paragraph", label: "1.1 to 3.2 (purpose and background)" },
      { from: 43, to: 63, kind: "paragraph", label: "4.1 to 4.3 (overview)" },
      { from: 150, to: 171, kind: "paragraph", label: "5.4 (support for victims) and the force response" },
    ],
  },
} as const satisfies Record<string, SeedDocument>;

/** "60-74", "37 and 102", "59, 70 and 137": the lines of the project's copy. */
function parseLines(lines: string): [number, number][] {
  return lines.split(/,|\band\b/).map((chunk) => {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(chunk);
    if (m?.[1] === undefined) throw new Error(`bad line reference "${lines}"`);
    const from = Number(m[1]);
    return [from, m[2] === undefined ? from : Number(m[2])];
  });
}

function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;
}

/** The public document's own locator for lines of the project's copy, e.g. "sections 2.2.2 and 2.4". */
export function seedSection(seed: SeedDocument, lines: string): string {
  const parts: SeedPart[] = [];
  for (const [from, to] of parseLines(lines)) {
    const hit = seed.parts.filter((p) => p.from <= to && p.to >= from);
    const covered = hit.reduce((n, p) => n + Math.min(p.to, to) - Math.max(p.from, from) + 1, 0);
    if (covered !== to - from + 1) throw new Error(`lines ${lines} of "${seed.title}" fall outside its known parts`);
    for (const p of hit) if (!parts.includes(p)) parts.push(p);
  }
  const kinds = [...new Set(parts.map((p) => p.kind))];
  return kinds
    .map((kind) => {
      const labels = parts.filter((p) => p.kind === kind).map((p) => p.label);
      return `${kind}${labels.length > 1 ? "s" : ""} ${listOf(labels)}`;
    })
    .join("; ");
}

/** A citation of a public document; `lines` (of the project's copy) only choose the section named. */
export function seedSource(seed: SeedDocument, lines: string): Source {
  const source: Source = {
    title: seed.title,
    publisher: seed.publisher,
    section: seedSection(seed, lines),
    version: seed.version,
  };
  if (seed.url !== undefined) source.url = seed.url;
  return source;
}

/** One line naming public sources, for a sample entry's sampleSource: publisher, title, date and section. */
export function sampleCitation(sources: readonly Source[]): string {
  return sources
    .map((s) =>
      [s.publisher, `"${s.title}"`, s.version, s.section].filter((x): x is string => x !== undefined && x !== "").join(", "),
    )
    .join("; ");
}

/** The sampleSource text for an entry drawn from one public document. */
export function seedCitation(seed: SeedDocument, lines: string): string {
  return sampleCitation([seedSource(seed, lines)]);
}

/** A statement from a 2021-22 document: always "verify" until someone checks the current position. */
export function seedProvenance(sources: Source[], note: string): Provenance {
  return { sources, lastReviewed: SAMPLE_CHECKED_ON, verification: "verify", verificationNote: note };
}

/**
 * For the MSVLO screens only (a pack's noPhoneNote is written for the people
 * who maintain the directory); officers see their own wording instead.
 */
export const NO_NUMBER_NOTE = "No confirmed number is held for this service: add the local number once it has been checked.";
