// The decision rules. Each fires when all its conditions hold. The referral,
// section 45 status and support stage must each be set by exactly one rule for
// every possible set of facts; the content validator checks that exhaustively.
// Each rule's plain-words reason is in the content locale file (rules.<id>).
import type { ReferralEffect, Rule } from "../model/contentSchema";
import { INDICATORS } from "./indicators";
import { confirmed, confirmedUntil, verify } from "./review";
import { MSVCC_REVIEW_BY } from "./actions";
import { SCHEDULE4_LIST_PROVENANCE } from "./schedule4List";
import { SRC } from "./sources";

const referral = (route: ReferralEffect["route"], over: Partial<ReferralEffect> = {}): ReferralEffect => ({
  route,
  consentRequired: false,
  identifying: true,
  childSafeguardingReferral: false,
  ictgReferral: "not-applicable",
  alreadyReferred: false,
  ...over,
});

const CONSENT_POINTS = [
  "consent-what-nrm-is",
  "consent-support",
  "consent-outcomes",
  "consent-information-shared",
  "consent-immigration",
];
// The reasonable and conclusive grounds decisions are UK-wide; the recovery
// period's length and the support in it differ in Scotland (E&W-only rules below).
const NRM_NEXT = ["next-reasonable-grounds", "next-conclusive-grounds"];

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
      signs: ["signs-general"],
    },
    provenance: confirmed(SRC.appFirstResponse, SRC.policingSlavery, SRC.appSupervisors),
  },

  // The situation.
  {
    id: "danger-call-999",
    when: ["immediate-danger"],
    then: { actions: ["call-999"] },
    provenance: confirmed(SRC.appFirstResponse),
  },
  {
    id: "medical-help",
    when: ["medical-need"],
    then: { actions: ["get-medical-help"], needs: ["health"] },
    provenance: verify("medical-general", SRC.policingSlavery),
  },
  {
    id: "interpreter",
    when: ["needs-interpreter"],
    then: { actions: ["independent-interpreter"], needs: ["interpreting"] },
    provenance: confirmed(SRC.policingSlavery),
  },
  {
    id: "accommodation",
    when: ["needs-accommodation"],
    then: { actions: ["safe-place-tonight"], needs: ["emergency-accommodation"] },
    provenance: confirmed(SRC.placesOfSafetyDropped, SRC.westMerciaPcc),
  },

  // The type of exploitation: the signs to look for, and who else to tell.
  {
    id: "signs-labour",
    when: ["labour-exploitation"],
    then: { signs: ["signs-labour"], actions: ["glaa-labour"], contacts: ["glaa"] },
    provenance: confirmed(SRC.appTypes, SRC.appPartners),
  },
  { id: "signs-sexual", when: ["sexual-exploitation"], then: { signs: ["signs-sexual"] }, provenance: confirmed(SRC.appTypes) },
  {
    id: "signs-criminal",
    when: ["criminal-exploitation"],
    then: { signs: ["signs-criminal"] },
    provenance: confirmed(SRC.appTypes),
  },
  {
    id: "signs-domestic-servitude",
    when: ["domestic-servitude"],
    then: { signs: ["signs-domestic-servitude"] },
    provenance: confirmed(SRC.appTypes),
  },
  {
    id: "signs-organ-removal",
    when: ["organ-removal"],
    then: { signs: ["signs-organ-removal"] },
    provenance: confirmed(SRC.appTypes),
  },
  {
    id: "signs-not-known",
    when: ["exploitation-not-known"],
    then: { signs: INDICATORS.map((g) => g.id) },
    provenance: confirmed(SRC.appTypes),
  },

  // Children and age.
  {
    id: "child-safeguarding",
    when: ["is-child-or-may-be-child"],
    then: {
      actions: ["child-safeguarding-referral"],
      guidance: ["child-no-consent-needed", "child-looked-after"],
      needs: ["children-safeguarding"],
    },
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.yjlcStatutoryGuidance, SRC.nctcGuardianship),
  },
  {
    // Police protection (Children Act 1989), the ICTG service and the devolved
    // decision pilots are England and Wales arrangements.
    id: "child-safeguarding-ew",
    when: ["child-ew"],
    then: {
      actions: ["child-police-protection", "ictg-referral"],
      guidance: ["child-devolved-pilots"],
      needs: ["child-trafficking-guardian"],
      contacts: ["ictg-assessment-line"],
    },
    provenance: confirmed(SRC.policeProtectionFrg, SRC.nctcGuardianship, SRC.ictgAward, SRC.devolvedPilotsGuidance),
  },
  {
    id: "age-uncertain-as-child",
    when: ["age-uncertain"],
    then: { actions: ["treat-as-child"], guidance: ["age-uncertain-treated-as-child"] },
    provenance: confirmed(SRC.ictgInterimGuidance, SRC.nrmAdultGuidance, SRC.msaS51),
  },

  // Safeguarding: the law differs between England and Wales.
  {
    id: "adult-safeguarding-england",
    when: ["adult-in-england"],
    then: { actions: ["adult-safeguarding-referral"] },
    provenance: confirmed(SRC.careActS42, SRC.northYorksSab),
  },
  {
    id: "adult-safeguarding-wales",
    when: ["adult-in-wales"],
    then: { actions: ["adult-at-risk-report-wales"], guidance: ["wales-adult-at-risk"] },
    provenance: confirmed(SRC.sswbaPart7, SRC.walesSafeguardingProcedures),
  },
  {
    id: "child-safeguarding-wales",
    when: ["child-in-wales"],
    then: { actions: ["child-at-risk-report-wales"], guidance: ["wales-child-at-risk", "wales-ictg"] },
    provenance: confirmed(SRC.sswbaPart7, SRC.walesSafeguardingProcedures, SRC.ictgWales),
  },
  {
    id: "scotland",
    when: ["nation-scotland"],
    then: { guidance: ["scotland-law", "support-scotland"] },
    provenance: verify("scotland-btp-body", SRC.scotlandGuide, SRC.scotlandGuideDtn, SRC.scotlandSupportRegs),
  },
  {
    id: "btp",
    when: ["area-btp"],
    then: { guidance: ["btp-jurisdiction"] },
    provenance: verify("s45-extent", SRC.helplineDutyToNotify, SRC.circular0252015),
  },
  {
    id: "btp-where-not-known",
    when: ["btp-where-not-known"],
    then: { guidance: ["btp-where-not-known"] },
    provenance: confirmed(SRC.helplineDutyToNotify, SRC.scotlandGuide),
  },

  // Referral route: exactly one of these fires.
  {
    id: "referral-child",
    when: ["child-new-decision", "nation-england-and-wales-law"],
    then: {
      referral: referral("nrm", { childSafeguardingReferral: true, ictgReferral: "where-available" }),
      actions: ["nrm-referral-child"],
      guidance: [...NRM_NEXT, "next-recovery-period", "referral-online-form"],
    },
    provenance: confirmed(SRC.nrmAdultGuidance),
  },
  {
    id: "referral-child-scotland",
    when: ["child-new-decision", "nation-scotland"],
    then: {
      referral: referral("nrm", { childSafeguardingReferral: true }),
      actions: ["nrm-referral-child"],
      guidance: [...NRM_NEXT, "referral-online-form"],
    },
    provenance: verify("scotland-btp-body", SRC.nrmAdultGuidance, SRC.scotlandGuide),
  },
  {
    id: "referral-child-already-referred",
    when: ["child-earlier-case", "nation-england-and-wales-law"],
    then: {
      referral: referral("nrm", { childSafeguardingReferral: true, ictgReferral: "where-available", alreadyReferred: true }),
      actions: ["update-existing-referral"],
    },
    provenance: confirmed(SRC.nrmAdultGuidance),
  },
  {
    id: "referral-child-already-referred-scotland",
    when: ["child-earlier-case", "nation-scotland"],
    then: {
      referral: referral("nrm", { childSafeguardingReferral: true, alreadyReferred: true }),
      actions: ["update-existing-referral"],
    },
    provenance: verify("scotland-btp-body", SRC.nrmAdultGuidance, SRC.scotlandGuide),
  },
  {
    id: "referral-adult-consented",
    when: ["adult-consented"],
    then: {
      referral: referral("nrm", { consentRequired: true }),
      actions: ["nrm-referral-adult"],
      guidance: [...CONSENT_POINTS, "consent-change-mind", ...NRM_NEXT, "referral-online-form", "pod-not-your-decision"],
    },
    provenance: confirmed(SRC.nrmAdultGuidance),
  },
  {
    id: "referral-adult-declined",
    when: ["adult-declined"],
    then: {
      referral: referral("duty-to-notify", { identifying: false }),
      actions: ["offer-nrm-later"],
      guidance: ["dtn-no-identifying-details", "dtn-purpose", "next-dtn-no-nrm-support", "referral-online-form"],
    },
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.msaS52, SRC.msaBill98S52, SRC.ukdsDataset),
  },
  {
    id: "referral-adult-not-asked",
    when: ["adult-not-asked"],
    then: {
      referral: referral("pending", { consentRequired: true, identifying: false }),
      actions: ["ask-informed-consent"],
      guidance: [...CONSENT_POINTS, "consent-if-no", "identifying-after-consent"],
    },
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.msaS52, SRC.msaBill98S52),
  },
  {
    id: "referral-adult-best-interests",
    when: ["adult-lacks-capacity"],
    then: {
      referral: referral("best-interests"),
      actions: ["capacity-best-interests", "nrm-referral-best-interests"],
      guidance: ["capacity-presumed", "capacity-best-interests", ...NRM_NEXT],
    },
    provenance: verify("capacity-paragraph", SRC.helenBamberCapacity, SRC.mentalCapacityAct, SRC.gloucestershireSabCapacity),
  },
  {
    id: "referral-adult-open-case",
    when: ["adult-open-case"],
    then: {
      referral: referral("nrm", { consentRequired: true, alreadyReferred: true }),
      actions: ["update-existing-referral"],
      guidance: ["referred-adult-consent-to-stay"],
    },
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.childToAdultPack, SRC.buryNews),
  },
  {
    id: "referral-adult-concluded",
    when: ["adult-concluded"],
    then: {
      referral: referral("nrm", { consentRequired: true, alreadyReferred: true }),
      actions: ["update-existing-referral"],
      guidance: ["concluded-case"],
    },
    provenance: confirmed(SRC.nabaS62S64, SRC.msaS52),
  },

  // What follows from the route.
  {
    id: "msvcc-offer",
    when: ["adult-consented-ew"],
    then: {
      actions: ["msvcc-support"],
      guidance: ["next-recovery-period", "next-move-on", "next-msvcc-contact"],
      contacts: ["salvation-army-msvcc"],
    },
    provenance: confirmedUntil(
      MSVCC_REVIEW_BY,
      "msvcc-ends-2027",
      SRC.msvccContactAnswer,
      SRC.salvationArmySurvivors,
      SRC.recoveryPeriodStatement,
    ),
  },
  {
    id: "recovery-period-ew",
    when: ["positive-rg", "nation-england-and-wales-law"],
    then: { guidance: ["next-recovery-period"] },
    provenance: confirmed(SRC.recoveryPeriodStatement, SRC.nabaS63),
  },
  {
    id: "best-interests-ew",
    when: ["adult-lacks-capacity", "nation-england-and-wales-law"],
    then: { guidance: ["next-recovery-period"] },
    provenance: confirmed(SRC.recoveryPeriodStatement, SRC.nabaS63),
  },
  {
    id: "dtn-england-and-wales",
    when: ["adult-declined-ew"],
    then: { actions: ["duty-to-notify"] },
    provenance: confirmed(SRC.msaS52, SRC.circular0252015),
  },
  {
    id: "dtn-scotland",
    when: ["adult-declined-scotland"],
    then: { actions: ["scotland-duty-to-notify"] },
    provenance: verify("scotland-btp-body", SRC.scotlandGuideDtn),
  },
  {
    id: "open-case-withdraws",
    when: ["adult-open-withdraws"],
    then: { actions: ["withdrawal-form"], guidance: ["referred-adult-withdraws"] },
    provenance: confirmed(SRC.childToAdultPack, SRC.buryNews),
  },
  {
    id: "open-case-not-asked",
    when: ["adult-open-not-asked"],
    then: { actions: ["ask-stay-in-nrm"], guidance: ["referred-adult-withdraws"] },
    provenance: confirmed(SRC.childToAdultPack, SRC.buryNews),
  },
  {
    id: "open-case-lacks-capacity",
    when: ["adult-open-lacks-capacity"],
    then: { guidance: ["open-case-lacks-capacity"] },
    provenance: verify("capacity-paragraph", SRC.mentalCapacityAct, SRC.childToAdultPack),
  },
  {
    id: "new-exploitation",
    when: ["case-new-exploitation"],
    then: { actions: ["quote-earlier-referral"], guidance: ["previous-referral"] },
    provenance: confirmed(SRC.nabaS62S64, SRC.nabaCommencement, SRC.msaS52),
  },

  // Support stage: exactly one of these fires.
  {
    id: "stage-pre-nrm-child",
    when: ["child-new-decision"],
    then: {
      supportStage: { stage: "pre-nrm", subStage: "not-referred" },
      guidance: ["support-pre-nrm"],
      needs: ["emergency-accommodation"],
    },
    provenance: confirmed(SRC.placesOfSafetyDropped, SRC.justiceAndCare),
  },
  {
    id: "stage-pre-nrm-adult-consented",
    when: ["adult-consented"],
    then: { supportStage: { stage: "pre-nrm", subStage: "not-referred" }, guidance: ["support-pre-nrm"] },
    provenance: confirmed(SRC.placesOfSafetyDropped, SRC.justiceAndCare),
  },
  {
    id: "stage-pre-nrm-adult-not-asked",
    when: ["adult-not-asked"],
    then: { supportStage: { stage: "pre-nrm", subStage: "not-referred" }, guidance: ["support-pre-nrm"] },
    provenance: confirmed(SRC.placesOfSafetyDropped, SRC.justiceAndCare),
  },
  {
    id: "stage-pre-nrm-adult-best-interests",
    when: ["adult-lacks-capacity"],
    then: {
      supportStage: { stage: "pre-nrm", subStage: "not-referred" },
      guidance: ["support-pre-nrm"],
      needs: ["emergency-accommodation"],
    },
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
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.redCrossEarlySupport),
  },
  {
    id: "stage-awaiting-rg",
    when: ["awaiting-rg"],
    then: { supportStage: { stage: "post-nrm", subStage: "awaiting-rg" }, guidance: ["next-reasonable-grounds"] },
    provenance: confirmed(SRC.helplineStatutory, SRC.londonCouncilsRg),
  },
  {
    id: "stage-positive-rg",
    when: ["positive-rg"],
    then: {
      supportStage: { stage: "post-nrm", subStage: "positive-rg" },
      guidance: ["next-conclusive-grounds"],
      needs: ["legal-advice", "health"],
    },
    provenance: confirmed(SRC.recoveryPeriodStatement, SRC.nabaS60),
  },
  {
    id: "stage-negative-rg",
    when: ["negative-rg-concluded"],
    then: {
      supportStage: { stage: "post-nrm", subStage: "negative-rg" },
      guidance: ["support-negative-decision"],
      needs: ["legal-advice"],
    },
    provenance: confirmed(SRC.landmarkReconsideration, SRC.freeMovementSept2025),
  },
  {
    id: "stage-negative-cg",
    when: ["negative-cg-concluded"],
    then: {
      supportStage: { stage: "post-nrm", subStage: "negative-cg" },
      guidance: ["support-negative-decision"],
      needs: ["legal-advice"],
    },
    provenance: confirmed(SRC.landmarkReconsideration, SRC.freeMovementSept2025),
  },
  {
    id: "stage-positive-cg",
    when: ["positive-cg-concluded"],
    then: { supportStage: { stage: "post-nrm", subStage: "positive-cg" }, needs: ["legal-advice"] },
    provenance: confirmed(SRC.nabaS60, SRC.postCgSupport),
  },
  {
    id: "stage-exited-support",
    when: ["exited-support-concluded"],
    then: { supportStage: { stage: "post-nrm", subStage: "exited-support" } },
    provenance: confirmed(SRC.salvationArmyContract, SRC.doughtyReEntry),
  },

  // Support in the NRM by age. The Modern Slavery Victim Care Contract is for
  // adults only; children are supported by children's services and the ICTG service.
  {
    id: "msvcc-awaiting-rg",
    when: ["adult-awaiting-rg", "nation-england-and-wales-law"],
    then: { guidance: ["support-awaiting-rg"], needs: ["emergency-accommodation"], contacts: ["salvation-army-msvcc"] },
    provenance: verify("support-before-rg", SRC.wmasnSupport, SRC.helplineStatutory),
  },
  {
    id: "msvcc-recovery-period",
    when: ["adult-positive-rg", "nation-england-and-wales-law"],
    then: { guidance: ["support-recovery-period"], contacts: ["salvation-army-msvcc"] },
    provenance: confirmedUntil(MSVCC_REVIEW_BY, "msvcc-ends-2027", SRC.salvationArmyContract, SRC.npccMsoicuNrm),
  },
  {
    id: "msvcc-move-on",
    when: ["adult-positive-cg", "nation-england-and-wales-law"],
    then: { guidance: ["support-move-on", "next-move-on"], contacts: ["salvation-army-msvcc"] },
    provenance: confirmedUntil(MSVCC_REVIEW_BY, "msvcc-ends-2027", SRC.postCgSupport),
  },
  {
    id: "msvcc-reach-in",
    when: ["adult-exited-support", "nation-england-and-wales-law"],
    then: { guidance: ["support-exited"], contacts: ["salvation-army-msvcc"] },
    provenance: confirmedUntil(MSVCC_REVIEW_BY, "msvcc-ends-2027", SRC.salvationArmyContract, SRC.doughtyReEntry),
  },
  {
    id: "support-child-in-nrm",
    when: ["child-earlier-case"],
    then: { guidance: ["support-child-in-nrm"], needs: ["children-safeguarding", "child-trafficking-guardian"] },
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.yjlcStatutoryGuidance, SRC.nctcGuardianship, SRC.salvationArmyContract),
  },

  // Section 45: exactly one status rule fires.
  {
    id: "s45-not-suspect",
    when: ["not-suspect"],
    then: { section45Status: "not-applicable" },
    provenance: confirmed(SRC.msaS45),
  },
  {
    id: "s45-scotland",
    when: ["suspect-scotland"],
    then: {
      section45Status: "scotland",
      guidance: ["scotland-suspect"],
      actions: ["suspect-treat-as-victim", "suspect-record-s45"],
    },
    provenance: confirmed(SRC.scotlandGuide, SRC.circular0252015),
  },
  {
    id: "s45-excluded",
    when: ["suspect-excluded-confirmed"],
    then: { section45Status: "excluded-schedule-4", guidance: ["s45-excluded-offence"] },
    provenance: confirmed(SRC.msaSchedule4),
  },
  {
    id: "s45-consider-adult",
    when: ["adult-suspect-not-excluded"],
    then: { section45Status: "consider-adult", guidance: ["s45-adult-limbs", "s45-definitions"] },
    provenance: confirmed(SRC.msaS45, SRC.appS45),
  },
  {
    id: "s45-consider-adult-unconfirmed-listing",
    when: ["adult-suspect-unconfirmed-listing"],
    then: {
      section45Status: "consider-adult",
      guidance: ["s45-excluded-offence-unconfirmed", "s45-adult-limbs", "s45-definitions"],
    },
    provenance: verify("schedule4-entry-unconfirmed", SRC.msaSchedule4, SRC.msaS45),
  },
  {
    id: "s45-consider-under-18",
    when: ["child-suspect-not-excluded"],
    then: { section45Status: "consider-under-18", guidance: ["s45-under-18-limbs", "s45-definitions"] },
    provenance: confirmed(SRC.msaS45, SRC.appS45),
  },
  {
    id: "s45-consider-under-18-unconfirmed-listing",
    when: ["child-suspect-unconfirmed-listing"],
    then: {
      section45Status: "consider-under-18",
      guidance: ["s45-excluded-offence-unconfirmed", "s45-under-18-limbs", "s45-definitions"],
    },
    provenance: verify("schedule4-entry-unconfirmed", SRC.msaSchedule4, SRC.msaS45),
  },

  // Section 45: what to consider and record.
  {
    id: "s45-suspect-considerations",
    when: ["suspect-ew"],
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
        "pod-not-your-decision",
      ],
      needs: ["legal-advice"],
      contacts: ["cps-complex-casework"],
    },
    provenance: confirmed(SRC.cpsGuidance, SRC.vclAn),
  },
  {
    id: "s45-conditional",
    when: ["suspect-conditional-confirmed"],
    then: { guidance: ["s45-conditional-exclusion"] },
    provenance: confirmed(SRC.msaSchedule4),
  },
  {
    id: "s45-conditional-unconfirmed",
    when: ["suspect-conditional-unconfirmed"],
    then: { guidance: ["s45-conditional-unconfirmed"] },
    provenance: verify("schedule4-entry-unconfirmed", SRC.msaSchedule4),
  },
  {
    id: "s45-not-listed",
    when: ["suspect-not-listed"],
    then: { guidance: ["s45-not-found-in-list"] },
    provenance: SCHEDULE4_LIST_PROVENANCE,
  },
  {
    id: "s45-offence-unchecked",
    when: ["suspect-offence-unchecked"],
    then: { guidance: ["s45-check-offence"] },
    provenance: confirmed(SRC.msaSchedule4),
  },
  {
    id: "s45-age-uncertain",
    when: ["suspect-age-uncertain-considered"],
    then: { guidance: ["s45-adult-limbs", "s45-under-18-limbs", "s45-age-uncertain-both"] },
    provenance: confirmed(SRC.msaS45, SRC.appS45),
  },
  {
    id: "s45-age-uncertain-unconfirmed-listing",
    when: ["suspect-age-uncertain-unconfirmed"],
    then: { guidance: ["s45-adult-limbs", "s45-under-18-limbs", "s45-age-uncertain-both"] },
    provenance: confirmed(SRC.msaS45, SRC.appS45),
  },
  {
    id: "s45-criminal-exploitation",
    when: ["criminal-exploitation-suspect"],
    then: { guidance: ["s45-criminal-exploitation"] },
    provenance: confirmed(SRC.mkGega, SRC.cpsGuidance),
  },
];
