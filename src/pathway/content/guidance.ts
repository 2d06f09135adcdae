// Explanations the decision shows beside the route: what to tell the person,
// what happens next, section 45 considerations and notes. Considerations,
// never verdicts.
import type { GuidanceItem } from "../model/contentSchema";
import { confirmed, verify } from "./review";
import { SCHEDULE4_LIST_PROVENANCE } from "./schedule4List";
import { SRC } from "./sources";

const CONSENT_NOTE =
  "Taken from a regional network's summary of the statutory guidance; check the wording against the current guidance.";

export const GUIDANCE: GuidanceItem[] = [
  // What informed consent must cover.
  {
    id: "consent-what-nrm-is",
    group: "informed-consent",
    title: "Explain what the NRM is",
    text: "The National Referral Mechanism is the UK framework for identifying people who may be victims of modern slavery and making sure they get support. The person does not have to see themselves as a victim.",
    provenance: verify(CONSENT_NOTE, SRC.nrmAdultGuidance, SRC.wmasnConsent),
  },
  {
    id: "consent-support",
    group: "informed-consent",
    title: "Explain the support it can bring",
    text: "After a positive reasonable grounds decision, adults can get specialist support such as safe accommodation where needed, a support worker, financial support, healthcare, interpreting and legal advice.",
    provenance: verify(CONSENT_NOTE, SRC.wmasnConsent, SRC.salvationArmyContract),
  },
  {
    id: "consent-outcomes",
    group: "informed-consent",
    title: "Explain the possible outcomes",
    text: "A Home Office competent authority decides first whether there are reasonable grounds, then makes a conclusive grounds decision. Either decision can be positive or negative.",
    provenance: verify(CONSENT_NOTE, SRC.wmasnConsent, SRC.nrmAdultGuidance),
  },
  {
    id: "consent-information-shared",
    group: "informed-consent",
    title: "Explain that information is shared",
    text: "The competent authority may ask for or share information with other public authorities, such as the police and local authorities.",
    provenance: verify(CONSENT_NOTE, SRC.wmasnConsent),
  },
  {
    id: "consent-if-no",
    group: "informed-consent",
    title: "Explain what happens if they say no",
    text: "If they do not consent, the police still notify the Home Office, but without anything that identifies them, and they do not get NRM support. They can agree to a referral later.",
    provenance: verify(
      "The exact wording of section 52(3) was not confirmed.",
      SRC.nrmAdultGuidance,
      SRC.ukdsDataset,
      SRC.msaS51S52,
    ),
  },

  // Referral notes.
  {
    id: "dtn-no-identifying-details",
    group: "referral",
    title: "Duty to Notify: nothing that identifies the person",
    text: "For an adult who has not consented, the notification must not include information that identifies them. As a general rule it was expected to include details such as nationality and the type of exploitation.",
    provenance: verify(
      "Section 52(3) and the current online form fields were not confirmed against the live sources.",
      SRC.msaS51S52,
      SRC.msaExplanatoryNotes,
    ),
  },
  {
    id: "dtn-purpose",
    group: "referral",
    title: "Why the Duty to Notify matters",
    text: "Notifications build a fuller picture of modern slavery, including adults who do not want to enter the NRM. No Duty to Notify is needed when an NRM referral is made.",
    provenance: confirmed(SRC.appFirstResponse, SRC.msaExplanatoryNotes, SRC.helplineDutyToNotify),
  },
  {
    id: "child-no-consent-needed",
    group: "referral",
    title: "Children: safeguard first, then refer, without consent",
    text: "A child cannot be notified through the Duty to Notify and does not have to consent to an NRM referral. The NRM referral comes in addition to the usual child safeguarding referral.",
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.yjlcStatutoryGuidance),
  },
  {
    id: "referred-adult-withdraws",
    group: "referral",
    title: "An adult in the NRM can withdraw",
    text: "Any adult in the NRM can withdraw, verbally or in writing. A verbal decision goes through a professional in a first responder organisation, who has an informed conversation and returns the withdrawal form to the competent authority.",
    provenance: confirmed(SRC.childToAdultPack, SRC.buryNews),
  },
  {
    id: "referred-adult-consent-to-stay",
    group: "referral",
    title: "If they were referred as a child",
    text: "If they were referred as a child and turned 18 before a conclusive grounds decision, they must consent to stay in the NRM; since 13 February 2026 this can be given verbally or in writing through a professional at a first responder organisation, who has an informed conversation and signs and returns the form. Any adult can withdraw the same way.",
    provenance: confirmed(SRC.buryNews, SRC.childToAdultPack),
  },

  // Age.
  {
    id: "age-uncertain-treated-as-child",
    group: "age",
    title: "Age uncertain: treated as a child",
    text: "Where a public authority is not sure of a person's age but has reasonable grounds to believe they may be under 18, it must treat them as under 18 until a local authority age assessment or another decision settles it (Modern Slavery Act 2015, section 51).",
    provenance: verify(
      "Section 51 was amended by the Nationality and Borders Act 2022 section 60; the current wording was not confirmed.",
      SRC.msaS51S52,
      SRC.ictgInterimGuidance,
    ),
  },

  // What happens next.
  {
    id: "next-reasonable-grounds",
    group: "next-steps",
    title: "Reasonable grounds decision, usually within 5 working days",
    text: "A competent authority decides on the papers whether there are reasonable grounds to believe the person is a victim, usually within 5 working days of the referral. The detail in the referral matters.",
    provenance: confirmed(SRC.helplineStatutory, SRC.salvationArmyReferring, SRC.nabaS60, SRC.npccMsoicuNrm),
  },
  {
    id: "next-recovery-period",
    group: "next-steps",
    title: "Recovery period of at least 30 days",
    text: "After a positive reasonable grounds decision there is a recovery period of at least 30 days, and adults get specialist support until the conclusive grounds decision. (Older pages that say 45 days are out of date for England and Wales.)",
    provenance: confirmed(SRC.recoveryPeriodStatement, SRC.npccMsoicuNrm),
  },
  {
    id: "next-conclusive-grounds",
    group: "next-steps",
    title: "Conclusive grounds decision, on the balance of probabilities",
    text: "The competent authority then decides whether, on the balance of probabilities, the person is a victim of modern slavery.",
    provenance: confirmed(SRC.nabaS60),
  },
  {
    id: "next-move-on",
    group: "next-steps",
    title: "Move-on support of at least 45 days",
    text: "After a positive conclusive grounds decision, adults get at least 45 days of move-on support. A Recovery Needs Assessment can show that longer support is needed.",
    provenance: confirmed(SRC.postCgSupport),
  },
  {
    id: "next-msvcc-contact",
    group: "next-steps",
    title: "The support provider will try to make contact",
    text: "Where the person consents to support, the Salvation Army tries to contact them several times; if there is no contact within 48 hours, the person or their legal representative can contact the Salvation Army directly.",
    provenance: confirmed(SRC.msvccContactAnswer),
  },
  {
    id: "next-dtn-no-nrm-support",
    group: "next-steps",
    title: "No NRM support after a Duty to Notify",
    text: "An adult notified through the Duty to Notify does not get NRM support. Look for local support that does not depend on the NRM.",
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.redCrossEarlySupport),
  },

  // Support by stage.
  {
    id: "support-pre-nrm",
    group: "support",
    title: "Before referral: local arrangements",
    text: "There is no national places-of-safety service. Help before an NRM decision depends on local arrangements, such as funded emergency stays, victim navigators, reception centres and local authority duties.",
    provenance: confirmed(SRC.placesOfSafetyDropped, SRC.westMerciaPcc, SRC.justiceAndCare),
  },
  {
    id: "support-awaiting-rg",
    group: "support",
    title: "Adults waiting for the reasonable grounds decision",
    text: "For an adult, support from the Modern Slavery Victim Care Contract before a positive reasonable grounds decision may be available if they are destitute. Otherwise rely on local support until the decision.",
    provenance: verify(
      "The current emergency-accommodation rule before a reasonable grounds decision was not confirmed.",
      SRC.wmasnSupport,
    ),
  },
  {
    id: "support-recovery-period",
    group: "support",
    title: "Recovery period: Modern Slavery Victim Care Contract support (adults)",
    text: "For adults, support covers safe accommodation where needed, a support worker, financial support, healthcare, interpreting, specialist legal advice and transport to important appointments. People already housed get outreach support.",
    provenance: confirmed(SRC.salvationArmyContract, SRC.atleuMsvcc),
  },
  {
    id: "support-negative-decision",
    group: "support",
    title: "After a negative decision",
    text: "Reasonable and conclusive grounds decisions can be reconsidered (Annex E of the statutory guidance). Legal advice and local support matter most now.",
    provenance: confirmed(SRC.statutoryGuidanceChanges),
  },
  {
    id: "support-move-on",
    group: "support",
    title: "Adults after a positive conclusive grounds decision",
    text: "Move-on support for adults lasts at least 45 days, longer where a Recovery Needs Assessment shows a need. A person without leave may be granted temporary permission to stay as a victim, subject to public order disqualification.",
    provenance: confirmed(SRC.postCgSupport, SRC.nabaS65, SRC.vtsGuidance, SRC.nabaS63),
  },
  {
    id: "support-exited",
    group: "support",
    title: "Adults after leaving NRM support",
    text: "Reach-In support helps adults confirmed as victims with emerging needs after they leave the main service, such as jobs, counselling, English classes and translation; referrals go through the Salvation Army line.",
    provenance: confirmed(SRC.salvationArmyContract),
  },
  {
    id: "support-child-in-nrm",
    group: "support",
    title: "Children in the NRM: children's services, not the adult contract",
    text: "Children in the NRM are supported by the local authority's children's services (and the ICTG service where available), not by the adult victim care contract. Keep the child safeguarding route and any ICTG referral going alongside the NRM.",
    provenance: confirmed(
      SRC.nrmAdultGuidance,
      SRC.yjlcStatutoryGuidance,
      SRC.policeProtectionEastRiding,
      SRC.nctcGuardianship,
      SRC.salvationArmyContract,
    ),
  },
  {
    id: "support-declined",
    group: "support",
    title: "An adult who declines the NRM",
    text: "There is no NRM support. Options include the Helpline and charities, local authority safeguarding and housing, locally funded emergency help, and victim navigators where the force has them.",
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.helplineCall, SRC.redCrossEarlySupport, SRC.justiceAndCare),
  },

  // Area notes.
  {
    id: "area-wales-adult-safeguarding",
    group: "area",
    title: "Adult safeguarding in Wales",
    text: "The Care Act 2014 section 42 enquiry duty applies to local authorities in England. In a Welsh force area, follow the Welsh adult safeguarding procedure and check the local route with your safeguarding lead.",
    provenance: verify(
      "Not covered by the project's domain brief; confirm the Welsh safeguarding route locally.",
      SRC.careActS42,
    ),
  },
  {
    id: "area-btp-jurisdiction",
    group: "area",
    title: "British Transport Police: where the person was met",
    text: "The chief constable of British Transport Police is under the duty to notify. The Duty to Notify and the section 45 defence are England and Wales law: if the person was met in Scotland, Scottish law and procedures apply instead.",
    provenance: confirmed(SRC.helplineDutyToNotify, SRC.circular0252015, SRC.scotlandGuide),
  },

  // Section 45 considerations.
  {
    id: "s45-not-a-verdict",
    group: "section45",
    title: "Considerations, not a verdict",
    text: "Whether the defence applies is for investigators, the CPS and ultimately the court. Your part is to identify, safeguard, refer and record.",
    provenance: confirmed(SRC.appS45, SRC.mkGega),
  },
  {
    id: "s45-adult-limbs",
    group: "section45",
    title: "Adult defence (18 or over at the time of the act)",
    text: "The defence has these elements: the person did the act because they were compelled to; the compulsion is attributable to slavery or relevant exploitation; and a reasonable person in the same situation, with the person's relevant characteristics, would have had no realistic alternative to doing it. Compulsion can come from another person or from circumstances.",
    provenance: confirmed(SRC.msaS45, SRC.appS45),
  },
  {
    id: "s45-under-18-limbs",
    group: "section45",
    title: "Under-18 defence (under 18 at the time of the act)",
    text: "The defence has these elements: the person did the act as a direct consequence of being, or having been, a victim of slavery or relevant exploitation; and a reasonable person in the same situation, with the person's relevant characteristics, would do that act. No compulsion is needed.",
    provenance: confirmed(SRC.msaS45, SRC.appS45, SRC.yjlcJoseph),
  },
  {
    id: "s45-age-at-time-of-act",
    group: "section45",
    title: "The age that counts is age at the time of the act",
    text: "Which set of elements applies depends on the person's age when they did the act, not their age now. Someone who is an adult today may have been under 18 then.",
    provenance: confirmed(SRC.msaS45, SRC.appS45),
  },
  {
    id: "s45-age-uncertain-both",
    group: "section45",
    title: "Age uncertain: record evidence for both sets of elements",
    text: "It is not yet known whether the person was under 18 when they did the act, so either set of elements may apply. Record what bears on both: compulsion and whether they had a realistic alternative (adult), whether the act was a direct consequence of their exploitation (under 18), and anything that shows their age at the time. Treating them as a child for safeguarding and support does not decide which set applies.",
    provenance: confirmed(SRC.msaS45, SRC.appS45),
  },
  {
    id: "s45-definitions",
    group: "section45",
    title: "Relevant characteristics and relevant exploitation",
    text: "Relevant characteristics are age, sex and any physical or mental illness or disability. Relevant exploitation is exploitation attributable to the person being, or having been, a victim of human trafficking. An act includes an omission.",
    provenance: verify("Section 45(5) to (8) wording was checked against the Bill text, not the current Act.", SRC.msaS45),
  },
  {
    id: "s45-evidential-burden",
    group: "section45",
    title: "The person carries only an evidential burden",
    text: "The defendant has to raise evidence of each element; the prosecution must then disprove at least one element beyond reasonable doubt.",
    provenance: confirmed(SRC.mkGega),
  },
  {
    id: "s45-not-retrospective",
    group: "section45",
    title: "Only acts on or after 31 July 2015",
    text: "The defence came into force on 31 July 2015 and does not cover acts before then.",
    provenance: confirmed(SRC.cpsGuidance, SRC.yjlcJoseph),
  },
  {
    id: "s45-excluded-offence",
    group: "section45",
    title: "Schedule 4: the statutory defence does not apply to this offence",
    text: "The offence is listed in Schedule 4, so the section 45 defence is not available. The person may still be a victim: identify, safeguard and refer them. The CPS still considers other defences such as duress and whether prosecution is in the public interest.",
    provenance: confirmed(SRC.msaSchedule4, SRC.cpsGuidance),
  },
  {
    id: "s45-excluded-offence-unconfirmed",
    group: "section45",
    title: "Schedule 4: believed to exclude the defence (unconfirmed)",
    text: "This offence is believed to be listed in Schedule 4 (unconfirmed): check legislation.gov.uk before treating the defence as unavailable. Whatever the answer, the person may still be a victim: identify, safeguard and refer them.",
    provenance: verify(
      "This Schedule 4 entry was not seen in any stored primary text; it is listed from the domain brief and recollection.",
      SRC.msaSchedule4,
    ),
  },
  {
    id: "s45-conditional-exclusion",
    group: "section45",
    title: "Schedule 4 may exclude the defence for this offence",
    text: "This offence is listed in Schedule 4 only in some circumstances (see the condition shown). If those circumstances apply, the section 45 defence is not available; record the facts that show whether they do.",
    provenance: confirmed(SRC.msaSchedule4),
  },
  {
    id: "s45-conditional-unconfirmed",
    group: "section45",
    title: "Schedule 4 may exclude the defence for this offence (unconfirmed)",
    text: "This offence is believed to be listed in Schedule 4 in some circumstances (see the condition shown), but the listing is unconfirmed: check legislation.gov.uk before treating the defence as unavailable, and record the facts that show whether the circumstances apply.",
    provenance: verify(
      "This Schedule 4 entry was not seen in any stored primary text; it is listed from the domain brief and recollection.",
      SRC.msaSchedule4,
    ),
  },
  {
    id: "s45-not-found-in-list",
    group: "section45",
    title: "Not found in the Schedule 4 list held by this app",
    text: "The offence was not found in the Schedule 4 list held by this app (the list is incomplete; check legislation.gov.uk). Not being found here does not show that the defence is available.",
    provenance: SCHEDULE4_LIST_PROVENANCE,
  },
  {
    id: "s45-check-offence",
    group: "section45",
    title: "Check the offence against Schedule 4",
    text: "The offence is not known yet or could not be matched. Check it against the full Schedule 4 list once it is known.",
    provenance: confirmed(SRC.msaSchedule4),
  },
  {
    id: "s45-cps-four-stages",
    group: "section45",
    title: "The CPS four-stage approach",
    text: "1. Is there reason to believe the person is a victim of trafficking or slavery? 2. If so, is there clear evidence of a credible common law defence of duress? 3. If not, is there clear evidence of a section 45 defence? 4. If not, is prosecution in the public interest?",
    provenance: verify(
      "The stages were reconstructed from the older CPS structure and a secondary source; check against the current CPS guidance.",
      SRC.cpsGuidance,
      SRC.barlowS45,
    ),
  },
  {
    id: "s45-identify-before-prosecuting",
    group: "section45",
    title: "Identify before prosecuting (V.C.L. and A.N. v UK)",
    text: "Potential victims should be identified as soon as there is credible suspicion and, as far as possible, prosecuted only after an assessment of whether they were trafficked. Failing to do so breached Articles 4 and 6 of the Convention in that case.",
    provenance: confirmed(SRC.vclAn),
  },
  {
    id: "s45-refer-unless-clear-evidence",
    group: "section45",
    title: "Refer into the NRM unless there is clear evidence the person is not a victim",
    text: "The CPS guidance expects an NRM referral unless there is clear and sufficient evidence that the suspect is not a victim, even if a guilty plea is indicated. An adult suspect must still consent; without consent, the charging decision rests on other information.",
    provenance: verify("Quoted from the CPS guidance by a secondary source.", SRC.barlowS45, SRC.cpsGuidance),
  },
  {
    id: "s45-nrm-decision-not-evidence",
    group: "section45",
    title: "An NRM decision does not decide guilt",
    text: "A conclusive grounds decision is an administrative decision and is not itself evidence at a criminal trial; the jury decides the section 45 issues on the evidence. Record the person's account and the evidence yourself.",
    provenance: verify("The holding was summarised from the judgment's framing and commentary.", SRC.brecani),
  },
  {
    id: "s45-tell-interview-and-lawyer",
    group: "section45",
    title: "Raise it at interview and with the legal representative",
    text: "Make sure the possibility that the person is a victim is raised at interview and known to their legal representative.",
    provenance: confirmed(SRC.cpsGuidance, SRC.appS45),
  },
];
