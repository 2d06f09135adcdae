// Schedule 4 of the Modern Slavery Act 2015 as data: one entry per listed
// offence. Its plain-English title (written for this app, not copied from the
// statute) and any condition are in the offences locale file, keyed by id.
// Entries marked "verify" were not seen in any stored primary text; each names
// a note saying so. Never add an offence here without a source (see
// SCHEDULE4_PROVENANCE).
import type { Provenance } from "../../shared/provenance";
import type { Schedule4Entry } from "./schedule4Schema";
import { S4_SRC, confirmed, unconfirmed } from "./schedule4Sources";

type StatuteInput = {
  paragraph: string;
  act: string;
  section: string;
  everydayNames: string[];
  provenance: Provenance;
  /** Listed only in some circumstances (the condition is in the locale file). */
  conditional?: true;
  /** Overrides the id built from act and section (needed where one section has two listings). */
  id?: string;
};

const kebab = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function statute(input: StatuteInput): Schedule4Entry {
  const { id, conditional, ...rest } = input;
  return {
    id: id ?? `${kebab(input.act)}-s${kebab(input.section)}`,
    ...rest,
    ...(conditional === undefined ? {} : { conditional }),
  };
}

function commonLaw(paragraph: string, name: string, everydayNames: string[]): Schedule4Entry {
  return {
    id: `common-law-${kebab(name)}`,
    paragraph,
    act: "common law",
    name,
    everydayNames,
    provenance: confirmed(S4_SRC.legislationRevised, S4_SRC.legislationSnippet),
  };
}

const OAPA = "Offences Against the Person Act 1861";
const ESA = "Explosive Substances Act 1883";
const FA = "Firearms Act 1968";
const TA68 = "Theft Act 1968";
const CDA71 = "Criminal Damage Act 1971";
const SOA = "Sexual Offences Act 2003";

const SEEN_98 = confirmed(S4_SRC.hlBill98);
const SEEN_96 = confirmed(S4_SRC.hcBill96);
const SEEN_69 = confirmed(S4_SRC.hlBill69);
// Paragraphs 9 and 10 are shown in full in legislation.gov.uk's snippet of the Schedule.
const SEEN_SNIPPET = confirmed(S4_SRC.legislationSnippet);

const OAPA_REST = unconfirmed("oapa-rest");
const ESA_SECTIONS = unconfirmed("esa-sections");
const MIDDLE = unconfirmed("part-not-seen");
const LATE = unconfirmed("part-not-seen");
const ANCILLARY = unconfirmed("ancillary");
// Seen in the Bill, but that copy was cut off after this section.
const SOA_TAIL = unconfirmed("soa-tail");

const MID = "unconfirmed (between 17 and 30)";
const AFTER_33 = "unconfirmed (after 33)";

