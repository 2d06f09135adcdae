// Offences that exploited people are often suspected of and that are NOT on
// Schedule 4 of the Modern Slavery Act 2015, so the section 45 defence can
// apply to them. Titles are written for this app, not copied from the statute.
// "confirmed" entries were seen in a stored copy of legislation.gov.uk (the
// section and what it makes an offence); every "verify" entry says what was
// not seen. Never add an offence here without a source.
import type { CommonOffence } from "./offenceSchema";
import type { Provenance, Source } from "../../shared/provenance";

/** The day these entries were last checked against the sources below. */
const REVIEWED = "2026-12-02";

const LEG = "legislation.gov.uk (The National Archives)";
const NOT_SEEN = "not seen in a stored copy: check here";

/** A section on legislation.gov.uk; `version` says what copy was seen, if any. */
function leg(title: string, section: string, path: string, version: string = NOT_SEEN): Source {
  return { title, section, publisher: LEG, version, url: `https://www.legislation.gov.uk/${path}` };
}

/** Seen in a stored copy of legislation.gov.uk. */
function confirmed(first: Source, ...rest: Source[]): Provenance {
  return { sources: [first, ...rest], lastReviewed: REVIEWED, verification: "confirmed" };
}

/** Not fully seen in a primary text; the note (in the offences locale file) says what is missing. */
function unconfirmed(noteId: string, first: Source, ...rest: Source[]): Provenance {
  return { sources: [first, ...rest], lastReviewed: REVIEWED, verification: "verify", noteId };
}

// ---------------------------------------------------------------------------
// Acts, as legislation.gov.uk gives their short titles
// ---------------------------------------------------------------------------

const MDA = "Misuse of Drugs Act 1971";
const IA71 = "Immigration Act 1971";
const BSAIA = "Border Security, Asylum and Immigration Act 2025";
const IDA = "Identity Documents Act 2010";
const FCA = "Forgery and Counterfeiting Act 1981";
const TA68 = "Theft Act 1968";
const FRAUD = "Fraud Act 2006";
const POCA = "Proceeds of Crime Act 2002";
const SOA59 = "Street Offences Act 1959";
const VA = "Vagrancy Act 1824";

// ---------------------------------------------------------------------------
// Sources that were seen, or that the officer should check
// ---------------------------------------------------------------------------

const MDA_RESTRICTIONS = leg(
  `${MDA}, cross heading "Restrictions relating to controlled drugs etc." (sections 3 to 7)`,
  "sections 3 to 7",
  "ukpga/1971/38/crossheading/restrictions-relating-to-controlled-drugs-etc/2023-12-31",
  "stored copy: point in time 31 December 2023; only sections 3 and 4(1) were visible",
);
const MDA_ENACTED_CONTENTS: Source = {
  title: `${MDA}, as enacted: arrangement of sections (transcription)`,
  publisher: "Wikisource",
  version: "original 1971 text; section headings only",
  url: "https://en.wikisource.org/wiki/Misuse_of_Drugs_Act_1971",
};
const MDA_SUBSECTION_NOTE = "mda-subsection";
const MDA_HEADING_NOTE = "heading-only";

const IA71_S24 = leg(
  `${IA71}, section 24 (illegal entry and similar offences)`,
  "section 24",
  "ukpga/1971/77/section/24",
  "stored copy: revised text, up to date with changes in force on or before 26 November 2024",
);
const NABA_S40 = leg(
  "Nationality and Borders Act 2022, section 40 (inserted subsections (A1) to (E1) into section 24)",
  "section 40",
  "ukpga/2022/36/section/40",
  "stored copy: revised text, up to date with changes in force on or before 1 December 2024",
);
const BSAIA_S21 = leg(
  `${BSAIA}, section 21 (inserted subsection (E1A) into section 24 of the Immigration Act 1971)`,
  "section 21",
  "ukpga/2025/31/section/21",
  "stored copy: revised text up to date to 24 December 2025, shown as not yet in force",
);
const HOME_OFFICE_SEA_GUIDANCE: Source = {
  title: "Offence of endangering another during a journey by sea",
  publisher: "Home Office (GOV.UK)",
  version: "version 1.0, published for Home Office staff on 15 December 2025",
  url: "https://www.gov.uk/government/publications/powers-and-operational-procedure/offence-of-endangering-another-during-a-journey-by-sea-accessible",
};
const BSAIA_COMMENCEMENT_COMMENTARY: Source = {
  title: "More of the Border Security, Asylum and Immigration Act 2025 now in force",
  publisher: "Free Movement",
  section: "commencement from 5 January 2026 of sections 13 to 16 and 21",
  url: "https://freemovement.org.uk/more-of-the-border-security-asylum-and-immigration-act-2025-now-in-force",
};
const BSAIA_CONTENTS = leg(
  `${BSAIA}, table of contents`,
  "sections 13 to 16 (headings)",
  "ukpga/2025/31/contents",
  "stored copy: section headings only",
);
const BSAIA_NOTE = "new-offence-unconfirmed";

