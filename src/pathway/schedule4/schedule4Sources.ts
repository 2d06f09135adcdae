// The texts Schedule 4 was read from, named once so every entry cites the same
// title and URL. Bill prints count as primary: they are the text that became
// the Act.
import type { Provenance, Source } from "../../shared/provenance";

/** The day these entries were last checked against the sources below. */
export const SCHEDULE4_REVIEWED = "2026-12-02";

const LEG = "legislation.gov.uk (The National Archives)";
const PARL = "UK Parliament";

export const S4_SRC = {
  legislationRevised: {
    title: "Modern Slavery Act 2015, Schedule 4 (revised text)",
    publisher: LEG,
    version: "stored copy: up to date with changes in force on or before 18 May 2024",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/schedule/4",
  },
  hlBill98: {
    title: "Modern Slavery Bill (HL Bill 98), as amended on report, Schedule 4",
    publisher: PARL,
    version: "2014-15 session",
    url: "https://publications.parliament.uk/pa/bills/lbill/2014-2015/0098/lbill_2014-20150098_en_8.htm",
  },
  hcBill96: {
    title: "Modern Slavery Bill (HC Bill 96), as amended in Public Bill Committee, schedule of excluded offences",
    publisher: PARL,
    version: "2014-15 session",
    url: "https://publications.parliament.uk/pa/bills/cbill/2014-2015/0096/cbill_2014-20150096_en_6.htm",
  },
  hlBill69: {
    title: "Modern Slavery Bill (HL Bill 69), Schedule 3 (the list that became Schedule 4 of the Act)",
    publisher: PARL,
    version: "2014-15 session; paragraph numbers as printed in this Bill",
    url: "https://publications.parliament.uk/pa/bills/lbill/2014-2015/0069/lbill_2014-20150069_en_8_content.htm",
  },
  firearmsS17: {
    title: "Firearms Act 1968",
    section: "section 17 (offences in subsections (1) and (2))",
    publisher: LEG,
    url: "https://www.legislation.gov.uk/ukpga/1968/27/section/17",
  },
  legislationSnippet: {
    title: "Modern Slavery Act 2015, Schedule 4 (snippet of the revised text: paragraphs 1 to 6, 9 and 10 in full)",
    publisher: LEG,
    version: "stored copy: up to date with changes in force on or before 18 May 2024",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/schedule/4/data.xht?view=snippet&wrap=true",
  },
} as const satisfies Record<string, Source>;

/** Seen in a primary text. */
export function confirmed(...sources: Source[]): Provenance {
  const [first, ...rest] = sources;
  if (first === undefined) throw new Error("a confirmed entry needs a source");
  return { sources: [first, ...rest], lastReviewed: SCHEDULE4_REVIEWED, verification: "confirmed" };
}

/** Not seen in any primary text; the note (in the offences locale file) says what the entry rests on. */
export function unconfirmed(noteId: string): Provenance {
  return {
    sources: [{ ...S4_SRC.legislationRevised, section: "this part was not seen: check here" }],
    lastReviewed: SCHEDULE4_REVIEWED,
    verification: "verify",
    noteId,
  };
}