export const schedule4Entries: readonly Schedule4Entry[] = [
  // Paragraphs 1-6: common law offences.
  commonLaw("1", "false imprisonment", ["false imprisonment", "unlawful detention"]),
  commonLaw("2", "kidnapping", ["kidnap", "kidnapping", "abduction"]),
  commonLaw("3", "manslaughter", ["manslaughter", "unlawful killing"]),
  commonLaw("4", "murder", ["murder", "killing"]),
  commonLaw("5", "perverting the course of justice", [
    "perverting the course of justice",
    "perverting the course of public justice",
    "attempting to pervert the course of justice",
  ]),
  commonLaw("6", "piracy", ["piracy"]),

  // Paragraph 7: Offences Against the Person Act 1861.
  statute({
    paragraph: "7",
    act: OAPA,
    section: "4",
    everydayNames: ["soliciting murder", "solicitation to murder", "incitement to murder"],
    provenance: SEEN_98,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "16",
    everydayNames: ["threats to kill", "threat to kill"],
    provenance: SEEN_98,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "18",
    everydayNames: ["GBH with intent", "wounding with intent", "section 18"],
    provenance: SEEN_98,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "20",
    everydayNames: ["GBH", "wounding", "unlawful wounding", "malicious wounding", "section 20"],
    provenance: SEEN_98,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "21",
    everydayNames: ["attempting to choke or strangle to commit an offence"],
    provenance: SEEN_98,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "22",
    everydayNames: ["drugging to commit an offence", "using a stupefying drug"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "23",
    everydayNames: ["poisoning", "administering poison"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "27",
    everydayNames: ["abandoning a child", "child abandonment"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "28",
    everydayNames: ["causing injury by explosives"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "29",
    everydayNames: ["acid attack with intent", "throwing corrosive fluid with intent"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "30",
    everydayNames: ["placing explosives with intent to injure"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "31",
    everydayNames: ["man trap", "spring gun"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "32",
    everydayNames: ["endangering railway passengers"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "35",
    everydayNames: ["furious driving", "wanton or furious driving", "furious cycling"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "37",
    everydayNames: ["assaulting an officer preserving a wreck"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "38",
    everydayNames: ["assault with intent to resist arrest"],
    provenance: OAPA_REST,
  }),

  // Paragraph 8: Explosive Substances Act 1883 (sections not seen).
  statute({
    paragraph: "8",
    act: ESA,
    section: "2",
    everydayNames: ["causing an explosion"],
    provenance: ESA_SECTIONS,
  }),
  statute({
    paragraph: "8",
    act: ESA,
    section: "3",
    everydayNames: ["attempting to cause an explosion", "making or keeping explosives with intent"],
    provenance: ESA_SECTIONS,
  }),
  statute({
    paragraph: "8",
    act: ESA,
    section: "4",
    everydayNames: ["possessing explosives under suspicious circumstances"],
    provenance: ESA_SECTIONS,
  }),

  // Paragraphs 9-16.
  statute({
    paragraph: "9",
    act: "Infant Life (Preservation) Act 1929",
    section: "1",
    everydayNames: ["child destruction"],
    provenance: SEEN_SNIPPET,
  }),
  statute({
    paragraph: "10",
    act: "Children and Young Persons Act 1933",
    section: "1",
    everydayNames: ["child cruelty", "child neglect", "cruelty to a child"],
    provenance: SEEN_SNIPPET,
  }),
  statute({
    paragraph: "11",
    act: "Public Order Act 1936",
    section: "2",
    everydayNames: ["quasi-military organisation", "paramilitary organisation"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "12",
    act: "Infanticide Act 1938",
    section: "1",
    everydayNames: ["infanticide"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "13",
    act: FA,
    section: "5",
    everydayNames: ["prohibited weapon", "prohibited firearm", "stun gun", "CS or pepper spray"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "13",
    act: FA,
    section: "16",
    everydayNames: ["possession of a firearm with intent to endanger life"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "13",
    act: FA,
    section: "16A",
    everydayNames: ["possession of a firearm with intent to cause fear of violence"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "13",
    act: FA,
    section: "17(1)",
    everydayNames: ["using a firearm to resist arrest"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "13",
    act: FA,
    section: "17(2)",
    everydayNames: ["possession of a firearm when committing an offence"],
    provenance: SEEN_96,
  }),
  // Section 17 makes offences only in subsections (1) and (2), and both are
  // listed: a section 17 offence given without its subsection is excluded.
  statute({
    paragraph: "13",
    act: FA,
    section: "17",
    everydayNames: ["firearm to resist arrest", "firearm when committing an offence"],
    provenance: { ...SEEN_96, sources: [...SEEN_96.sources, S4_SRC.firearmsS17] },
  }),
  statute({
    paragraph: "13",
    act: FA,
    section: "18",
    everydayNames: ["carrying a firearm with criminal intent"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "14",
    act: TA68,
    section: "8",
    everydayNames: ["robbery", "mugging", "street robbery", "armed robbery", "assault with intent to rob"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "14",
    act: TA68,
    section: "9",
    everydayNames: ["burglary", "break-in"],
    provenance: SEEN_96,
    conditional: true,
  }),
  statute({
    paragraph: "14",
    act: TA68,
    section: "10",
    everydayNames: ["aggravated burglary"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "14",
    act: TA68,
    section: "12A",
    everydayNames: ["aggravated vehicle taking", "aggravated TWOC"],
    provenance: SEEN_96,
    conditional: true,
  }),
  statute({
    paragraph: "14",
    act: TA68,
    section: "21",
    everydayNames: ["blackmail", "extortion"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "15",
    act: CDA71,
    section: "1",
    id: "criminal-damage-act-1971-s1-arson",
    everydayNames: ["arson", "setting fire", "fire setting"],
    provenance: SEEN_96,
    conditional: true,
  }),
  statute({
    paragraph: "15",
    act: CDA71,
    section: "1(2)",
    everydayNames: ["criminal damage endangering life", "aggravated criminal damage", "damage with intent to endanger life"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "16",
    act: "Immigration Act 1971",
    section: "25",
    everydayNames: ["assisting unlawful immigration", "facilitation", "facilitating illegal entry", "people smuggling"],
    provenance: SEEN_96,
  }),

  // Paragraphs 17-30 (not seen).
  statute({
    paragraph: MID,
    act: "Protection of Children Act 1978",
    section: "1",
    everydayNames: ["indecent images of children", "IIOC", "child abuse images"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Customs and Excise Management Act 1979",
    section: "170",
    everydayNames: ["importing indecent or obscene material"],
    provenance: MIDDLE,
    conditional: true,
  }),
  statute({
    paragraph: MID,
    act: "Taking of Hostages Act 1982",
    section: "1",
    everydayNames: ["hostage taking", "taking a hostage"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation Security Act 1982",
    section: "1",
    everydayNames: ["hijacking", "aircraft hijacking"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation Security Act 1982",
    section: "2",
    everydayNames: ["endangering an aircraft"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation Security Act 1982",
    section: "3",
    everydayNames: ["endangering aircraft safety"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation Security Act 1982",
    section: "4",
    everydayNames: ["dangerous articles on an aircraft"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Mental Health Act 1983",
    section: "127",
    everydayNames: ["ill-treatment of patients", "neglect of a mental health patient"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Child Abduction Act 1984",
    section: "1",
    everydayNames: ["parental child abduction", "child abduction"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Child Abduction Act 1984",
    section: "2",
    everydayNames: ["child abduction"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Public Order Act 1986",
    section: "1",
    everydayNames: ["riot"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Criminal Justice Act 1988",
    section: "134",
    everydayNames: ["torture"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Road Traffic Act 1988",
    section: "1",
    everydayNames: ["death by dangerous driving", "causing death by dangerous driving"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Road Traffic Act 1988",
    section: "3A",
    everydayNames: [
      "death by careless driving under the influence",
      "causing death by careless driving when under the influence",
    ],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation and Maritime Security Act 1990",
    section: "1",
    everydayNames: ["endangering safety at an airport"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation and Maritime Security Act 1990",
    section: "9",
    everydayNames: ["ship hijacking"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation and Maritime Security Act 1990",
    section: "10",
    everydayNames: ["seizing a fixed platform"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation and Maritime Security Act 1990",
    section: "11",
    everydayNames: ["endangering a ship"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation and Maritime Security Act 1990",
    section: "12",
    everydayNames: ["endangering safe navigation"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation and Maritime Security Act 1990",
    section: "13",
    everydayNames: ["threatening a ship"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Protection from Harassment Act 1997",
    section: "4",
    everydayNames: ["putting people in fear of violence", "harassment causing fear of violence"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Protection from Harassment Act 1997",
    section: "4A",
    everydayNames: ["stalking involving fear of violence", "stalking"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Crime and Disorder Act 1998",
    section: "29",
    everydayNames: ["racially aggravated assault", "religiously aggravated assault"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Crime and Disorder Act 1998",
    section: "31(1)",
    everydayNames: ["racially aggravated public order"],
    provenance: MIDDLE,
    conditional: true,
  }),
  statute({
    paragraph: MID,
    act: "Terrorism Act 2000",
    section: "54",
    everydayNames: ["terrorist weapons training"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Terrorism Act 2000",
    section: "56",
    everydayNames: ["directing terrorism"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Terrorism Act 2000",
    section: "57",
    everydayNames: ["possession for terrorist purposes"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Terrorism Act 2000",
    section: "59",
    everydayNames: ["inciting terrorism overseas"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "International Criminal Court Act 2001",
    section: "51",
    everydayNames: ["genocide", "war crimes", "crimes against humanity"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "International Criminal Court Act 2001",
    section: "52",
    everydayNames: ["assisting war crimes abroad"],
    provenance: MIDDLE,
  }),

  // Paragraph 31: Anti-terrorism, Crime and Security Act 2001 (numbered as in HL Bill 69).
  statute({
    paragraph: "31",
    act: "Anti-terrorism, Crime and Security Act 2001",
    section: "47",
    everydayNames: ["nuclear weapons"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "31",
    act: "Anti-terrorism, Crime and Security Act 2001",
    section: "50",
    everydayNames: ["assisting weapons-related acts overseas"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "31",
    act: "Anti-terrorism, Crime and Security Act 2001",
    section: "113",
    everydayNames: ["noxious substance to cause harm or intimidate"],
    provenance: SEEN_69,
  }),

  // Paragraph 32: Female Genital Mutilation Act 2003.
  statute({
    paragraph: "32",
    act: "Female Genital Mutilation Act 2003",
    section: "1",
    everydayNames: ["FGM", "female genital mutilation", "cutting"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "32",
    act: "Female Genital Mutilation Act 2003",
    section: "2",
    everydayNames: ["assisting FGM"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "32",
    act: "Female Genital Mutilation Act 2003",
    section: "3",
    everydayNames: ["assisting FGM overseas"],
    provenance: SEEN_69,
  }),

  // Paragraph 33: Sexual Offences Act 2003 (the copy seen stops after section 31).
  statute({ paragraph: "33", act: SOA, section: "1", everydayNames: ["rape"], provenance: SEEN_69 }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "2",
    everydayNames: ["assault by penetration"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "3",
    everydayNames: ["sexual assault", "indecent assault"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "4",
    everydayNames: ["causing sexual activity without consent"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "5",
    everydayNames: ["child rape", "rape of a child under 13"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "6",
    everydayNames: ["assault of a child under 13 by penetration"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "7",
    everydayNames: ["sexual assault of a child under 13"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "8",
    everydayNames: ["inciting a child under 13 to sexual activity"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "9",
    everydayNames: ["sexual activity with a child"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "10",
    everydayNames: ["inciting a child to sexual activity"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "13",
    everydayNames: ["child sex offence by a young person"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "14",
    everydayNames: ["arranging a child sex offence", "facilitating child sexual abuse"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "15",
    everydayNames: ["grooming", "meeting a child after grooming"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "16",
    everydayNames: ["abuse of position of trust"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "17",
    everydayNames: ["abuse of position of trust"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "18",
    everydayNames: ["abuse of position of trust"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "19",
    everydayNames: ["abuse of position of trust"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "25",
    everydayNames: ["familial child sex offence"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "26",
    everydayNames: ["familial child sex offence"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "30",
    everydayNames: ["sexual activity with a person with a mental disorder"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "31",
    everydayNames: ["inciting a person with a mental disorder to sexual activity"],
    provenance: SOA_TAIL,
  }),

  // Later paragraphs (not seen).
  statute({
    paragraph: AFTER_33,
    act: "Domestic Violence, Crime and Victims Act 2004",
    section: "5",
    everydayNames: ["causing or allowing the death of a child", "familial homicide"],
    provenance: LATE,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Terrorism Act 2006",
    section: "5",
    everydayNames: ["preparation of terrorist acts"],
    provenance: LATE,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Terrorism Act 2006",
    section: "6",
    everydayNames: ["terrorist training"],
    provenance: LATE,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Terrorism Act 2006",
    section: "9",
    everydayNames: ["radioactive device"],
    provenance: LATE,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Terrorism Act 2006",
    section: "10",
    everydayNames: ["misuse of radioactive material"],
    provenance: LATE,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Terrorism Act 2006",
    section: "11",
    everydayNames: ["radioactive threats"],
    provenance: LATE,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Modern Slavery Act 2015",
    section: "1",
    everydayNames: ["slavery", "servitude", "forced labour", "modern slavery"],
    provenance: LATE,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Modern Slavery Act 2015",
    section: "2",
    everydayNames: ["human trafficking", "trafficking"],
    provenance: LATE,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Modern Slavery Act 2015",
    section: "4",
    everydayNames: ["offence with intent to traffic"],
    provenance: LATE,
  }),

  // Ancillary offences (not seen): listed only in relation to a listed offence.
  statute({
    paragraph: AFTER_33,
    act: "Criminal Attempts Act 1981",
    section: "1",
    everydayNames: ["attempt", "attempted"],
    provenance: ANCILLARY,
    conditional: true,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Criminal Law Act 1977",
    section: "1",
    everydayNames: ["conspiracy"],
    provenance: ANCILLARY,
    conditional: true,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Serious Crime Act 2007",
    section: "44",
    everydayNames: ["encouraging or assisting"],
    provenance: ANCILLARY,
    conditional: true,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Serious Crime Act 2007",
    section: "45",
    everydayNames: ["encouraging or assisting"],
    provenance: ANCILLARY,
    conditional: true,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Serious Crime Act 2007",
    section: "46",
    everydayNames: ["encouraging or assisting"],
    provenance: ANCILLARY,
    conditional: true,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Accessories and Abettors Act 1861",
    section: "8",
    everydayNames: ["aiding and abetting", "accessory"],
    provenance: ANCILLARY,
    conditional: true,
  }),
];