const IDA_FALSE_DOCS = leg(
  `${IDA}, cross heading "False identity documents etc"`,
  "sections 4 to 6",
  "ukpga/2010/40/crossheading/false-identity-documents-etc/2020-12-01",
  "stored copy: as at 1 December 2020; only section 4 and the start of section 5 visible",
);

const THEFT_CONTENTS = leg(
  `${TA68}, table of contents`,
  "section headings",
  "ukpga/1968/60/contents",
  "stored copy: section headings only, no outstanding changes",
);
const SECONDARY_NOTE = "secondary-only";

const POCA_S327 = leg(
  `${POCA}, section 327 (concealing etc)`,
  "section 327",
  "ukpga/2002/29/section/327",
  "stored copy: Part 7 as at 1 March 2006 (revised copy up to date to 18 April 2024)",
);

// ---------------------------------------------------------------------------
// The offences
// ---------------------------------------------------------------------------

export const COMMON_OFFENCES: readonly CommonOffence[] = [
  // Misuse of Drugs Act 1971
  {
    id: "misuse-of-drugs-act-1971-s4-2",
    act: MDA,
    section: "4(2)",
    everydayNames: [
      "cannabis farm",
      "cannabis factory",
      "grow house",
      "growing",
      "growing cannabis",
      "cannabis farm gardener",
      "production of cannabis",
      "drug production",
      "producing drugs",
      "being concerned in production",
    ],
    provenance: unconfirmed(MDA_SUBSECTION_NOTE, leg(MDA, "section 4(2)", "ukpga/1971/38/section/4"), MDA_RESTRICTIONS),
  },
  {
    id: "misuse-of-drugs-act-1971-s4-3",
    act: MDA,
    section: "4(3)",
    everydayNames: [
      "county lines",
      "dealing",
      "drug dealing",
      "running drugs",
      "drug runner",
      "supplying drugs",
      "selling drugs",
      "offering to supply",
      "being concerned in supply",
    ],
    provenance: unconfirmed(MDA_SUBSECTION_NOTE, leg(MDA, "section 4(3)", "ukpga/1971/38/section/4"), MDA_RESTRICTIONS),
  },
  {
    id: "misuse-of-drugs-act-1971-s5-3",
    act: MDA,
    section: "5(3)",
    everydayNames: [
      "possession with intent to supply",
      "PWITS",
      "intent to supply",
      "carrying deals",
      "holding drugs for dealers",
      "minding drugs for someone",
    ],
    provenance: unconfirmed(MDA_HEADING_NOTE, leg(MDA, "section 5(3)", "ukpga/1971/38/section/5"), MDA_ENACTED_CONTENTS),
  },
  {
    id: "misuse-of-drugs-act-1971-s5-2",
    act: MDA,
    section: "5(2)",
    everydayNames: ["possession", "drug possession", "possession of drugs", "simple possession", "possession of cannabis"],
    provenance: unconfirmed(MDA_HEADING_NOTE, leg(MDA, "section 5(2)", "ukpga/1971/38/section/5"), MDA_ENACTED_CONTENTS),
  },
  {
    id: "misuse-of-drugs-act-1971-s6",
    act: MDA,
    section: "6",
    everydayNames: [
      "cultivation of cannabis",
      "cultivating cannabis",
      "growing",
      "growing cannabis",
      "cannabis plants",
      "cannabis farm",
    ],
    provenance: unconfirmed(MDA_HEADING_NOTE, leg(MDA, "section 6", "ukpga/1971/38/section/6"), MDA_ENACTED_CONTENTS),
  },
  {
    id: "misuse-of-drugs-act-1971-s8",
    act: MDA,
    section: "8",
    everydayNames: [
      "permitting premises",
      "allowing premises to be used for drugs",
      "occupier permitting drug supply",
      "drug house",
    ],
    provenance: unconfirmed(MDA_HEADING_NOTE, leg(MDA, "section 8", "ukpga/1971/38/section/8"), MDA_ENACTED_CONTENTS),
  },

  // Immigration Act 1971, section 24 (as amended by the Nationality and Borders Act 2022)
  {
    id: "immigration-act-1971-s24-b1",
    act: IA71,
    section: "24(B1)",
    everydayNames: [
      "illegal entry",
      "illegal entrant",
      "entering without leave",
      "entering without permission",
      "clandestine entry",
      "hidden in a lorry",
    ],
    provenance: confirmed({ ...IA71_S24, section: "section 24(B1)" }, NABA_S40),
  },
  {
    id: "immigration-act-1971-s24-d1",
    act: IA71,
    section: "24(D1)",
    everydayNames: [
      "arriving without entry clearance",
      "arriving without a visa",
      "illegal arrival",
      "small boat arrival",
      "arriving by small boat",
    ],
    provenance: confirmed({ ...IA71_S24, section: "section 24(D1)" }, NABA_S40),
  },
  {
    id: "immigration-act-1971-s24-e1",
    act: IA71,
    section: "24(E1)",
    everydayNames: ["arriving without an ETA", "no ETA", "no electronic travel authorisation"],
    provenance: confirmed({ ...IA71_S24, section: "section 24(E1)" }, NABA_S40),
  },
  {
    id: "immigration-act-1971-s24-a1",
    act: IA71,
    section: "24(A1)",
    everydayNames: ["breach of a deportation order", "entering in breach of a deportation order", "returning after deportation"],
    provenance: confirmed({ ...IA71_S24, section: "section 24(A1)" }, NABA_S40),
  },
  {
    id: "immigration-act-1971-s24-c1",
    act: IA71,
    section: "24(C1)",
    everydayNames: ["overstaying", "overstayer", "overstayed visa", "visa overstay", "expired visa"],
    provenance: confirmed({ ...IA71_S24, section: "section 24(C1)" }, NABA_S40),
  },
  {
    id: "immigration-act-1971-s24-e1a",
    act: IA71,
    section: "24(E1A)",
    everydayNames: [
      "small boat",
      "endangering others on a small boat",
      "endangering another during a sea crossing",
      "Channel crossing endangerment",
      "small boat crossing",
    ],
    hasCaution: true,
    provenance: confirmed(BSAIA_S21, HOME_OFFICE_SEA_GUIDANCE, BSAIA_COMMENCEMENT_COMMENTARY),
  },
  {
    id: "immigration-act-1971-s24b",
    act: IA71,
    section: "24B",
    everydayNames: [
      "working illegally",
      "illegal working",
      "illegal worker",
      "working without permission",
      "no right to work",
      "working in breach of visa conditions",
    ],
    provenance: confirmed(
      leg(
        `${IA71}, section 24B (illegal working)`,
        "section 24B",
        "ukpga/1971/77/section/24B",
        "stored copy: revised text of section 24B",
      ),
      leg(
        "Immigration Act 2016, section 34 (inserted section 24B)",
        "section 34",
        "ukpga/2016/19/part/1/chapter/2",
        "stored copy: revised text of Part 1, Chapter 2",
      ),
    ),
  },

  // Border Security, Asylum and Immigration Act 2025
  {
    id: "border-security-asylum-and-immigration-act-2025-s13",
    act: BSAIA,
    section: "13",
    everydayNames: ["supplying articles for immigration crime", "supplying small boat equipment", "supplying boat engines"],
    hasCaution: true,
    provenance: unconfirmed(
      BSAIA_NOTE,
      leg(BSAIA, "section 13", "ukpga/2025/31/section/13"),
      BSAIA_CONTENTS,
      BSAIA_COMMENCEMENT_COMMENTARY,
    ),
  },
  {
    id: "border-security-asylum-and-immigration-act-2025-s14",
    act: BSAIA,
    section: "14",
    everydayNames: [
      "handling articles for immigration crime",
      "handling small boat equipment",
      "storing boat engines",
      "keeping small boat equipment",
    ],
    hasCaution: true,
    provenance: unconfirmed(
      BSAIA_NOTE,
      leg(BSAIA, "section 14", "ukpga/2025/31/section/14"),
      {
        title: `${BSAIA}, section 14 (unofficial copy of the legislation.gov.uk text)`,
        publisher: "Crimeline",
        version: "text as enacted",
        url: "https://crimeline.co.uk/legislationdisplay/?leg=%2Fukpga%2F2025%2F31%2Fsection%2F14%2Fmade",
      },
      BSAIA_CONTENTS,
      BSAIA_COMMENCEMENT_COMMENTARY,
    ),
  },
  {
    id: "border-security-asylum-and-immigration-act-2025-s16",
    act: BSAIA,
    section: "16",
    everydayNames: ["collecting information for immigration crime", "collecting crossing route information"],
    hasCaution: true,
    provenance: unconfirmed(
      BSAIA_NOTE,
      leg(BSAIA, "section 16", "ukpga/2025/31/section/16"),
      BSAIA_CONTENTS,
      BSAIA_COMMENCEMENT_COMMENTARY,
    ),
  },

  // Identity documents and forgery
  {
    id: "identity-documents-act-2010-s4",
    act: IDA,
    section: "4",
    everydayNames: [
      "fake passport",
      "false passport",
      "forged passport",
      "false ID",
      "fake ID",
      "false identity documents",
      "using someone else's passport",
      "false documents with intent",
    ],
    provenance: confirmed(
      leg(
        `${IDA}, section 4 (possession of false identity documents etc with improper intention)`,
        "section 4",
        "ukpga/2010/40/section/4",
        "stored copy: cross heading for sections 4 to 6, as at 1 December 2020",
      ),
    ),
  },
  {
    id: "identity-documents-act-2010-s6",
    act: IDA,
    section: "6",
    everydayNames: [
      "fake passport",
      "false passport",
      "false ID",
      "fake ID",
      "possessing false identity documents",
      "someone else's ID",
    ],
    provenance: unconfirmed(SECONDARY_NOTE, leg(IDA, "section 6", "ukpga/2010/40/section/6"), IDA_FALSE_DOCS),
  },
  {
    id: "forgery-and-counterfeiting-act-1981-s3",
    act: FCA,
    section: "3",
    everydayNames: ["using a false instrument", "using a forged document", "false documents", "forged documents"],
    provenance: unconfirmed(SECONDARY_NOTE, leg(FCA, "section 3", "ukpga/1981/45/section/3"), {
      title: `${FCA}, as printed (transcription), page 3`,
      publisher: "Wikisource",
      version: "original 1981 text; sections 1 and 2 visible",
      url: "https://en.wikisource.org/wiki/Page:Forgery_and_Counterfeiting_Act_1981.pdf/3",
    }),
  },

  // Theft and handling
  {
    id: "theft-act-1968-s1",
    act: TA68,
    section: "1",
    everydayNames: ["theft", "stealing", "shoplifting", "pickpocketing", "theft from a shop", "theft from the person"],
    provenance: unconfirmed(SECONDARY_NOTE, leg(TA68, "section 1", "ukpga/1968/60/section/1"), THEFT_CONTENTS),
  },
  {
    id: "theft-act-1968-s22",
    act: TA68,
    section: "22",
    everydayNames: ["handling stolen goods", "receiving stolen goods", "handling", "selling stolen goods", "moving stolen goods"],
    provenance: unconfirmed(SECONDARY_NOTE, leg(TA68, "section 22", "ukpga/1968/60/section/22"), THEFT_CONTENTS),
  },

  // Fraud
  {
    id: "fraud-act-2006-s1",
    act: FRAUD,
    section: "1",
    everydayNames: [
      "fraud",
      "fraud by false representation",
      "scam",
      "card fraud",
      "identity fraud",
      "benefit fraud",
      "bank fraud",
    ],
    provenance: confirmed(
      leg(`${FRAUD}, sections 1 to 4`, "section 1", "ukpga/2006/35/section/1", "stored copy: original (as enacted) text"),
    ),
  },
  {
    id: "fraud-act-2006-s6",
    act: FRAUD,
    section: "6",
    everydayNames: ["possession of articles for use in fraud", "articles for fraud", "card skimmer", "cloned cards", "fraud kit"],
    provenance: unconfirmed(SECONDARY_NOTE, leg(FRAUD, "section 6", "ukpga/2006/35/section/6"), {
      title: "Possessing, making or supplying articles for use in fraud (sentencing guideline)",
      publisher: "Sentencing Council",
      section: "Fraud Act 2006, s.6",
      version: "guideline effective from 1 October 2014",
      url: "https://www.sentencingcouncil.org.uk/offences/item/possessing-making-or-supplying-articles-for-use-in-fraud/",
    }),
  },

  // Money laundering
  {
    id: "proceeds-of-crime-act-2002-s327",
    act: POCA,
    section: "327",
    everydayNames: [
      "money laundering",
      "money mule",
      "laundering",
      "moving criminal money",
      "transferring criminal money",
      "concealing criminal property",
    ],
    provenance: confirmed(POCA_S327),
  },
  {
    id: "proceeds-of-crime-act-2002-s328",
    act: POCA,
    section: "328",
    everydayNames: [
      "money laundering",
      "money mule",
      "letting someone use my bank account",
      "lending a bank account",
      "laundering arrangement",
    ],
    provenance: confirmed(
      leg(
        `${POCA}, section 328 (arrangements)`,
        "section 328",
        "ukpga/2002/29/section/328",
        "stored copy: revised text of section 328",
      ),
    ),
  },
  {
    id: "proceeds-of-crime-act-2002-s329",
    act: POCA,
    section: "329",
    everydayNames: [
      "money laundering",
      "money mule",
      "possessing criminal property",
      "criminal cash",
      "receiving criminal money",
    ],
    provenance: confirmed(
      leg(
        `${POCA}, section 329 (acquisition, use and possession)`,
        "section 329",
        "ukpga/2002/29/section/329",
        "stored copy: revised text, up to date with changes in force on or before 8 November 2024",
      ),
    ),
  },

  // Street offences and begging
  {
    id: "street-offences-act-1959-s1",
    act: SOA59,
    section: "1",
    everydayNames: ["soliciting", "loitering", "loitering for prostitution", "street prostitution", "street sex work"],
    provenance: confirmed(
      leg(
        `${SOA59}, section 1 (loitering or soliciting for purposes of prostitution)`,
        "section 1",
        "ukpga/Eliz2/7-8/57/section/1",
        "stored copy: revised text, no outstanding changes",
      ),
    ),
  },
  {
    id: "vagrancy-act-1824-s3",
    act: VA,
    section: "3",
    everydayNames: ["begging", "beggar", "asking for money in the street", "begging with a child"],
    hasCaution: true,
    provenance: unconfirmed(
      "repeal-not-confirmed",
      leg(
        `${VA}, section 3`,
        "section 3",
        "ukpga/Geo4/5/83/section/3",
        "stored copy: revised text, up to date with changes in force on or before 29 March 2024",
      ),
      leg(
        "Police, Crime, Sentencing and Courts Act 2022, section 81 (repeal of the Vagrancy Act 1824 etc)",
        "section 81",
        "ukpga/2022/32/section/81",
      ),
      {
        title: "Repeal of the Vagrancy Act 1824: Police, Crime, Sentencing and Courts Act 2022 factsheet",
        publisher: "GOV.UK",
        version: "updated 20 August 2022",
        url: "https://www.gov.uk/government/publications/police-crime-sentencing-and-courts-bill-2021-factsheets/repeal-of-the-vagrancy-act-1824-police-crime-sentencing-and-courts-act-2022-factsheet",
      },
      {
        title: "Government repealing 200-year-old law that criminalises rough sleeping",
        publisher: "Trowers & Hamlins",
        version: "June 2025",
        url: "https://www.trowers.com/insights/2025/june/government-repealing-200-year-old-law-that-criminalises-rough-sleeping",
      },
    ),
  },
];
