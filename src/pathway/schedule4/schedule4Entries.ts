// Schedule 4 of the Modern Slavery Act 2015 as data: one entry per listed
// offence. Titles are written for this app, not copied from the statute.
// Entries marked "verify" were not seen in any stored primary text; each says
// why. Never add an offence here without a source (see SCHEDULE4_PROVENANCE).
import type { Provenance } from "../../shared/provenance";
import type { Schedule4Entry } from "./schedule4Schema";
import { S4_SRC, confirmed, unconfirmed } from "./schedule4Sources";

type StatuteInput = {
  paragraph: string;
  act: string;
  section: string;
  title: string;
  everydayNames: string[];
  provenance: Provenance;
  condition?: string;
  /** Overrides the id built from act and section (needed where one section has two listings). */
  id?: string;
};

const kebab = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function statute(input: StatuteInput): Schedule4Entry {
  const { id, condition, ...rest } = input;
  return {
    id: id ?? `${kebab(input.act)}-s${kebab(input.section)}`,
    ...rest,
    ...(condition === undefined ? {} : { condition }),
  };
}

function commonLaw(paragraph: string, name: string, title: string, everydayNames: string[]): Schedule4Entry {
  return {
    id: `common-law-${kebab(name)}`,
    paragraph,
    act: "common law",
    name,
    title,
    everydayNames,
    provenance: confirmed(S4_SRC.legislationRevised, S4_SRC.hlBill98),
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
// Paragraphs 9 and 10 fell between the pages stored for this review; the
// domain brief records them as read on legislation.gov.uk.
const SEEN_BY_BRIEF = confirmed(S4_SRC.legislationRevised, S4_SRC.domainBrief);

const OAPA_REST = unconfirmed(
  "The stored copies of paragraph 7 stop after section 21. This section is believed to be on the list (domain brief and recollection) but was not seen. Whether section 47 (actual bodily harm) is listed could not be confirmed either way.",
);
const ESA_SECTIONS = unconfirmed(
  "Paragraph 8 names the Explosive Substances Act 1883, but the stored copies did not show which sections. Sections 2, 3 and 4 are given from recollection.",
);
const MIDDLE = unconfirmed(
  "Paragraphs 17 to 30 were not visible in any stored copy. This listing is from recollection and the domain brief; its paragraph number and exact wording are unconfirmed.",
);
const LATE = unconfirmed(
  "The paragraphs after the Sexual Offences Act 2003 paragraph were not visible in any stored copy. This listing is from recollection and the domain brief; its paragraph number and exact wording are unconfirmed.",
);
const ANCILLARY = unconfirmed(
  "Schedule 4 is believed to end with a paragraph on ancillary offences (attempt, conspiracy, encouraging or assisting, aiding and abetting a listed offence), as Schedule 1 of the Act does. That paragraph was not seen.",
);
const SOA_TAIL = unconfirmed(
  "Included in the Bill text seen, but that copy was cut off after this section: the Sexual Offences Act 2003 list continues with further sections that could not be read.",
);

const MID = "unconfirmed (between 17 and 30)";
const AFTER_33 = "unconfirmed (after 33)";

export const schedule4Entries: readonly Schedule4Entry[] = [
  // Paragraphs 1-6: common law offences.
  commonLaw("1", "false imprisonment", "Unlawfully detaining or restricting a person's freedom to move against their will", [
    "false imprisonment",
    "unlawful detention",
  ]),
  commonLaw("2", "kidnapping", "Taking or carrying a person away by force or fraud without their consent", [
    "kidnap",
    "kidnapping",
    "abduction",
  ]),
  commonLaw(
    "3",
    "manslaughter",
    "Unlawfully killing a person without the intent needed for murder, or where a partial defence applies",
    ["manslaughter", "unlawful killing"],
  ),
  commonLaw("4", "murder", "Unlawfully killing a person intending to kill or to cause really serious harm", [
    "murder",
    "killing",
  ]),
  commonLaw(
    "5",
    "perverting the course of justice",
    "Doing something that tends to, and is meant to, obstruct or undermine the course of justice",
    [
      "perverting the course of justice",
      "perverting the course of public justice",
      "attempting to pervert the course of justice",
    ],
  ),
  commonLaw("6", "piracy", "Piracy as recognised in international law, such as seizing a ship at sea by violence", ["piracy"]),

  // Paragraph 7: Offences Against the Person Act 1861.
  statute({
    paragraph: "7",
    act: OAPA,
    section: "4",
    title: "Soliciting, encouraging or persuading someone to murder another person",
    everydayNames: ["soliciting murder", "solicitation to murder", "incitement to murder"],
    provenance: SEEN_98,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "16",
    title: "Threatening to kill someone, intending them to fear the threat will be carried out",
    everydayNames: ["threats to kill", "threat to kill"],
    provenance: SEEN_98,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "18",
    title: "Wounding or causing grievous bodily harm with intent to cause such harm or to resist arrest",
    everydayNames: ["GBH with intent", "wounding with intent", "section 18"],
    provenance: SEEN_98,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "20",
    title: "Unlawfully and maliciously wounding someone or inflicting grievous bodily harm",
    everydayNames: ["GBH", "wounding", "unlawful wounding", "malicious wounding", "section 20"],
    provenance: SEEN_98,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "21",
    title: "Trying to choke, suffocate or strangle someone in order to commit, or help commit, an indictable offence",
    everydayNames: ["attempting to choke or strangle to commit an offence"],
    provenance: SEEN_98,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "22",
    title: "Using a stupefying or overpowering drug on someone in order to commit, or help commit, an indictable offence",
    everydayNames: ["drugging to commit an offence", "using a stupefying drug"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "23",
    title: "Administering poison or a noxious thing so as to endanger life or cause grievous bodily harm",
    everydayNames: ["poisoning", "administering poison"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "27",
    title: "Abandoning or exposing a child under two so that its life or health is endangered",
    everydayNames: ["abandoning a child", "child abandonment"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "28",
    title: "Causing grievous bodily harm with gunpowder or another explosive",
    everydayNames: ["causing injury by explosives"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "29",
    title:
      "Using explosives, or throwing corrosive fluid or another destructive substance, with intent to cause grievous bodily harm",
    everydayNames: ["acid attack with intent", "throwing corrosive fluid with intent"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "30",
    title: "Placing or throwing explosives at a building, ship or vessel with intent to cause bodily injury",
    everydayNames: ["placing explosives with intent to injure"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "31",
    title: "Setting a spring gun, man trap or similar device intending to cause grievous bodily harm",
    everydayNames: ["man trap", "spring gun"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "32",
    title: "Interfering with a railway (for example putting things on the line) intending to endanger passengers",
    everydayNames: ["endangering railway passengers"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "35",
    title: "Causing bodily harm by wanton or furious driving or riding",
    everydayNames: ["furious driving", "wanton or furious driving", "furious cycling"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "37",
    title: "Assaulting an officer or other person trying to preserve a wrecked vessel or its goods",
    everydayNames: ["assaulting an officer preserving a wreck"],
    provenance: OAPA_REST,
  }),
  statute({
    paragraph: "7",
    act: OAPA,
    section: "38",
    title: "Assaulting someone intending to resist or prevent a lawful arrest or detention",
    everydayNames: ["assault with intent to resist arrest"],
    provenance: OAPA_REST,
  }),

  // Paragraph 8: Explosive Substances Act 1883 (sections not seen).
  statute({
    paragraph: "8",
    act: ESA,
    section: "2",
    title: "Causing an explosion likely to endanger life or cause serious damage to property",
    everydayNames: ["causing an explosion"],
    provenance: ESA_SECTIONS,
  }),
  statute({
    paragraph: "8",
    act: ESA,
    section: "3",
    title: "Attempting to cause such an explosion, or making or keeping an explosive intending to endanger life or property",
    everydayNames: ["attempting to cause an explosion", "making or keeping explosives with intent"],
    provenance: ESA_SECTIONS,
  }),
  statute({
    paragraph: "8",
    act: ESA,
    section: "4",
    title: "Making or possessing an explosive in circumstances suggesting it is not for a lawful purpose",
    everydayNames: ["possessing explosives under suspicious circumstances"],
    provenance: ESA_SECTIONS,
  }),

  // Paragraphs 9-16.
  statute({
    paragraph: "9",
    act: "Infant Life (Preservation) Act 1929",
    section: "1",
    title: "Child destruction: deliberately ending the life of a child capable of being born alive, before birth",
    everydayNames: ["child destruction"],
    provenance: SEEN_BY_BRIEF,
  }),
  statute({
    paragraph: "10",
    act: "Children and Young Persons Act 1933",
    section: "1",
    title:
      "Cruelty to a child under 16 by a person responsible for them: assault, ill-treatment, neglect, abandonment or exposure likely to cause unnecessary suffering or harm",
    everydayNames: ["child cruelty", "child neglect", "cruelty to a child"],
    provenance: SEEN_BY_BRIEF,
  }),
  statute({
    paragraph: "11",
    act: "Public Order Act 1936",
    section: "2",
    title: "Controlling, managing, organising or training a quasi-military organisation",
    everydayNames: ["quasi-military organisation", "paramilitary organisation"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "12",
    act: "Infanticide Act 1938",
    section: "1",
    title: "Infanticide: a mother causing the death of her child under 12 months while the balance of her mind is disturbed",
    everydayNames: ["infanticide"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "13",
    act: FA,
    section: "5",
    title: "Possessing, buying, making, selling or transferring a prohibited weapon or prohibited ammunition without authority",
    everydayNames: ["prohibited weapon", "prohibited firearm", "stun gun", "CS or pepper spray"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "13",
    act: FA,
    section: "16",
    title: "Possessing a firearm or ammunition intending to endanger life",
    everydayNames: ["possession of a firearm with intent to endanger life"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "13",
    act: FA,
    section: "16A",
    title:
      "Possessing a firearm or imitation firearm intending to make someone believe unlawful violence will be used against them",
    everydayNames: ["possession of a firearm with intent to cause fear of violence"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "13",
    act: FA,
    section: "17(1)",
    title: "Using, or trying to use, a firearm or imitation firearm to resist or prevent a lawful arrest",
    everydayNames: ["using a firearm to resist arrest"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "13",
    act: FA,
    section: "17(2)",
    title: "Having a firearm or imitation firearm when committing, or being arrested for, certain specified offences",
    everydayNames: ["possession of a firearm when committing an offence"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "13",
    act: FA,
    section: "18",
    title: "Having a firearm or imitation firearm intending to commit an indictable offence or to resist arrest",
    everydayNames: ["carrying a firearm with criminal intent"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "14",
    act: TA68,
    section: "8",
    title: "Robbery (stealing and using or threatening force to do so), or assault with intent to rob",
    everydayNames: ["robbery", "mugging", "street robbery", "armed robbery", "assault with intent to rob"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "14",
    act: TA68,
    section: "9",
    title: "Burglary, but only in the forms described in the condition",
    everydayNames: ["burglary", "break-in"],
    provenance: SEEN_96,
    condition:
      "Listed only where the burglary is committed with intent to inflict grievous bodily harm on a person, or to do unlawful damage to the building or anything in it. Burglary to steal is not covered by this listing.",
  }),
  statute({
    paragraph: "14",
    act: TA68,
    section: "10",
    title: "Aggravated burglary: burglary while having a firearm, imitation firearm, weapon of offence or explosive",
    everydayNames: ["aggravated burglary"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "14",
    act: TA68,
    section: "12A",
    title: "Aggravated vehicle-taking, but only where someone died",
    everydayNames: ["aggravated vehicle taking", "aggravated TWOC"],
    provenance: SEEN_96,
    condition: "Listed only where the offence involved an accident that caused the death of any person.",
  }),
  statute({
    paragraph: "14",
    act: TA68,
    section: "21",
    title: "Blackmail: an unwarranted demand with menaces, made to gain or to cause loss",
    everydayNames: ["blackmail", "extortion"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "15",
    act: CDA71,
    section: "1",
    id: "criminal-damage-act-1971-s1-arson",
    title: "Arson: destroying or damaging property by fire",
    everydayNames: ["arson", "setting fire", "fire setting"],
    provenance: SEEN_96,
    condition:
      "Under section 1 only arson (damage by fire) is listed. Damage without fire is listed only where it endangers life (section 1(2)).",
  }),
  statute({
    paragraph: "15",
    act: CDA71,
    section: "1(2)",
    title: "Destroying or damaging property intending, or reckless as to whether, life is endangered (by any means)",
    everydayNames: ["criminal damage endangering life", "aggravated criminal damage", "damage with intent to endanger life"],
    provenance: SEEN_96,
  }),
  statute({
    paragraph: "16",
    act: "Immigration Act 1971",
    section: "25",
    title:
      "Helping someone who is not a UK national to breach immigration law, knowing or having reason to believe that is what the help does",
    everydayNames: ["assisting unlawful immigration", "facilitation", "facilitating illegal entry", "people smuggling"],
    provenance: SEEN_96,
  }),

  // Paragraphs 17-30 (not seen).
  statute({
    paragraph: MID,
    act: "Protection of Children Act 1978",
    section: "1",
    title:
      "Taking, making, distributing, showing or possessing for distribution indecent photographs or pseudo-photographs of children",
    everydayNames: ["indecent images of children", "IIOC", "child abuse images"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Customs and Excise Management Act 1979",
    section: "170",
    title: "Being knowingly concerned in fraudulently evading a duty or an import or export prohibition",
    everydayNames: ["importing indecent or obscene material"],
    provenance: MIDDLE,
    condition:
      "Believed to be listed only where the goods are indecent or obscene articles whose import is prohibited by section 42 of the Customs Consolidation Act 1876. Other smuggling, for example of drugs, is believed not to be covered.",
  }),
  statute({
    paragraph: MID,
    act: "Taking of Hostages Act 1982",
    section: "1",
    title:
      "Detaining someone and threatening to kill, injure or keep detaining them to force a state, organisation or person to act",
    everydayNames: ["hostage taking", "taking a hostage"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation Security Act 1982",
    section: "1",
    title: "Hijacking an aircraft",
    everydayNames: ["hijacking", "aircraft hijacking"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation Security Act 1982",
    section: "2",
    title: "Destroying or damaging an aircraft, or endangering its safety",
    everydayNames: ["endangering an aircraft"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation Security Act 1982",
    section: "3",
    title: "Other acts endangering, or likely to endanger, the safety of aircraft",
    everydayNames: ["endangering aircraft safety"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation Security Act 1982",
    section: "4",
    title: "Having certain dangerous articles on an aircraft or in an aerodrome",
    everydayNames: ["dangerous articles on an aircraft"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Mental Health Act 1983",
    section: "127",
    title: "Ill-treatment or wilful neglect of a mental health patient by staff, a guardian or a carer",
    everydayNames: ["ill-treatment of patients", "neglect of a mental health patient"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Child Abduction Act 1984",
    section: "1",
    title: "A parent or other connected person taking or sending a child under 16 out of the UK without the consent required",
    everydayNames: ["parental child abduction", "child abduction"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Child Abduction Act 1984",
    section: "2",
    title: "Someone other than a parent taking or keeping a child under 16 from the person with lawful control of them",
    everydayNames: ["child abduction"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Public Order Act 1986",
    section: "1",
    title: "Riot: using unlawful violence where 12 or more people together use or threaten it for a common purpose",
    everydayNames: ["riot"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Criminal Justice Act 1988",
    section: "134",
    title: "Torture: a public official, or someone acting officially, intentionally inflicting severe pain or suffering",
    everydayNames: ["torture"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Road Traffic Act 1988",
    section: "1",
    title: "Causing death by dangerous driving",
    everydayNames: ["death by dangerous driving", "causing death by dangerous driving"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Road Traffic Act 1988",
    section: "3A",
    title: "Causing death by careless driving while unfit through drink or drugs, over the limit, or failing to give a specimen",
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
    title: "Violence at an airport serving international flights that endangers safety there",
    everydayNames: ["endangering safety at an airport"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation and Maritime Security Act 1990",
    section: "9",
    title: "Hijacking a ship",
    everydayNames: ["ship hijacking"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation and Maritime Security Act 1990",
    section: "10",
    title: "Seizing or taking control of a fixed offshore platform",
    everydayNames: ["seizing a fixed platform"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation and Maritime Security Act 1990",
    section: "11",
    title: "Destroying a ship or fixed platform, or endangering its safety",
    everydayNames: ["endangering a ship"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation and Maritime Security Act 1990",
    section: "12",
    title: "Other acts endangering, or likely to endanger, safe navigation",
    everydayNames: ["endangering safe navigation"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Aviation and Maritime Security Act 1990",
    section: "13",
    title: "Threats to ships or fixed platforms",
    everydayNames: ["threatening a ship"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Protection from Harassment Act 1997",
    section: "4",
    title: "A course of conduct causing someone to fear, on at least two occasions, that violence will be used against them",
    everydayNames: ["putting people in fear of violence", "harassment causing fear of violence"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Protection from Harassment Act 1997",
    section: "4A",
    title: "Stalking that causes fear of violence or serious alarm or distress",
    everydayNames: ["stalking involving fear of violence", "stalking"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Crime and Disorder Act 1998",
    section: "29",
    title: "Racially or religiously aggravated assaults",
    everydayNames: ["racially aggravated assault", "religiously aggravated assault"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Crime and Disorder Act 1998",
    section: "31(1)",
    title: "Racially or religiously aggravated public order offences",
    everydayNames: ["racially aggravated public order"],
    provenance: MIDDLE,
    condition:
      "Believed to be listed only for section 31(1)(a) and (b): aggravated fear or provocation of violence, and aggravated intentional harassment, alarm or distress. Section 31(1)(c) is believed not to be covered.",
  }),
  statute({
    paragraph: MID,
    act: "Terrorism Act 2000",
    section: "54",
    title: "Giving or receiving weapons training for terrorism",
    everydayNames: ["terrorist weapons training"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Terrorism Act 2000",
    section: "56",
    title: "Directing a terrorist organisation",
    everydayNames: ["directing terrorism"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Terrorism Act 2000",
    section: "57",
    title: "Possessing an article for a purpose connected with terrorism",
    everydayNames: ["possession for terrorist purposes"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "Terrorism Act 2000",
    section: "59",
    title: "Inciting terrorism overseas",
    everydayNames: ["inciting terrorism overseas"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "International Criminal Court Act 2001",
    section: "51",
    title: "Genocide, crimes against humanity and war crimes",
    everydayNames: ["genocide", "war crimes", "crimes against humanity"],
    provenance: MIDDLE,
  }),
  statute({
    paragraph: MID,
    act: "International Criminal Court Act 2001",
    section: "52",
    title: "Conduct ancillary to genocide, crimes against humanity or war crimes committed abroad",
    everydayNames: ["assisting war crimes abroad"],
    provenance: MIDDLE,
  }),

  // Paragraph 31: Anti-terrorism, Crime and Security Act 2001 (numbered as in HL Bill 69).
  statute({
    paragraph: "31",
    act: "Anti-terrorism, Crime and Security Act 2001",
    section: "47",
    title: "Nuclear weapons offences, such as using, developing, possessing or transferring a nuclear weapon",
    everydayNames: ["nuclear weapons"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "31",
    act: "Anti-terrorism, Crime and Security Act 2001",
    section: "50",
    title: "Assisting or inducing certain acts abroad involving biological, chemical or nuclear weapons",
    everydayNames: ["assisting weapons-related acts overseas"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "31",
    act: "Anti-terrorism, Crime and Security Act 2001",
    section: "113",
    title: "Using, or threatening to use, a noxious substance or thing to cause harm or to intimidate",
    everydayNames: ["noxious substance to cause harm or intimidate"],
    provenance: SEEN_69,
  }),

  // Paragraph 32: Female Genital Mutilation Act 2003.
  statute({
    paragraph: "32",
    act: "Female Genital Mutilation Act 2003",
    section: "1",
    title: "Female genital mutilation",
    everydayNames: ["FGM", "female genital mutilation", "cutting"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "32",
    act: "Female Genital Mutilation Act 2003",
    section: "2",
    title: "Helping a girl to mutilate her own genitalia",
    everydayNames: ["assisting FGM"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "32",
    act: "Female Genital Mutilation Act 2003",
    section: "3",
    title: "Helping a person who is not a UK national or resident to carry out FGM on a girl abroad",
    everydayNames: ["assisting FGM overseas"],
    provenance: SEEN_69,
  }),

  // Paragraph 33: Sexual Offences Act 2003 (the copy seen stops after section 31).
  statute({ paragraph: "33", act: SOA, section: "1", title: "Rape", everydayNames: ["rape"], provenance: SEEN_69 }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "2",
    title: "Sexual assault by penetration",
    everydayNames: ["assault by penetration"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "3",
    title: "Sexual assault: sexual touching without consent",
    everydayNames: ["sexual assault", "indecent assault"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "4",
    title: "Causing a person to engage in sexual activity without consent",
    everydayNames: ["causing sexual activity without consent"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "5",
    title: "Rape of a child under 13",
    everydayNames: ["child rape", "rape of a child under 13"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "6",
    title: "Assault of a child under 13 by penetration",
    everydayNames: ["assault of a child under 13 by penetration"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "7",
    title: "Sexual assault of a child under 13",
    everydayNames: ["sexual assault of a child under 13"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "8",
    title: "Causing or inciting a child under 13 to engage in sexual activity",
    everydayNames: ["inciting a child under 13 to sexual activity"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "9",
    title: "Sexual activity with a child",
    everydayNames: ["sexual activity with a child"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "10",
    title: "Causing or inciting a child to engage in sexual activity",
    everydayNames: ["inciting a child to sexual activity"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "13",
    title: "Child sex offences committed by a person under 18",
    everydayNames: ["child sex offence by a young person"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "14",
    title: "Arranging or facilitating the commission of a child sex offence",
    everydayNames: ["arranging a child sex offence", "facilitating child sexual abuse"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "15",
    title: "Meeting a child following sexual grooming",
    everydayNames: ["grooming", "meeting a child after grooming"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "16",
    title: "Abuse of a position of trust: sexual activity with a child",
    everydayNames: ["abuse of position of trust"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "17",
    title: "Abuse of a position of trust: causing or inciting a child to engage in sexual activity",
    everydayNames: ["abuse of position of trust"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "18",
    title: "Abuse of a position of trust: sexual activity in the presence of a child",
    everydayNames: ["abuse of position of trust"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "19",
    title: "Abuse of a position of trust: causing a child to watch a sexual act",
    everydayNames: ["abuse of position of trust"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "25",
    title: "Sexual activity with a child family member",
    everydayNames: ["familial child sex offence"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "26",
    title: "Inciting a child family member to engage in sexual activity",
    everydayNames: ["familial child sex offence"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "30",
    title: "Sexual activity with a person with a mental disorder impeding choice",
    everydayNames: ["sexual activity with a person with a mental disorder"],
    provenance: SEEN_69,
  }),
  statute({
    paragraph: "33",
    act: SOA,
    section: "31",
    title: "Causing or inciting a person with a mental disorder impeding choice to engage in sexual activity",
    everydayNames: ["inciting a person with a mental disorder to sexual activity"],
    provenance: SOA_TAIL,
  }),

  // Later paragraphs (not seen).
  statute({
    paragraph: AFTER_33,
    act: "Domestic Violence, Crime and Victims Act 2004",
    section: "5",
    title: "Causing or allowing the death of (or serious physical harm to) a child or vulnerable adult in the same household",
    everydayNames: ["causing or allowing the death of a child", "familial homicide"],
    provenance: LATE,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Terrorism Act 2006",
    section: "5",
    title: "Preparing acts of terrorism",
    everydayNames: ["preparation of terrorist acts"],
    provenance: LATE,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Terrorism Act 2006",
    section: "6",
    title: "Training for terrorism",
    everydayNames: ["terrorist training"],
    provenance: LATE,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Terrorism Act 2006",
    section: "9",
    title: "Making or possessing a radioactive device or material",
    everydayNames: ["radioactive device"],
    provenance: LATE,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Terrorism Act 2006",
    section: "10",
    title: "Misusing radioactive devices or material, or damaging nuclear facilities",
    everydayNames: ["misuse of radioactive material"],
    provenance: LATE,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Terrorism Act 2006",
    section: "11",
    title: "Terrorist threats relating to radioactive devices, materials or facilities",
    everydayNames: ["radioactive threats"],
    provenance: LATE,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Modern Slavery Act 2015",
    section: "1",
    title: "Holding a person in slavery or servitude, or requiring them to do forced or compulsory labour",
    everydayNames: ["slavery", "servitude", "forced labour", "modern slavery"],
    provenance: LATE,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Modern Slavery Act 2015",
    section: "2",
    title: "Human trafficking: arranging or facilitating someone's travel with a view to their exploitation",
    everydayNames: ["human trafficking", "trafficking"],
    provenance: LATE,
  }),
  statute({
    paragraph: AFTER_33,
    act: "Modern Slavery Act 2015",
    section: "4",
    title: "Committing an offence intending to commit a human trafficking offence",
    everydayNames: ["offence with intent to traffic"],
    provenance: LATE,
  }),

  // Ancillary offences (not seen): listed only in relation to a listed offence.
  statute({
    paragraph: AFTER_33,
    act: "Criminal Attempts Act 1981",
    section: "1",
    title: "Attempting to commit an offence",
    everydayNames: ["attempt", "attempted"],
    provenance: ANCILLARY,
    condition: "Believed to be listed only where the offence attempted is itself on Schedule 4 (for example attempted robbery).",
  }),
  statute({
    paragraph: AFTER_33,
    act: "Criminal Law Act 1977",
    section: "1",
    title: "Conspiracy to commit an offence",
    everydayNames: ["conspiracy"],
    provenance: ANCILLARY,
    condition: "Believed to be listed only where the offence agreed on is itself on Schedule 4.",
  }),
  statute({
    paragraph: AFTER_33,
    act: "Serious Crime Act 2007",
    section: "44",
    title: "Intentionally encouraging or assisting an offence",
    everydayNames: ["encouraging or assisting"],
    provenance: ANCILLARY,
    condition: "Believed to be listed only where the offence encouraged or assisted is itself on Schedule 4.",
  }),
  statute({
    paragraph: AFTER_33,
    act: "Serious Crime Act 2007",
    section: "45",
    title: "Encouraging or assisting an offence believing it will be committed",
    everydayNames: ["encouraging or assisting"],
    provenance: ANCILLARY,
    condition: "Believed to be listed only where the offence encouraged or assisted is itself on Schedule 4.",
  }),
  statute({
    paragraph: AFTER_33,
    act: "Serious Crime Act 2007",
    section: "46",
    title: "Encouraging or assisting offences believing one or more will be committed",
    everydayNames: ["encouraging or assisting"],
    provenance: ANCILLARY,
    condition: "Believed to be listed only where at least one offence the person had in mind is on Schedule 4.",
  }),
  statute({
    paragraph: AFTER_33,
    act: "Accessories and Abettors Act 1861",
    section: "8",
    title: "Aiding, abetting, counselling or procuring an offence",
    everydayNames: ["aiding and abetting", "accessory"],
    provenance: ANCILLARY,
    condition: "Believed to be listed only where the offence aided or abetted is itself on Schedule 4.",
  }),
];
