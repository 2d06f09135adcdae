// Checkable actions at first contact. `priority` orders them by urgency
// (danger first); rules decide which apply to the person in front of you.
import type { Action } from "../model/contentSchema";
import { confirmed, verify } from "./review";
import { SRC } from "./sources";

export const ACTIONS: Action[] = [
  {
    id: "call-999",
    priority: 10,
    title: "Call 999 or request urgent assistance now",
    reason: "Someone is in immediate danger. Making people safe comes before every other step.",
    contacts: ["emergency-999"],
    provenance: confirmed(SRC.appFirstResponse),
  },
  {
    id: "make-safe",
    priority: 20,
    title: "Make the person safe",
    reason: "Frontline officers should first take immediate, effective steps to make a person suspected of being enslaved safe.",
    provenance: confirmed(SRC.appFirstResponse),
  },
  {
    id: "separate-and-speak-alone",
    priority: 30,
    title: "Separate the person from possible exploiters and speak to them alone",
    reason:
      "Other people present, including other possible victims, may be exploiters or under their influence and can stop the person speaking freely.",
    provenance: confirmed(SRC.policingSlavery),
  },
  {
    id: "get-medical-help",
    priority: 40,
    title: "Get medical help",
    reason:
      "The person has a medical need. Call an ambulance through 999 if it is urgent; otherwise arrange treatment before anything else that can wait.",
    contacts: ["emergency-999"],
    provenance: verify(
      "No separate police instruction on emergency medical needs was found; this follows the general health and welfare check.",
      SRC.policingSlavery,
    ),
  },
  {
    id: "check-health-and-welfare",
    priority: 50,
    title: "Check the person's health and welfare",
    reason: "Injuries, illness or trauma may not be obvious, and meeting welfare needs builds trust.",
    provenance: confirmed(SRC.policingSlavery, SRC.copAppNews),
  },
  {
    id: "independent-interpreter",
    priority: 60,
    title: "Use an independent professional interpreter",
    reason:
      "Never use a companion, a family member or anyone from the same workplace to interpret: people known to the person may be exploiters or under their influence, and the person may not speak freely.",
    provenance: confirmed(SRC.policingSlavery),
  },
  {
    id: "child-police-protection",
    priority: 70,
    title: "Consider police protection (Children Act 1989 section 46)",
    reason:
      "If you have reasonable cause to believe the child would otherwise be likely to suffer significant harm, you can remove them to, or keep them in, suitable accommodation for up to 72 hours without a court order. A designated officer must inquire into the case and the local authority must be told.",
    provenance: confirmed(SRC.policeProtectionFrg, SRC.policeProtectionEastRiding, SRC.appLegislation),
  },
  {
    id: "child-safeguarding-referral",
    priority: 80,
    title: "Make a child safeguarding referral to the local authority's children's services",
    reason:
      "An NRM referral for a child is made in addition to the usual child safeguarding referral (for example through the MASH), never instead of it.",
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.yjlcStatutoryGuidance),
  },
  {
    id: "treat-as-child",
    priority: 65,
    title: "Treat the person as a child until their age is assessed",
    reason:
      "Where there are reasonable grounds to believe a person may be under 18, the law requires them to be treated as a child until a local authority age assessment or another decision settles their age.",
    provenance: verify(
      "The wording of section 51 was amended in 2022; the current text was not confirmed.",
      SRC.msaS51S52,
      SRC.ictgInterimGuidance,
    ),
  },
  {
    id: "place-of-safety",
    priority: 100,
    title: "Find a place of safety and emergency accommodation",
    reason:
      "There is no national places-of-safety service, so emergency accommodation before an NRM decision depends on local arrangements such as funded emergency stays, reception centres or local authority duties. Check the local directory.",
    provenance: confirmed(SRC.placesOfSafetyDropped, SRC.westMerciaPcc),
  },
  {
    id: "immediate-needs",
    priority: 110,
    title: "Meet immediate needs: food, warm clothes, toiletries, money and a way to make calls",
    reason:
      "Meeting basic needs at once builds trust and helps the person engage. Check which local fund or service can provide these.",
    provenance: verify(
      'Housing, food, clothes, toiletries and money are listed in the NPCC MSOICU 2020 "Initial Safeguarding Actions" as the NPCC describes them; that document itself was not seen. A phone was not found in police guidance.',
      SRC.npccHestiaResponse,
      SRC.justiceAndCare,
      SRC.copAppNews,
    ),
  },
  {
    id: "preserve-evidence",
    priority: 120,
    title: "Preserve evidence and use body-worn video",
    reason:
      "Once the scene is safe, gather what evidence you can, including body-worn video of where exploitation happened or where people lived. Note who holds passports and identity documents.",
    provenance: confirmed(SRC.policingSlavery),
  },
  {
    id: "first-account-only",
    priority: 130,
    title: "Take a first account, not a full interview",
    reason:
      "Record accurately what the person says at first contact. Trauma makes detailed, ordered recall hard. Full interviews come later, by trained officers under Achieving Best Evidence, with open questions.",
    provenance: confirmed(SRC.policingSlavery, SRC.appFirstResponse, SRC.appResponders),
  },
  {
    id: "contact-spoc-msvlo",
    priority: 140,
    title: "Contact the force modern slavery single point of contact, MSVLO or victim navigator",
    reason:
      "Supervisors should deploy a Modern Slavery Victim Liaison Officer or victim navigator where available, or name a single point of contact, and put a victim strategy in place. If you lack the expertise, tell your line manager or duty officer at once.",
    provenance: confirmed(SRC.appSupervisors, SRC.appFirstResponse),
  },
  {
    id: "nca-tactical-advice",
    priority: 150,
    title: "Consider NCA tactical advice",
    reason:
      "The National Crime Agency's Modern Slavery Human Trafficking Unit gives tactical advice around the clock to any agency dealing with a potential victim.",
    contacts: ["nca-mshtu"],
    provenance: confirmed(SRC.ncaMshtu),
  },
  {
    id: "helpline-advice",
    priority: 160,
    title: "Use the Modern Slavery & Exploitation Helpline for advice",
    reason: "The Helpline gives free, confidential advice around the clock and is itself a first responder.",
    contacts: ["modern-slavery-helpline"],
    provenance: confirmed(SRC.helplineCall),
  },
  {
    id: "ask-informed-consent",
    priority: 170,
    title: "Ask for informed consent to an NRM referral",
    reason:
      "An adult must consent to an NRM referral. Explain what the NRM is, the support it brings, the possible outcomes, and that information is shared with other authorities such as police and local authorities; then ask.",
    provenance: verify(
      "What informed consent must cover comes from a regional network's summary of the statutory guidance.",
      SRC.nrmAdultGuidance,
      SRC.wmasnConsent,
    ),
  },
  {
    id: "nrm-referral-adult",
    priority: 180,
    title: "Make the NRM referral (the person consents)",
    reason:
      "Use the online referral system. The first decision is made on the papers, so include your own observations and as much specific evidence as you can.",
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.npccMsoicuNrm),
  },
  {
    id: "nrm-referral-child",
    priority: 181,
    title: "Make the NRM referral (child: no consent needed)",
    reason:
      "Anyone under 18, or who may be under 18, must be referred into the NRM; children do not have to consent and cannot be notified by Duty to Notify. Safeguard first, then refer.",
    provenance: confirmed(SRC.nrmAdultGuidance),
  },
  {
    id: "duty-to-notify",
    priority: 182,
    title: "Submit a Duty to Notify with nothing that identifies the person",
    reason:
      "The adult does not consent to an NRM referral, so the police duty to notify the Home Office is met by a Duty to Notify instead. Do not include anything that identifies the person.",
    provenance: verify(
      "The exact wording of section 52(3) and the current form fields were not confirmed.",
      SRC.msaS51S52,
      SRC.nrmAdultGuidance,
      SRC.msaExplanatoryNotes,
    ),
  },
  {
    id: "msvcc-support",
    priority: 183,
    title: "Ask whether the person wants support from the Modern Slavery Victim Care Contract",
    reason:
      "Consent to this support can be given at the time of the NRM referral; the Salvation Army then tries several times to contact the person.",
    contacts: ["salvation-army-msvcc"],
    provenance: confirmed(SRC.msvccContactAnswer, SRC.salvationArmySurvivors),
  },
  {
    id: "ictg-referral",
    priority: 184,
    title: "Refer to the Independent Child Trafficking Guardian service where it covers the area",
    reason: "Where the service is available, a first responder refers the child to it as well as making the NRM referral.",
    contacts: ["ictg-assessment-line"],
    provenance: verify(
      "The service covers about two-thirds of local authority areas and coverage changes; check the area and the referral route.",
      SRC.nctcGuardianship,
      SRC.lancsIctg,
      SRC.ictgInterimGuidance,
    ),
  },
  {
    id: "update-existing-referral",
    priority: 185,
    title: "Send new information to the competent authority on the existing referral",
    reason:
      "The person is already in the NRM: do not start again. Quote the referral reference when you send new information, and contact their support worker if they have one.",
    provenance: verify(
      "How the online system handles later information was described in 2019 and may have changed.",
      SRC.proActionHerts,
      SRC.atleuMsvcc,
    ),
  },
  {
    id: "offer-nrm-later",
    priority: 186,
    title: "Tell the person they can still be referred later",
    reason: "An adult who declines now can be referred into the NRM later if they change their mind.",
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.helplineCall),
  },
  {
    id: "adult-safeguarding-referral",
    priority: 190,
    title: "Make an adult safeguarding referral where the person has care and support needs",
    reason:
      "Modern slavery is a form of abuse. Local authority adult services should be told at once; safeguarding runs alongside the NRM, not instead of it, and immigration status does not prevent it.",
    provenance: confirmed(SRC.careActS42, SRC.nrpfAdults, SRC.northYorksSab),
  },
  {
    id: "record-crime",
    priority: 200,
    title: "Record a crime and flag it as modern slavery",
    reason:
      "The crime recording rules require NRM referrals to be recorded as crimes, and modern slavery offences should be flagged on force systems. Check your force's timescale for recording.",
    provenance: confirmed(SRC.iascCrimeRecording, SRC.crimeRecordingRules2024, SRC.appPostInvestigation),
  },
  {
    id: "submit-intelligence",
    priority: 210,
    title: "Check and submit intelligence",
    reason:
      "Check other information and intelligence about the place and the people, and record what you have learnt for intelligence.",
    provenance: verify(
      "A specific requirement to submit an intelligence report at first contact was not confirmed; follow force policy.",
      SRC.policingSlavery,
      SRC.appIndex,
    ),
  },
  {
    id: "look-for-more-victims",
    priority: 220,
    title: "Find out whether there may be more victims",
    reason: "Others may be at the same address or workplace, or under the same control, and need safeguarding too.",
    provenance: confirmed(SRC.policingSlavery),
  },
  {
    id: "suspect-treat-as-victim",
    priority: 230,
    title: "Treat the suspect as a possible victim too, and record the signs",
    reason:
      "Potential victims should be identified as soon as there is credible suspicion and, as far as possible, assessed before any decision to prosecute.",
    provenance: confirmed(SRC.vclAn, SRC.cpsGuidance),
  },
  {
    id: "suspect-record-s45",
    priority: 240,
    title: "Record what investigators and the CPS need to assess section 45",
    reason:
      "Record the person's own account of compulsion and exploitation, their age, their circumstances, who controlled them, and the indicators you saw.",
    provenance: confirmed(SRC.cpsGuidance, SRC.appS45),
  },
  {
    id: "suspect-early-cps-advice",
    priority: 250,
    title: "Seek early CPS advice",
    reason: "Early advice is strongly recommended in modern slavery cases.",
    contacts: ["cps-complex-casework"],
    provenance: confirmed(SRC.cpsGuidance),
  },
];
