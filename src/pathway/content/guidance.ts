// Explanations the decision shows beside the route: what to tell the person,
// what happens next, section 45 considerations and notes. Considerations,
// never verdicts. Titles and texts are in the content locale file.
import type { GuidanceItem } from "../model/contentSchema";
import { MSVCC_REVIEW_BY } from "./actions";
import { confirmed, confirmedUntil, verify } from "./review";
import { SCHEDULE4_LIST_PROVENANCE } from "./schedule4List";
import { SRC } from "./sources";

const g = (id: string, group: GuidanceItem["group"], provenance: GuidanceItem["provenance"]): GuidanceItem => ({
  id,
  group,
  provenance,
});

export const GUIDANCE: GuidanceItem[] = [
  // What informed consent must cover.
  g("consent-what-nrm-is", "informed-consent", verify("consent-secondary", SRC.nrmAdultGuidance, SRC.wmasnConsent)),
  g("consent-support", "informed-consent", verify("consent-secondary", SRC.wmasnConsent, SRC.salvationArmyContract)),
  g("consent-outcomes", "informed-consent", verify("consent-secondary", SRC.wmasnConsent, SRC.nrmAdultGuidance)),
  g("consent-information-shared", "informed-consent", verify("consent-secondary", SRC.wmasnConsent)),
  g(
    "consent-immigration",
    "informed-consent",
    confirmed(SRC.nrmStats2023, SRC.nabaS65, SRC.recoveryPeriodStatement, SRC.lgaRefusalReasons),
  ),
  g("consent-if-no", "informed-consent", confirmed(SRC.msaS52, SRC.msaBill98S52, SRC.nrmAdultGuidance, SRC.ukdsDataset)),
  g("consent-change-mind", "informed-consent", confirmed(SRC.childToAdultPack, SRC.msaS52, SRC.msaBill98S52)),

  // Referral notes.
  g("identifying-after-consent", "referral", confirmed(SRC.msaS52, SRC.msaBill98S52)),
  g("dtn-no-identifying-details", "referral", verify("dtn-form-fields", SRC.msaS52, SRC.msaBill98S52, SRC.msaExplanatoryNotes)),
  g("dtn-purpose", "referral", confirmed(SRC.appFirstResponse, SRC.msaExplanatoryNotes, SRC.helplineDutyToNotify)),
  g("referral-online-form", "referral", confirmed(SRC.wmasnNrmForm, SRC.proActionHerts)),
  g("child-no-consent-needed", "referral", confirmed(SRC.nrmAdultGuidance, SRC.yjlcStatutoryGuidance)),
  g("child-looked-after", "referral", confirmed(SRC.nctcGuardianship)),
  g("child-devolved-pilots", "referral", confirmed(SRC.devolvedPilotsGrant, SRC.devolvedPilotsGuidance)),
  g(
    "capacity-presumed",
    "referral",
    verify("capacity-paragraph", SRC.mentalCapacityAct, SRC.gloucestershireSabCapacity, SRC.helenBamberCapacity),
  ),
  g("capacity-best-interests", "referral", verify("capacity-paragraph", SRC.helenBamberCapacity, SRC.mentalCapacityAct)),
  g("open-case-lacks-capacity", "referral", verify("capacity-paragraph", SRC.mentalCapacityAct, SRC.childToAdultPack)),
  g("referred-adult-withdraws", "referral", confirmed(SRC.childToAdultPack, SRC.buryNews)),
  g("referred-adult-consent-to-stay", "referral", confirmed(SRC.buryNews, SRC.childToAdultPack)),
  g("concluded-case", "referral", confirmed(SRC.nabaS62S64, SRC.msaS52)),
  g("previous-referral", "referral", confirmed(SRC.nabaS62S64, SRC.nabaCommencement, SRC.msaS52)),
  g("pod-not-your-decision", "referral", confirmed(SRC.nabaS63, SRC.abwJudgment, SRC.rightToRemainBsaia)),

  // Age.
  g("age-uncertain-treated-as-child", "age", confirmed(SRC.ictgInterimGuidance, SRC.nrmAdultGuidance, SRC.msaS51)),

  // What happens next.
  g(
    "next-reasonable-grounds",
    "next-steps",
    confirmed(SRC.londonCouncilsRg, SRC.helplineStatutory, SRC.nabaS60, SRC.npccMsoicuNrm),
  ),
  g("next-recovery-period", "next-steps", confirmed(SRC.recoveryPeriodStatement, SRC.npccMsoicuNrm, SRC.nabaS63, SRC.nabaS62S64)),
  g("next-conclusive-grounds", "next-steps", confirmed(SRC.nabaS60, SRC.cgAfter30Days)),
  g("next-move-on", "next-steps", confirmedUntil(MSVCC_REVIEW_BY, "msvcc-ends-2027", SRC.postCgSupport, SRC.svmsAnswer)),
  g(
    "next-msvcc-contact",
    "next-steps",
    confirmedUntil(MSVCC_REVIEW_BY, "msvcc-ends-2027", SRC.msvccContactAnswer, SRC.svmsAnswer),
  ),
  g("next-dtn-no-nrm-support", "next-steps", confirmed(SRC.nrmAdultGuidance, SRC.redCrossEarlySupport)),

  // Support by stage.
  g("support-pre-nrm", "support", confirmed(SRC.placesOfSafetyDropped, SRC.westMerciaPcc, SRC.justiceAndCare)),
  g("support-awaiting-rg", "support", verify("support-before-rg", SRC.wmasnSupport)),
  g(
    "support-recovery-period",
    "support",
    confirmedUntil(MSVCC_REVIEW_BY, "msvcc-ends-2027", SRC.salvationArmyContract, SRC.atleuMsvcc, SRC.svmsAnswer),
  ),
  g(
    "support-negative-decision",
    "support",
    confirmed(SRC.landmarkReconsideration, SRC.freeMovementSept2025, SRC.statutoryGuidanceChanges),
  ),
  g(
    "support-move-on",
    "support",
    confirmedUntil(MSVCC_REVIEW_BY, "msvcc-ends-2027", SRC.postCgSupport, SRC.nabaS65, SRC.vtsGuidance, SRC.nabaS63),
  ),
  g(
    "support-exited",
    "support",
    confirmedUntil(MSVCC_REVIEW_BY, "msvcc-ends-2027", SRC.salvationArmyContract, SRC.doughtyReEntry),
  ),
  g(
    "support-child-in-nrm",
    "support",
    confirmed(
      SRC.nrmAdultGuidance,
      SRC.yjlcStatutoryGuidance,
      SRC.policeProtectionEastRiding,
      SRC.nctcGuardianship,
      SRC.salvationArmyContract,
    ),
  ),
  g(
    "support-declined",
    "support",
    confirmed(SRC.nrmAdultGuidance, SRC.helplineCall, SRC.redCrossEarlySupport, SRC.justiceAndCare),
  ),
  g("support-scotland", "support", confirmed(SRC.scotlandSupportRegs, SRC.helplineAccessingSupport)),

  // Where the person was met.
  g("wales-adult-at-risk", "area", confirmed(SRC.sswbaPart7, SRC.walesSafeguardingProcedures, SRC.cardiffValeDutyToReport)),
  g("wales-child-at-risk", "area", confirmed(SRC.sswbaPart7, SRC.walesSafeguardingProcedures)),
  g("wales-ictg", "area", confirmed(SRC.ictgWales, SRC.lancsWelshIctgForm)),
  g("btp-jurisdiction", "area", verify("s45-extent", SRC.helplineDutyToNotify, SRC.circular0252015, SRC.scotlandGuide)),
  g("btp-where-not-known", "area", confirmed(SRC.helplineDutyToNotify, SRC.scotlandGuide)),
  g("scotland-law", "area", verify("scotland-btp-body", SRC.scotlandGuide, SRC.scotlandGuideDtn, SRC.scotlandSupportRegs)),

  // Section 45 considerations.
  g("s45-not-a-verdict", "section45", confirmed(SRC.appS45, SRC.mkGega)),
  g("s45-adult-limbs", "section45", confirmed(SRC.msaS45, SRC.appS45)),
  g("s45-under-18-limbs", "section45", confirmed(SRC.msaS45, SRC.appS45, SRC.yjlcJoseph)),
  g("s45-age-at-time-of-act", "section45", confirmed(SRC.msaS45, SRC.appS45)),
  g("s45-age-uncertain-both", "section45", confirmed(SRC.msaS45, SRC.appS45)),
  g("s45-definitions", "section45", confirmed(SRC.msaS45Enacted)),
  g("s45-evidential-burden", "section45", confirmed(SRC.mkGega)),
  g("s45-not-retrospective", "section45", confirmed(SRC.cpsGuidance, SRC.yjlcJoseph)),
  g("s45-criminal-exploitation", "section45", confirmed(SRC.mkGega, SRC.brecani, SRC.cpsGuidance)),
  g("s45-excluded-offence", "section45", confirmed(SRC.msaSchedule4, SRC.cpsGuidance, SRC.nabaS63)),
  g("s45-excluded-offence-unconfirmed", "section45", verify("schedule4-entry-unconfirmed", SRC.msaSchedule4)),
  g("s45-conditional-exclusion", "section45", confirmed(SRC.msaSchedule4)),
  g("s45-conditional-unconfirmed", "section45", verify("schedule4-entry-unconfirmed", SRC.msaSchedule4)),
  g("s45-not-found-in-list", "section45", SCHEDULE4_LIST_PROVENANCE),
  g("s45-check-offence", "section45", confirmed(SRC.msaSchedule4)),
  g("s45-cps-four-stages", "section45", verify("cps-stages", SRC.cpsGuidance, SRC.barlowS45)),
  g("s45-identify-before-prosecuting", "section45", confirmed(SRC.vclAn)),
  g("s45-refer-unless-clear-evidence", "section45", verify("cps-quote-secondary", SRC.barlowS45, SRC.cpsGuidance)),
  g("s45-nrm-decision-not-evidence", "section45", confirmed(SRC.brecani, SRC.brecaniCommentary)),
  g("s45-tell-interview-and-lawyer", "section45", confirmed(SRC.cpsGuidance, SRC.appS45)),
  g("scotland-suspect", "section45", verify("s45-extent", SRC.scotlandGuide, SRC.circular0252015)),
];
