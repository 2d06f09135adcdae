// The decision rules. Each fires when all its conditions hold. The referral,
// section 45 status and support stage must each be set by exactly one rule for
// every possible set of facts; the content validator checks that exhaustively.
import type { Rule } from "../model/contentSchema";
import { confirmed, verify } from "./review";
import { SCHEDULE4_LIST_PROVENANCE } from "./schedule4List";
import { SRC } from "./sources";

const NOT_REFERRED_YET = { alreadyReferred: false } as const;

export const RULES: Rule[] = [
  // Always.
  {
    id: "first-contact-baseline",
    when: [],
    then: {
      actions: [
        "make-safe",
        "separate-and-speak-alone",
        "check-health-and-welfare",
        "immediate-needs",
        "preserve-evidence",
        "first-account-only",
        "contact-spoc-msvlo",
        "nca-tactical-advice",
        "helpline-advice",
        "record-crime",
        "submit-intelligence",
        "look-for-more-victims",
      ],
      needs: ["immediate-needs-fund", "advocacy-navigator", "helpline", "practical-support"],
      contacts: ["emergency-999", "police-101", "modern-slavery-helpline", "nca-mshtu"],
    },
    why: "These steps apply at every first contact with a possible victim.",
    provenance: confirmed(SRC.appFirstResponse, SRC.policingSlavery, SRC.appSupervisors),
  },

  // Situation.
  {
    id: "danger-call-999",
    when: ["immediate-danger"],
    then: { actions: ["call-999"] },
    why: "Someone is in immediate danger, so getting help and making people safe comes first.",
    provenance: confirmed(SRC.appFirstResponse),
  },
  {
    id: "medical-help",
    when: ["medical-need"],
    then: { actions: ["get-medical-help"], needs: ["health"] },
    why: "The person has a medical need.",
    provenance: verify("No separate police instruction on emergency medical needs was found.", SRC.policingSlavery),
  },
  {
    id: "interpreter",
    when: ["needs-interpreter"],
    then: { actions: ["independent-interpreter"], needs: ["interpreting"] },
    why: "The person needs an interpreter, who must be independent of anyone known to them.",
    provenance: confirmed(SRC.policingSlavery),
  },
  {
    id: "accommodation",
    when: ["needs-accommodation"],
    then: { actions: ["place-of-safety"], needs: ["emergency-accommodation"] },
    why: "The person needs somewhere safe to stay.",
    provenance: confirmed(SRC.placesOfSafetyDropped, SRC.westMerciaPcc),
  },

  // Children and age.
  {
    id: "child-safeguarding",
    when: ["is-child-or-may-be-child"],
    then: {
      actions: ["child-police-protection", "child-safeguarding-referral", "ictg-referral"],
      guidance: ["child-no-consent-needed"],
      needs: ["children-safeguarding", "child-trafficking-guardian"],
      contacts: ["ictg-assessment-line"],
    },
    why: "The person is, or may be, under 18: safeguard them as a child, alongside any NRM referral.",
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.yjlcStatutoryGuidance, SRC.policeProtectionFrg),
  },
  {
    id: "age-uncertain-as-child",
    when: ["age-uncertain"],
    then: { actions: ["treat-as-child"], guidance: ["age-uncertain-treated-as-child"] },
    why: "The person's age is uncertain and they may be under 18, so they are treated as a child (Modern Slavery Act 2015 section 51).",
    provenance: verify("The current wording of section 51 was not confirmed.", SRC.msaS51S52, SRC.ictgInterimGuidance),
  },
  {
    id: "adult-safeguarding",
    when: ["is-adult"],
    then: { actions: ["adult-safeguarding-referral"] },
    why: "Adult safeguarding runs alongside the NRM for adults with care and support needs.",
    provenance: confirmed(SRC.careActS42, SRC.northYorksSab),
  },

  // Referral route: exactly one of these fires.
  {
    id: "referral-child",
    when: ["child-not-referred"],
    then: {
      referral: {
        route: "nrm",
        consentRequired: false,
        identifying: true,
        childSafeguardingReferral: true,
        ictgReferral: "where-available",
        ...NOT_REFERRED_YET,
      },
      actions: ["nrm-referral-child"],
      guidance: ["next-reasonable-grounds", "next-recovery-period", "next-conclusive-grounds"],
    },
    why: "A person who is, or may be, under 18 must be referred into the NRM; consent is not needed and the Duty to Notify cannot be used.",
    provenance: confirmed(SRC.nrmAdultGuidance),
  },
  {
    id: "referral-child-already-referred",
    when: ["child-already-referred"],
    then: {
      referral: {
        route: "nrm",
        consentRequired: false,
        identifying: true,
        childSafeguardingReferral: true,
        ictgReferral: "where-available",
        alreadyReferred: true,
      },
      actions: ["update-existing-referral"],
    },
    why: "The child is already in the NRM: keep safeguarding them and add new information to the existing referral.",
    provenance: confirmed(SRC.nrmAdultGuidance),
  },
  {
    id: "referral-adult-consented",
    when: ["adult-consented"],
    then: {
      referral: {
        route: "nrm",
        consentRequired: true,
        identifying: true,
        childSafeguardingReferral: false,
        ictgReferral: "not-applicable",
        ...NOT_REFERRED_YET,
      },
      actions: ["nrm-referral-adult", "msvcc-support"],
      guidance: [
        "consent-what-nrm-is",
        "consent-support",
        "consent-outcomes",
        "consent-information-shared",
        "next-reasonable-grounds",
        "next-recovery-period",
        "next-conclusive-grounds",
        "next-move-on",
        "next-msvcc-contact",
      ],
      contacts: ["salvation-army-msvcc"],
    },
    why: "An adult who gives informed consent is referred into the NRM.",
    provenance: confirmed(SRC.nrmAdultGuidance),
  },
  {
    id: "referral-adult-declined",
    when: ["adult-declined"],
    then: {
      referral: {
        route: "duty-to-notify",
        consentRequired: false,
        identifying: false,
        childSafeguardingReferral: false,
        ictgReferral: "not-applicable",
        ...NOT_REFERRED_YET,
      },
      actions: ["duty-to-notify", "offer-nrm-later"],
      guidance: ["dtn-no-identifying-details", "dtn-purpose", "next-dtn-no-nrm-support"],
    },
    why: "An adult who does not consent is not referred into the NRM; the duty to notify is met by a Duty to Notify with nothing that identifies them.",
    provenance: verify(
      "The exact wording of section 52(3) was not confirmed.",
      SRC.nrmAdultGuidance,
      SRC.msaS51S52,
      SRC.ukdsDataset,
    ),
  },
  {
    id: "referral-adult-not-asked",
    when: ["adult-not-asked"],
    then: {
      referral: {
        route: "pending",
        consentRequired: true,
        identifying: true,
        childSafeguardingReferral: false,
        ictgReferral: "not-applicable",
        ...NOT_REFERRED_YET,
      },
      actions: ["ask-informed-consent"],
      guidance: ["consent-what-nrm-is", "consent-support", "consent-outcomes", "consent-information-shared", "consent-if-no"],
    },
    why: "An adult's route depends on their informed consent, which has not been asked yet: yes leads to an NRM referral, no to a Duty to Notify.",
    provenance: confirmed(SRC.nrmAdultGuidance),
  },
  {
    id: "referral-adult-already-referred",
    when: ["adult-already-referred"],
    then: {
      referral: {
        route: "nrm",
        consentRequired: true,
        identifying: true,
        childSafeguardingReferral: false,
        ictgReferral: "not-applicable",
        alreadyReferred: true,
      },
      actions: ["update-existing-referral"],
      guidance: ["referred-adult-consent-to-stay"],
      contacts: ["salvation-army-msvcc"],
    },
    why: "The adult is already in the NRM: a new referral is not needed; add new information to the existing referral through the first responder.",
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.childToAdultPack, SRC.buryNews),
  },
  {
    id: "referred-adult-says-no",
    when: ["adult-referred-says-no"],
    then: { guidance: ["referred-adult-withdraws"] },
    why: "The adult is in the NRM but now says no: they can withdraw, through a first responder professional.",
    provenance: confirmed(SRC.childToAdultPack, SRC.buryNews),
  },

  // Support stage: exactly one of these fires.
  {
    id: "stage-pre-nrm-child",
    when: ["child-not-referred"],
    then: {
      supportStage: { stage: "pre-nrm", subStage: "not-referred" },
      guidance: ["support-pre-nrm"],
      needs: ["emergency-accommodation"],
    },
    why: "Not referred yet: look for support available before an NRM decision.",
    provenance: confirmed(SRC.placesOfSafetyDropped, SRC.justiceAndCare),
  },
  {
    id: "stage-pre-nrm-adult-consented",
    when: ["adult-consented"],
    then: { supportStage: { stage: "pre-nrm", subStage: "not-referred" }, guidance: ["support-pre-nrm"] },
    why: "The referral is about to be made: until a decision, support depends on local arrangements.",
    provenance: confirmed(SRC.placesOfSafetyDropped, SRC.justiceAndCare),
  },
  {
    id: "stage-pre-nrm-adult-not-asked",
    when: ["adult-not-asked"],
    then: { supportStage: { stage: "pre-nrm", subStage: "not-referred" }, guidance: ["support-pre-nrm"] },
    why: "Not referred yet: look for support available before an NRM decision.",
    provenance: confirmed(SRC.placesOfSafetyDropped, SRC.justiceAndCare),
  },
  {
    id: "stage-declined",
    when: ["adult-declined"],
    then: {
      supportStage: { stage: "declined-nrm", subStage: "declined" },
      guidance: ["support-declined"],
      needs: ["emergency-accommodation"],
    },
    why: "The adult declined the NRM: look for support that does not depend on it.",
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.redCrossEarlySupport),
  },
  {
    id: "stage-awaiting-rg",
    when: ["awaiting-rg"],
    then: { supportStage: { stage: "post-nrm", subStage: "awaiting-rg" }, guidance: ["next-reasonable-grounds"] },
    why: "Referred and waiting for the reasonable grounds decision.",
    provenance: confirmed(SRC.helplineStatutory, SRC.salvationArmyReferring),
  },
  {
    id: "stage-positive-rg",
    when: ["positive-rg"],
    then: {
      supportStage: { stage: "post-nrm", subStage: "positive-rg" },
      guidance: ["next-recovery-period", "next-conclusive-grounds"],
      needs: ["legal-advice", "health"],
    },
    why: "Positive reasonable grounds decision: the recovery period applies until the conclusive grounds decision.",
    provenance: confirmed(SRC.recoveryPeriodStatement, SRC.nabaS60),
  },
  {
    id: "stage-negative-rg",
    when: ["negative-rg"],
    then: {
      supportStage: { stage: "post-nrm", subStage: "negative-rg" },
      guidance: ["support-negative-decision"],
      needs: ["legal-advice"],
    },
    why: "Negative reasonable grounds decision: it can be reconsidered; legal advice and local support matter now.",
    provenance: confirmed(SRC.statutoryGuidanceChanges),
  },
  {
    id: "stage-negative-cg",
    when: ["negative-cg"],
    then: {
      supportStage: { stage: "post-nrm", subStage: "negative-cg" },
      guidance: ["support-negative-decision"],
      needs: ["legal-advice"],
    },
    why: "Negative conclusive grounds decision: it can be reconsidered; legal advice and local support matter now.",
    provenance: confirmed(SRC.statutoryGuidanceChanges),
  },
  {
    id: "stage-positive-cg",
    when: ["positive-cg"],
    then: { supportStage: { stage: "post-nrm", subStage: "positive-cg" }, needs: ["legal-advice"] },
    why: "Positive conclusive grounds decision: the person has been found, on the balance of probabilities, to be a victim.",
    provenance: confirmed(SRC.nabaS60, SRC.postCgSupport),
  },
  {
    id: "stage-exited-support",
    when: ["exited-support"],
    then: { supportStage: { stage: "post-nrm", subStage: "exited-support" } },
    why: "The person has left NRM support: local services may still help.",
    provenance: confirmed(SRC.salvationArmyContract),
  },

  // Support in the NRM by age. The Modern Slavery Victim Care Contract is for
  // adults only; children are supported by children's services and the ICTG service.
  {
    id: "msvcc-awaiting-rg",
    when: ["adult-awaiting-rg"],
    then: { guidance: ["support-awaiting-rg"], needs: ["emergency-accommodation"] },
    why: "An adult waiting for the reasonable grounds decision may get victim care contract support before it if they are destitute.",
    provenance: verify(
      "Support before a reasonable grounds decision was not confirmed.",
      SRC.wmasnSupport,
      SRC.helplineStatutory,
    ),
  },
  {
    id: "msvcc-recovery-period",
    when: ["adult-positive-rg"],
    then: { guidance: ["support-recovery-period"] },
    why: "An adult with a positive reasonable grounds decision gets victim care contract support until the conclusive grounds decision.",
    provenance: confirmed(SRC.salvationArmyContract, SRC.npccMsoicuNrm),
  },
  {
    id: "msvcc-move-on",
    when: ["adult-positive-cg"],
    then: { guidance: ["support-move-on", "next-move-on"] },
    why: "An adult with a positive conclusive grounds decision gets move-on support of at least 45 days.",
    provenance: confirmed(SRC.postCgSupport),
  },
  {
    id: "msvcc-reach-in",
    when: ["adult-exited-support"],
    then: { guidance: ["support-exited"], contacts: ["salvation-army-msvcc"] },
    why: "An adult who has left victim care contract support: Reach-In may still help.",
    provenance: confirmed(SRC.salvationArmyContract),
  },
  {
    id: "support-child-in-nrm",
    when: ["child-already-referred"],
    then: { guidance: ["support-child-in-nrm"], needs: ["children-safeguarding", "child-trafficking-guardian"] },
    why: "A child (or possible child) in the NRM is supported by children's services and the ICTG service where available, not by the adult victim care contract.",
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.yjlcStatutoryGuidance, SRC.nctcGuardianship, SRC.salvationArmyContract),
  },

  // Section 45: exactly one status rule fires.
  {
    id: "s45-not-suspect",
    when: ["not-suspect"],
    then: { section45Status: "not-applicable" },
    why: "The person is not a suspect, so the section 45 defence is not in issue.",
    provenance: confirmed(SRC.msaS45),
  },
  {
    id: "s45-excluded",
    when: ["suspect-excluded-confirmed"],
    then: { section45Status: "excluded-schedule-4", guidance: ["s45-excluded-offence"] },
    why: "The offence is listed in Schedule 4, so the section 45 defence does not apply to it.",
    provenance: confirmed(SRC.msaSchedule4),
  },
  {
    id: "s45-excluded-unconfirmed",
    when: ["suspect-excluded-unconfirmed"],
    then: { section45Status: "excluded-schedule-4", guidance: ["s45-excluded-offence-unconfirmed"] },
    why: "The offence is believed to be listed in Schedule 4 (unconfirmed): check legislation.gov.uk before treating the defence as unavailable.",
    provenance: verify("This Schedule 4 entry was not seen in any stored primary text.", SRC.msaSchedule4),
  },
  {
    id: "s45-consider-adult",
    when: ["adult-suspect-not-excluded"],
    then: { section45Status: "consider-adult", guidance: ["s45-adult-limbs", "s45-definitions"] },
    why: "An adult suspect whose offence is not clearly excluded: consider the adult elements of the defence.",
    provenance: confirmed(SRC.msaS45, SRC.appS45),
  },
  {
    id: "s45-consider-under-18",
    when: ["child-suspect-not-excluded"],
    then: { section45Status: "consider-under-18", guidance: ["s45-under-18-limbs", "s45-definitions"] },
    why: "A suspect who is, or may be, under 18: consider the under-18 elements, which apply if they were under 18 when they did the act (for an uncertain age the adult elements are considered too).",
    provenance: confirmed(SRC.msaS45, SRC.appS45),
  },
  {
    id: "s45-suspect-considerations",
    when: ["is-suspect"],
    then: {
      actions: ["suspect-treat-as-victim", "suspect-record-s45", "suspect-early-cps-advice"],
      guidance: [
        "s45-not-a-verdict",
        "s45-age-at-time-of-act",
        "s45-evidential-burden",
        "s45-not-retrospective",
        "s45-cps-four-stages",
        "s45-identify-before-prosecuting",
        "s45-refer-unless-clear-evidence",
        "s45-nrm-decision-not-evidence",
        "s45-tell-interview-and-lawyer",
      ],
      needs: ["legal-advice"],
      contacts: ["cps-complex-casework"],
    },
    why: "The person is also a suspect: treat them as a possible victim and record what the CPS needs.",
    provenance: confirmed(SRC.cpsGuidance, SRC.vclAn),
  },
  {
    id: "s45-conditional",
    when: ["suspect-conditional-confirmed"],
    then: { guidance: ["s45-conditional-exclusion"] },
    why: "The offence is listed in Schedule 4 only in some circumstances: the defence may be excluded.",
    provenance: confirmed(SRC.msaSchedule4),
  },
  {
    id: "s45-conditional-unconfirmed",
    when: ["suspect-conditional-unconfirmed"],
    then: { guidance: ["s45-conditional-unconfirmed"] },
    why: "The offence is believed to be listed in Schedule 4 only in some circumstances (unconfirmed): check legislation.gov.uk.",
    provenance: verify("This Schedule 4 entry was not seen in any stored primary text.", SRC.msaSchedule4),
  },
  {
    id: "s45-not-listed",
    when: ["suspect-not-listed"],
    then: { guidance: ["s45-not-found-in-list"] },
    why: "The offence was not found in the Schedule 4 list held by this app (the list is incomplete; check legislation.gov.uk).",
    provenance: SCHEDULE4_LIST_PROVENANCE,
  },
  {
    id: "s45-offence-unchecked",
    when: ["suspect-offence-unchecked"],
    then: { guidance: ["s45-check-offence"] },
    why: "The offence is not known yet or could not be matched against Schedule 4.",
    provenance: confirmed(SRC.msaSchedule4),
  },
  {
    id: "s45-age-uncertain",
    when: ["suspect-age-uncertain-not-excluded"],
    then: { guidance: ["s45-adult-limbs", "s45-under-18-limbs", "s45-age-uncertain-both"] },
    why: "The suspect's age is uncertain. Which elements of the defence apply depends on their age when they did the act, so both the adult and the under-18 elements are considered and evidence for both is recorded.",
    provenance: confirmed(SRC.msaS45, SRC.appS45),
  },

  // Area notes.
  {
    id: "area-wales",
    when: ["adult-in-wales"],
    then: { guidance: ["area-wales-adult-safeguarding"] },
    why: "Adult safeguarding law differs in Wales.",
    provenance: verify("Not covered by the project's domain brief.", SRC.careActS42),
  },
  {
    id: "area-btp",
    when: ["area-btp"],
    then: { guidance: ["area-btp-jurisdiction"] },
    why: "British Transport Police also works in Scotland, where different law applies.",
    provenance: confirmed(SRC.helplineDutyToNotify, SRC.scotlandGuide),
  },
];
