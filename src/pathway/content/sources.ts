// The documents the pathway content cites, named once so every item points at
// the same title, section and URL. Taken from the project's domain brief.
import type { Source } from "../../shared/provenance";

const HO = "Home Office";
const COP = "College of Policing";

export const SRC = {
  nrmAdultGuidance: {
    title: "National referral mechanism guidance: adult (England and Wales)",
    publisher: HO,
    version: "updated 20 October 2024",
    url: "https://www.gov.uk/government/publications/support-for-victims-of-human-trafficking",
  },
  statutoryGuidance: {
    title: "Modern Slavery: statutory guidance for England and Wales (under s49 of the Modern Slavery Act 2015)",
    publisher: HO,
    version: "3.11, updated 8 October 2024",
    url: "https://www.gov.uk/government/publications/modern-slavery-how-to-identify-and-support-victims",
  },
  statutoryGuidanceChanges: {
    title: "Change history of the modern slavery statutory guidance page (GOV.UK, via govdiff)",
    version: "to 1 May 2025",
    url: "https://govdiff.njk.onl/update/2025-05-01T00:01:00+01:00/www.gov.uk/government/publications/modern-slavery-how-to-identify-and-support-victims",
  },
  appFirstResponse: {
    title: "APP Modern slavery: first response and the national referral mechanism",
    publisher: COP,
    url: "https://www.app.college.police.uk/app-content/major-investigation-and-public-protection/modern-slavery/national-referral-mechanism/",
  },
  appResponders: {
    title: "APP Modern slavery: guidance for policing responders",
    publisher: COP,
    url: "https://production.copweb.aws.college.police.uk/app/major-investigation-and-public-protection/modern-slavery/guidance-police-responders",
  },
  appSupervisors: {
    title: "APP Modern slavery: guidance for supervisors",
    publisher: COP,
    url: "https://production.copweb.aws.college.police.uk/app/major-investigation-and-public-protection/modern-slavery/guidance-supervisors",
  },
  appS45: {
    title: "APP Modern slavery: section 45 statutory defence",
    publisher: COP,
    url: "https://production.copweb.aws.college.police.uk/app/major-investigation-and-public-protection/modern-slavery/section-45-statutory-defence",
  },
  appPostInvestigation: {
    title: "APP Modern slavery: post-investigation",
    publisher: COP,
    url: "https://production.copweb.aws.college.police.uk/app/major-investigation-and-public-protection/modern-slavery/post-investigation",
  },
  appTypes: {
    title: "APP Modern slavery, Appendix A: types of modern slavery and human trafficking",
    publisher: COP,
    url: "https://production.copweb.aws.college.police.uk/app/major-investigation-and-public-protection/modern-slavery/types-modern-slavery-and-human-trafficking",
  },
  appPartners: {
    title: "APP Modern slavery: partner agencies",
    publisher: COP,
    url: "https://www.college.police.uk/app/major-investigation-and-public-protection/modern-slavery/partner-agencies",
  },
  appLegislation: {
    title: "APP Modern slavery: additional relevant legislation",
    publisher: COP,
    url: "https://www.app.college.police.uk/app-content/major-investigation-and-public-protection/modern-slavery/additional-relevant-legislation/",
  },
  appIndex: {
    title: "APP Modern slavery (index)",
    publisher: COP,
    url: "https://www.app.college.police.uk/app-content/major-investigation-and-public-protection/modern-slavery/",
  },
  copAppNews: {
    title: "Strengthening the police response to modern slavery and human trafficking",
    publisher: COP,
    url: "https://production.copweb.aws.college.police.uk/article/strengthening-police-response-modern-slavery-and-human-trafficking",
  },
  policingSlavery: {
    title: "Investigating modern slavery",
    publisher: "Modern Slavery Police Transformation Programme (Policing Slavery)",
    url: "https://policingslavery.co.uk/modern-slavery-and-human-trafficking/investigating-modern-slavery/",
  },
  justiceAndCare: {
    title: "Victim Navigators",
    publisher: "Justice and Care",
    url: "https://justiceandcare.org/?p=563",
  },
  westMerciaPcc: {
    title: "PCC provides support for victims of modern slavery",
    publisher: "West Mercia Police and Crime Commissioner",
    url: "https://westmercia-pcc.gov.uk/pcc-provides-support-for-victims-of-modern-slavery",
  },
  placesOfSafetyDropped: {
    title: "Survivor support U-turn: our response",
    publisher: "After Exploitation",
    version: "4 December 2023",
    url: "https://afterexploitation.com/2023/12/04/survivor-support-u-turn-our-response",
  },
  msaS45: {
    title: "Modern Slavery Act 2015",
    section: "section 45",
    url: "https://legislation.gov.uk/id/ukpga/2015/30/section/45/1",
  },
  msaSchedule4: {
    title: "Modern Slavery Act 2015",
    section: "Schedule 4",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/schedule/4",
  },
  msaS51: {
    title: "Modern Slavery Act 2015",
    section: "section 51 (presumption about age)",
    publisher: "legislation.gov.uk (The National Archives)",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/section/51",
  },
  msaS52: {
    title: "Modern Slavery Act 2015",
    section: "section 52 (duty to notify)",
    publisher: "legislation.gov.uk (The National Archives)",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/section/52",
  },
  msaBill98S52: {
    title: "Modern Slavery Bill (HL Bill 98), as amended on report",
    section: "the clause that became section 52(3)",
    publisher: "UK Parliament",
    url: "https://publications.parliament.uk/pa/bills/lbill/2014-2015/0098/lbill_2014-20150098_en_6.htm",
  },
  msaS45Enacted: {
    title: "Modern Slavery Act 2015, section 45 (as enacted)",
    section: "subsections (5) to (7)",
    publisher: "legislation.gov.uk (The National Archives)",
    url: "https://www.legislation.gov.uk/ukpga/2015/30/section/45/enacted",
  },
  msaExplanatoryNotes: {
    title: "Modern Slavery Act 2015 Explanatory Notes",
    section: "paragraphs 241 to 243",
    url: "https://en.wikisource.org/wiki/Page:Modern_Slavery_Act_2015_Explanatory_Notes.pdf/36",
  },
  circular0252015: {
    title: "Circular 025/2015: duty to notify the Home Office of suspected victims of modern slavery",
    publisher: HO,
    url: "https://www.gov.uk/government/publications/circular-025-2015-duty-to-notify-the-home-office-of-suspected-victims-of-modern-slavery",
  },
  helplineDutyToNotify: {
    title: "Duty to Notify",
    publisher: "Modern Slavery & Exploitation Helpline (Unseen)",
    url: "https://www.modernslaveryhelpline.org/learn-more/frontline-professionals/duty-to-notify",
  },
  ukdsDataset: {
    title: "NRM and Duty to Notify dataset description (study 8910)",
    publisher: "UK Data Service",
    url: "https://datacatalogue.ukdataservice.ac.uk/studies/study/8910",
  },
  wmasnConsent: {
    title: "First responders and consent",
    publisher: "West Midlands Anti-Slavery Network",
    url: "https://westmidlandsantislavery.org/first-responders-and-consent/",
  },
  wmasnSupport: {
    title: "Support available in the NRM",
    publisher: "West Midlands Anti-Slavery Network",
    url: "https://westmidlandsantislavery.org/support-available-in-the-nrm/",
  },
  proActionHerts: {
    title: "Modern slavery referral process has moved online",
    publisher: "Pro-Action Hertfordshire",
    version: "20 September 2019",
    url: "https://www.pro-actionherts.org/index.php?p=news/modern-slavery-cse-human-trafficking-process-has-moved-to-online",
  },
  yjlcStatutoryGuidance: {
    title: "Home Office statutory guidance: Modern Slavery Act 2015 (summary)",
    publisher: "Youth Justice Legal Centre",
    url: "https://yjlc.uk/resources/legal-updates/home-office-statutory-guidance-modern-slavery-act-2015",
  },
  northYorksSab: {
    title: "Forms for people working with adults (NRM)",
    publisher: "North Yorkshire Safeguarding Adults Board",
    url: "https://safeguardingadults.co.uk/working-with-adults/forms-for-people-working-with-adults/",
  },
  ictgInterimGuidance: {
    title: "Interim guidance for independent child trafficking guardians",
    publisher: HO,
    version: "updated May 2024",
    url: "https://www.gov.uk/government/publications/child-trafficking-advocates-early-adopter-sites/interim-guidance-for-independent-child-trafficking-guardians-accessible-version",
  },
  nctcGuardianship: {
    title: "Independent Child Trafficking Guardianship service",
    publisher: "Barnardo's National Counter Trafficking Centre",
    url: "https://nctc.org.uk/guardianship-service",
  },
  lancsIctg: {
    title: "Independent Child Trafficking Guardian service",
    publisher: "Lancashire safeguarding partnership",
    url: "https://www.safeguardingpartnership.org.uk/independent-child-trafficking-guardian-service/",
  },
  childToAdultPack: {
    title: "Information pack for young people in the NRM turning 18",
    publisher: HO,
    version: "13 February 2026",
    url: "https://www.gov.uk/government/publications/national-referral-mechanism-child-to-adult-transition",
  },
  helplineCall: {
    title: "What happens when you call the Helpline",
    publisher: "Modern Slavery & Exploitation Helpline (Unseen)",
    url: "https://www.modernslaveryhelpline.org/about/what-happens-when-you-call-the-helpline",
  },
  helplineSpotSigns: {
    title: "Spot the signs",
    publisher: "Modern Slavery & Exploitation Helpline (Unseen)",
    url: "https://www.modernslaveryhelpline.org/about/spot-the-signs",
  },
  helplineStatutory: {
    title: "Statutory agencies",
    publisher: "Modern Slavery & Exploitation Helpline (Unseen)",
    url: "https://www.modernslaveryhelpline.org/information/statutory",
  },
  salvationArmyReferring: {
    title: "Referring victims",
    publisher: "The Salvation Army",
    url: "https://www.salvationarmy.org.uk/referring-victims",
  },
  salvationArmySurvivors: {
    title: "Supporting survivors of modern slavery",
    publisher: "The Salvation Army",
    url: "https://www.salvationarmy.org.uk/modern-slavery/supporting-survivors",
  },
  salvationArmyContract: {
    title: "New victim care contract",
    publisher: "The Salvation Army",
    url: "https://www.salvationarmy.org.uk/modern-slavery/new-victim-care-contract",
  },
  msvccContactAnswer: {
    title: "Written answer: slavery victim support schemes",
    publisher: HO,
    url: "https://www.parallelparliament.co.uk/question/90104/slavery-victim-support-schemes",
  },
  recoveryPeriodStatement: {
    title: "Ministerial statement: minimum recovery period of 30 days",
    publisher: HO,
    version: "effective 13 December 2022",
    url: "https://www.parliamenttoday.com/members/viewnews.html?id=141715",
  },
  npccMsoicuNrm: {
    title: "The National Referral Mechanism",
    publisher: "NPCC Modern Slavery and Organised Immigration Crime Unit",
    url: "https://www.npcc-msoicu.co.uk/about-msoic/the-national-referral-mechanism/",
  },
  nabaS60: {
    title: "Nationality and Borders Act 2022",
    section: "section 60",
    url: "https://crimeline.co.uk/legislationdisplay/?leg=%2Fukpga%2F2022%2F36%2Fsection%2F60%2F2024-04-25",
  },
  nabaS65: {
    title: "Nationality and Borders Act 2022",
    section: "section 65",
    url: "https://legislation.gov.uk/id/ukpga/2022/36/section/65",
  },
  nabaS63: {
    title: "Nationality and Borders Act 2022",
    section: "section 63 (public order disqualification)",
    url: "https://legislation.gov.uk/ukpga/2022/36/section/63/data.html",
  },
  postCgSupport: {
    title: "Support in England and Wales after a positive conclusive grounds decision",
    publisher: HO,
    version: "22 January 2026",
    url: "https://www.gov.uk/government/publications/support-for-confirmed-victims-of-modern-slavery/support-in-england-and-wales-after-a-positive-conclusive-grounds-decision-accessible",
  },
  mkGega: {
    title: "MK v R; Gega v R [2018] EWCA Crim 667",
    url: "https://caselaw.nationalarchives.gov.uk/ewca/crim/2018/667",
  },
  cpsGuidance: {
    title: "Modern slavery, human trafficking and smuggling (legal guidance)",
    publisher: "Crown Prosecution Service",
    section: "Part 2: modern slavery non-prosecution principles and defences, including section 45",
    version: "updated 22 December 2023",
    url: "https://www.cps.gov.uk/legal-guidance/modern-slavery-human-trafficking-and-smuggling",
  },
  barlowS45: {
    title: "s45: relevant authorities",
    publisher: "Craig Barlow (secondary source quoting the CPS guidance)",
    url: "https://craigbarlow.co.uk/trafficking-criminal-exploitation-law-research-practice/law/s45-relevant-authorities/",
  },
  vclAn: {
    title: "V.C.L. and A.N. v United Kingdom (ECtHR, 77587/12 and 74603/12)",
    version: "judgment 16 February 2021",
    url: "https://www.asylumlawdatabase.eu/en/content/ecthr-%E2%80%93-vcl-and-v-united-kingdom-applications-nos-7758712-and-7460312-16-february-2021",
  },
  brecani: {
    title: "R v Brecani [2021] EWCA Crim 731",
    url: "https://caselaw.nationalarchives.gov.uk/ewca/crim/2021/731",
  },
  yjlcJoseph: {
    title: "Court restates defence of duress for child victims of trafficking (R v Joseph [2017] EWCA Crim 36)",
    publisher: "Youth Justice Legal Centre",
    url: "https://yjlc.uk/resources/legal-updates/court-restates-defence-duress-child-victims-trafficking",
  },
  policeProtectionFrg: {
    title: "Police protection (A to Z of terms)",
    publisher: "Family Rights Group",
    url: "https://frg.org.uk/get-help-and-advice/a-z-of-terms/police-protection/",
  },
  policeProtectionEastRiding: {
    title: "Police protection",
    publisher: "East Riding children's services procedures",
    url: "https://eastridingcs.trixonline.co.uk/chapter/police-protection",
  },
  nrpfAdults: {
    title: "Practice guidance (adults): victims of trafficking and modern slavery",
    publisher: "NRPF Network",
    url: "https://guidance.nrpfnetwork.org.uk/reader/practice-guidance-adults/victims-of-trafficking-and-modern-slavery/",
  },
  careActS42: {
    title: "Care Act 2014",
    section: "section 42",
    url: "https://www.legislation.gov.uk/ukpga/2014/23/section/42",
  },
  iascCrimeRecording: {
    title: "Crime recording",
    publisher: "Independent Anti-Slavery Commissioner",
    url: "https://www.antislaverycommissioner.co.uk/priorities/priority-2-law-enforcement-criminal-justice/crime-recording/",
  },
  crimeRecordingRules2024: {
    title: "Home Office Crime Recording Rules for frontline officers and staff",
    publisher: HO,
    version: "updated 15 March 2024",
    url: "https://www.govwire.co.uk/news/home-office/guidance-home-office-crime-recording-rules-for-frontline-officers-staff-83239",
  },
  ncaMshtu: {
    title: "A day in the life: Modern Slavery Human Trafficking Unit",
    publisher: "National Crime Agency",
    url: "https://nationalcrimeagency.gov.uk/careers/a-day-in-the-life/a-day-in-the-life-modern-slavery-human-trafficking-unit-mshtu",
  },
  oldNcaNumberPage: {
    title: "Trafficking (page listing the NCA MSHTU number)",
    publisher: "Herts Rape Crisis",
    url: "https://hertsrapecrisis.org.uk/trafficking/",
  },
  ncaThreats: {
    title: "Modern slavery and human trafficking",
    publisher: "National Crime Agency",
    url: "https://nationalcrimeagency.gov.uk/what-we-do/crime-threats/modern-slavery-and-human-trafficking",
  },
  devonCornwallLeph: {
    title: "Modern slavery",
    publisher: "Devon and Cornwall Law Enforcement and Public Health partnership",
    url: "https://www.mecclink.co.uk/devon-and-cornwall-leph/modern-slavery/",
  },
  humber: {
    title: "Modern slavery",
    publisher: "Humber Modern Slavery Partnership",
    url: "https://humberantislave.co.uk/modern-slavery",
  },
  cityHearts: {
    title: "Spot the signs",
    publisher: "City Hearts",
    url: "https://cityhearts.global/spot-signs",
  },
  hestia: {
    title: "Modern slavery response",
    publisher: "Hestia",
    url: "https://www.hestia.org/modernslaveryresponse",
  },
  nidirect: {
    title: "Help and support for victims of human trafficking and slavery",
    publisher: "nidirect",
    url: "https://www.nidirect.gov.uk/articles/help-and-support-victims-human-trafficking-and-slavery",
  },
  lichfield: {
    title: "Modern day slavery",
    publisher: "Lichfield District Council",
    url: "https://lichfielddc.gov.uk/community/modern-day-slavery/2",
  },
  redCrossEarlySupport: {
    title: "Early support for survivors of trafficking",
    publisher: "British Red Cross",
    url: "https://www.redcross.org.uk/about-us/what-we-do/we-speak-up-for-change/human-trafficking-and-slavery/early-support-for-survivors-of-trafficking",
  },
  atleuMsvcc: {
    title: "The Victim Care Contract (MSVCC)",
    publisher: "Anti-Trafficking and Labour Exploitation Unit",
    url: "https://athub.org.uk/knowledge-base/the-victim-care-contract-msvcc/",
  },
  vtsGuidance: {
    title: "Temporary permission to stay for victims of human trafficking or slavery: caseworker guidance",
    publisher: HO,
    version: "4.0, 24 October 2024",
    url: "https://gov.uk/government/publications/temporary-permission-to-stay-for-victims-of-human-trafficking-and-slavery-caseworker-guidance/temporary-permission-to-stay-considerations-for-victims-of-human-trafficking-or-slavery",
  },
  scotlandGuide: {
    title: "Human Trafficking and Exploitation (Scotland) Act 2015: guide",
    publisher: "Scottish Government",
    url: "https://gov.scot/publications/human-trafficking-exploitation-scotland-act-2015-guide/pages/3",
  },
  npccHestiaResponse: {
    title: "Hestia 'The hidden victims' super-complaint: NPCC response to recommendations",
    publisher: "NPCC Modern Slavery and Organised Immigration Crime Unit",
    section: 'Summary of MSOICU Action (the 2020 "Initial Safeguarding Actions")',
    version: "response to recommendations due 26 November 2021",
  },
  zebraTypes: {
    title: "Types of modern slavery",
    publisher: "Zebra Creative (secondary source; matches Home Office lists)",
    url: "https://zebracreativedemo.co.uk/types-of-modern-slavery",
  },
  buryNews: {
    title: "Safeguarding adults board: latest news (NRM consent changes)",
    publisher: "Bury Safeguarding Partnership",
    url: "https://burysafeguardingpartnership.bury.gov.uk/bury-safeguarding-adult-board-latest-news",
  },
  // Sources added after the December 2026 content audit.
  helenBamberCapacity: {
    title: "Mental capacity and referral of a victim of human trafficking",
    publisher: "Helen Bamber Foundation",
    section: "quoting the statutory guidance (version 2.0, paragraphs 5.28 and 5.30)",
    url: "https://www.helenbamber.org/resources/reportsbriefings/mental-capacity-and-referral-victim-human-trafficking",
  },
  mentalCapacityAct: {
    title: "Mental Capacity Act 2005",
    section: "sections 1 to 4 (principles, capacity, best interests)",
    publisher: "legislation.gov.uk (The National Archives)",
    url: "https://www.legislation.gov.uk/ukpga/2005/9/contents",
  },
  gloucestershireSabCapacity: {
    title: "Capacity and consent",
    publisher: "Gloucestershire Safeguarding Adults Board",
    url: "https://www.gloucestershire.gov.uk/gsab/i-am-a-professional/safeguarding-an-overview-for-practitioners/capacity-and-consent",
  },
  nabaS62S64: {
    title: "Nationality and Borders Act 2022",
    section: "sections 62 to 64 (further reasonable grounds decisions; support during the recovery period)",
    publisher: "legislation.gov.uk (The National Archives)",
    url: "https://legislation.gov.uk/ukpga/2022/36/section/64/data.html",
  },
  nabaCommencement: {
    title:
      "Nationality and Borders Act 2022 (Commencement No. 4, Transitional and Saving Provisions) Regulations 2023 and earlier orders",
    publisher: "legislation.gov.uk (The National Archives)",
    url: "https://www.legislation.gov.uk/uksi/2023/450/earlier-orders/made/data.html",
  },
  abwJudgment: {
    title: "R (ABW) v Secretary of State for the Home Department [2025] EWHC 3280 (Admin)",
    version: "judgment 17 December 2025",
    url: "https://www.iclr.co.uk/document/2025038770/2025ewhc3280admin_TNA/html",
  },
  rightToRemainBsaia: {
    title: "The Border Security, Asylum and Immigration Act 2025 is now law: what does this mean for our communities?",
    publisher: "Right to Remain",
    url: "https://righttoremain.org.uk/the-border-security-asylum-immigration-act-2025-is-now-law-what-does-this-mean-for-our-communities",
  },
  nrmStats2023: {
    title: "Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK, end of year summary 2023",
    publisher: "Home Office",
    version: "published 7 March 2024",
    url: "https://www.gov.uk/government/statistics/modern-slavery-nrm-and-dtn-statistics-end-of-year-summary-2023/modern-slavery-national-referral-mechanism-and-duty-to-notify-statistics-uk-end-of-year-summary-2023",
  },
  lgaRefusalReasons: {
    title: "Supporting modern slavery victims: guidance and good practice for council homelessness services",
    publisher: "Local Government Association",
    url: "https://www.local.gov.uk/publications/supporting-modern-slavery-victims-guidance-and-good-practice-council-homelessness",
  },
  ictgTender: {
    title: "Independent Child Trafficking Guardianship (ICTG) Service: tender notice 056744-2025",
    publisher: "Home Office, on Find a Tender",
    version: "2025",
    url: "https://www.find-tender.service.gov.uk/Notice/056744-2025",
  },
  ictgAward: {
    title: "ICTG service contract award: Barnardo's, from 6 July 2026 (summary of the award notice)",
    publisher: "d3tenders",
    version: "awarded 19 June 2026",
    url: "https://d3tenders.com/contract/?ocid=ocds-h6vhtk-059ac1",
  },
  ictgWales: {
    title: "Independent Child Trafficking Guardian service notice (Wales already covered)",
    publisher: "Home Office, on Contracts Finder",
    version: "23 July 2020",
    url: "https://www.contractsfinder.service.gov.uk/Notice/5afba633-a13e-4b39-bb2f-709a2787a940",
  },
  sswbaPart7: {
    title: "Social Services and Well-being (Wales) Act 2014",
    section: "Part 7 (safeguarding): sections 126 to 130",
    publisher: "legislation.gov.uk (The National Archives)",
    url: "https://www.legislation.gov.uk/anaw/2014/4/part/7",
  },
  walesSafeguardingProcedures: {
    title: "Wales Safeguarding Procedures: duty to report",
    publisher: "Wales Safeguarding Procedures",
    url: "https://safeguarding.wales/en/chi-i/chi-i-c2/c2-p4",
  },
  cardiffValeDutyToReport: {
    title: "Duty to report",
    publisher: "Cardiff and Vale Regional Safeguarding Board",
    url: "https://www.cardiffandvalersb.co.uk/adults/professionals/duty-to-report/",
  },
  lancsWelshIctgForm: {
    title: "Independent Child Trafficking Guardian service (including the Welsh-language referral form)",
    publisher: "Lancashire safeguarding partnership",
    url: "https://www.safeguardingpartnership.org.uk/independent-child-trafficking-guardian-service/",
  },
  londonCouncilsRg: {
    title: "Asylum, homelessness and modern slavery (member briefing)",
    publisher: "London Councils",
    url: "https://archive.londoncouncils.gov.uk/members-area/member-briefings/crime-and-public-protection/asylum-homelessness-and-modern-slavery",
  },
  cgAfter30Days: {
    title: "Written answer: slavery victims (48206)",
    publisher: "Home Office, via Parallel Parliament",
    url: "https://parallelparliament.co.uk/question/48206/slavery-victims",
  },
  landmarkReconsideration: {
    title: "Ongoing challenge to SSHD's policy regarding the identification of victims of trafficking",
    publisher: "Landmark Chambers",
    section: "reconsideration at paragraphs 14.216 to 14.228 of version 3.12",
    url: "https://landmarkchambers.co.uk/news-and-cases/ongoing-challenge-to-sshds-policy-regarding-the-identification-of-victims-of-trafficking",
  },
  freeMovementSept2025: {
    title: "Home Office amends modern slavery guidance to facilitate returns to France following High Court decision",
    publisher: "Free Movement",
    version: "September 2025",
    url: "https://freemovement.org.uk/home-office-amends-modern-slavery-guidance-to-facilitate-returns-to-france-following-high-court-decision",
  },
  doughtyReEntry: {
    title: "Home Secretary to amend modern slavery statutory guidance to respect process for re-entry into trafficking support",
    publisher: "Doughty Street Chambers",
    url: "https://www.doughtystreet.co.uk/news/home-secretary-amend-modern-slavery-statutory-guidance-respect-process-re-entry-trafficking",
  },
  svmsAnswer: {
    title: "Written answer: human trafficking and slavery (77812)",
    publisher: "Home Office, via Parallel Parliament",
    version: "13 October 2025",
    url: "https://www.parallelparliament.co.uk/question/77812/human-trafficking-and-slavery",
  },
  wmasnNrmForm: {
    title: "How to do an NRM form",
    publisher: "West Midlands Anti-Slavery Network",
    url: "https://westmidlandsantislavery.org/how-to-do-an-nrm-form/",
  },
  devolvedPilotsGrant: {
    title: "Piloting devolved decision-making for child victims of modern slavery (grant)",
    publisher: "Home Office, on Find a grant",
    url: "https://find-government-grants.service.gov.uk/grants/piloting-devolved-decision-making-for-child-victims-of-modern-slavery-1",
  },
  devolvedPilotsGuidance: {
    title: "Decision-making guidance for pilot sites in England and Wales",
    publisher: "Home Office",
    url: "https://gov.uk/government/publications/piloting-devolving-decision-making-for-child-victims-of-modern-slavery/decision-making-guidance-for-pilot-sites-in-england-and-wales-accessible-version",
  },
  scotlandGuideDtn: {
    title: "Human Trafficking and Exploitation (Scotland) Act 2015: guide (duty to notify)",
    publisher: "Scottish Government",
    url: "https://beta.gov.scot/publications/human-trafficking-exploitation-scotland-act-2015-guide/pages/6/",
  },
  scotlandSupportRegs: {
    title: "The Human Trafficking and Exploitation (Scotland) Act 2015 (Support for Victims) Regulations 2018 (SSI 2018/90)",
    publisher: "legislation.gov.uk (The National Archives)",
    url: "https://www.legislation.gov.uk/ssi/2018/90/made",
  },
  helplineAccessingSupport: {
    title: "Accessing support",
    publisher: "Modern Slavery & Exploitation Helpline (Unseen)",
    url: "https://www.modernslaveryhelpline.org/learn-more/frontline-professionals/accessing-support",
  },
  brecaniCommentary: {
    title: "R v Brecani: a major setback for victims of child criminal exploitation",
    publisher: "Youth Justice Legal Centre",
    url: "https://yjlc.uk/resources/legal-updates/r-v-brecani-major-setback-victims-child-criminal-exploitation",
  },
  cheshireSupport: {
    title: "Support for victims of human trafficking and modern slavery",
    publisher: "Cheshire Constabulary",
    url: "https://www.cheshire.police.uk/advice-and-support/modern-slavery-and-human-trafficking/support-for-victims-of-human-trafficking-and-modern-slavery/",
  },
} as const satisfies Record<string, Source>;
