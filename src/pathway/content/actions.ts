// Checkable actions at first contact, in three phases (now, before you
// leave, after) as the forces' pocket aide-memoires group them. `priority`
// orders them by urgency within and across phases; rules decide which apply
// to the person in front of you. Words (title, how, why) are in the content
// locale file.
import type { Action, PathwayContent } from "../model/contentSchema";
import { confirmed, confirmedUntil, verify } from "./review";
import { SRC } from "./sources";

/** The Modern Slavery Victim Care Contract ends in 2027 (replaced by Support for Victims of Modern Slavery). */
export const MSVCC_REVIEW_BY = "2027-01-01";

export const PHASES: PathwayContent["phases"] = [
  { id: "now", provenance: verify("phases-grouping", SRC.appFirstResponse, SRC.policingSlavery, SRC.npccHestiaResponse) },
  { id: "before-you-leave", provenance: verify("phases-grouping", SRC.policingSlavery, SRC.npccHestiaResponse, SRC.copAppNews) },
  { id: "after", provenance: verify("phases-grouping", SRC.nrmAdultGuidance, SRC.iascCrimeRecording, SRC.npccHestiaResponse) },
];

/**
 * What the interruption after "Yes" to immediate danger shows, before any
 * other question: the first actions of the "now" phase for danger (rules
 * danger-call-999 and first-contact-baseline; APP first response).
 */
export const DANGER_ACTIONS = ["call-999", "make-safe", "separate-and-speak-alone"] as const;

export const ACTIONS: Action[] = [
  // Now.
  {
    id: "call-999",
    priority: 10,
    phase: "now",
    hasHow: true,
    contacts: ["emergency-999"],
    provenance: confirmed(SRC.appFirstResponse),
  },
  { id: "make-safe", priority: 20, phase: "now", hasHow: true, provenance: confirmed(SRC.appFirstResponse) },
  { id: "separate-and-speak-alone", priority: 30, phase: "now", hasHow: true, provenance: confirmed(SRC.policingSlavery) },
  {
    id: "get-medical-help",
    priority: 40,
    phase: "now",
    hasHow: true,
    contacts: ["emergency-999"],
    provenance: verify("medical-general", SRC.policingSlavery),
  },
  {
    id: "check-health-and-welfare",
    priority: 50,
    phase: "now",
    hasHow: true,
    provenance: confirmed(SRC.policingSlavery, SRC.copAppNews),
  },
  {
    id: "treat-as-child",
    priority: 55,
    phase: "now",
    hasHow: true,
    provenance: confirmed(SRC.ictgInterimGuidance, SRC.nrmAdultGuidance, SRC.msaS51),
  },
  { id: "independent-interpreter", priority: 60, phase: "now", hasHow: true, provenance: confirmed(SRC.policingSlavery) },
  {
    id: "child-police-protection",
    priority: 70,
    phase: "now",
    hasHow: true,
    provenance: confirmed(SRC.policeProtectionFrg, SRC.policeProtectionEastRiding, SRC.appLegislation),
  },

  // Before you leave.
  {
    id: "safe-place-tonight",
    priority: 100,
    phase: "before-you-leave",
    hasHow: true,
    provenance: confirmed(SRC.placesOfSafetyDropped, SRC.westMerciaPcc),
  },
  {
    id: "immediate-needs",
    priority: 110,
    phase: "before-you-leave",
    hasHow: true,
    provenance: verify("immediate-needs-list", SRC.npccHestiaResponse, SRC.justiceAndCare, SRC.copAppNews),
  },
  { id: "preserve-evidence", priority: 120, phase: "before-you-leave", hasHow: true, provenance: confirmed(SRC.policingSlavery) },
  {
    id: "first-account-only",
    priority: 130,
    phase: "before-you-leave",
    hasHow: true,
    provenance: confirmed(SRC.policingSlavery, SRC.appFirstResponse, SRC.appResponders),
  },
  {
    id: "suspect-treat-as-victim",
    priority: 135,
    phase: "before-you-leave",
    hasHow: true,
    provenance: confirmed(SRC.vclAn, SRC.cpsGuidance),
  },
  {
    id: "suspect-record-s45",
    priority: 137,
    phase: "before-you-leave",
    hasHow: true,
    provenance: confirmed(SRC.cpsGuidance, SRC.appS45),
  },
  {
    id: "look-for-more-victims",
    priority: 140,
    phase: "before-you-leave",
    hasHow: true,
    provenance: confirmed(SRC.policingSlavery),
  },
  {
    id: "contact-spoc-msvlo",
    priority: 145,
    phase: "before-you-leave",
    hasHow: true,
    provenance: confirmed(SRC.appSupervisors, SRC.appFirstResponse),
  },
  {
    id: "nca-tactical-advice",
    priority: 150,
    phase: "before-you-leave",
    hasHow: true,
    contacts: ["nca-mshtu"],
    provenance: confirmed(SRC.ncaMshtu),
  },
  {
    id: "helpline-advice",
    priority: 160,
    phase: "before-you-leave",
    hasHow: true,
    contacts: ["modern-slavery-helpline"],
    provenance: confirmed(SRC.helplineCall),
  },
  {
    id: "ask-informed-consent",
    priority: 170,
    phase: "before-you-leave",
    hasHow: true,
    provenance: verify("consent-secondary", SRC.nrmAdultGuidance, SRC.wmasnConsent),
  },
  {
    id: "ask-stay-in-nrm",
    priority: 171,
    phase: "before-you-leave",
    hasHow: true,
    provenance: confirmed(SRC.childToAdultPack, SRC.buryNews),
  },
  {
    id: "capacity-best-interests",
    priority: 172,
    phase: "before-you-leave",
    hasHow: true,
    provenance: verify("capacity-paragraph", SRC.helenBamberCapacity, SRC.mentalCapacityAct, SRC.gloucestershireSabCapacity),
  },
  {
    id: "offer-nrm-later",
    priority: 175,
    phase: "before-you-leave",
    hasHow: true,
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.helplineCall),
  },

  // After.
  {
    id: "nrm-referral-adult",
    priority: 180,
    phase: "after",
    hasHow: true,
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.npccMsoicuNrm, SRC.wmasnNrmForm),
  },
  {
    id: "nrm-referral-child",
    priority: 181,
    phase: "after",
    hasHow: true,
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.wmasnNrmForm),
  },
  {
    id: "nrm-referral-best-interests",
    priority: 182,
    phase: "after",
    hasHow: true,
    provenance: verify("capacity-paragraph", SRC.helenBamberCapacity, SRC.mentalCapacityAct),
  },
  {
    id: "duty-to-notify",
    priority: 183,
    phase: "after",
    hasHow: true,
    provenance: verify("dtn-form-fields", SRC.msaS52, SRC.msaBill98S52, SRC.nrmAdultGuidance, SRC.msaExplanatoryNotes),
  },
  {
    id: "scotland-duty-to-notify",
    priority: 184,
    phase: "after",
    hasHow: true,
    provenance: verify("scotland-btp-body", SRC.scotlandGuideDtn, SRC.scotlandGuide),
  },
  {
    id: "withdrawal-form",
    priority: 185,
    phase: "after",
    hasHow: true,
    provenance: confirmed(SRC.childToAdultPack, SRC.buryNews),
  },
  {
    id: "msvcc-support",
    priority: 186,
    phase: "after",
    hasHow: true,
    contacts: ["salvation-army-msvcc"],
    provenance: confirmedUntil(
      MSVCC_REVIEW_BY,
      "msvcc-ends-2027",
      SRC.msvccContactAnswer,
      SRC.salvationArmySurvivors,
      SRC.svmsAnswer,
    ),
  },
  {
    id: "quote-earlier-referral",
    priority: 187,
    phase: "after",
    hasHow: true,
    provenance: confirmed(SRC.nabaS62S64, SRC.msaS52, SRC.proActionHerts),
  },
  {
    id: "update-existing-referral",
    priority: 188,
    phase: "after",
    hasHow: true,
    provenance: verify("online-system-2019", SRC.proActionHerts, SRC.atleuMsvcc),
  },
  {
    id: "child-safeguarding-referral",
    priority: 189,
    phase: "after",
    hasHow: true,
    provenance: confirmed(SRC.nrmAdultGuidance, SRC.yjlcStatutoryGuidance),
  },
  {
    id: "ictg-referral",
    priority: 190,
    phase: "after",
    hasHow: true,
    contacts: ["ictg-assessment-line"],
    provenance: verify("ictg-rollout", SRC.ictgTender, SRC.ictgAward, SRC.ictgWales, SRC.nctcGuardianship),
  },
  {
    id: "adult-safeguarding-referral",
    priority: 191,
    phase: "after",
    hasHow: true,
    provenance: confirmed(SRC.careActS42, SRC.nrpfAdults, SRC.northYorksSab),
  },
  {
    id: "adult-at-risk-report-wales",
    priority: 192,
    phase: "after",
    hasHow: true,
    provenance: confirmed(SRC.sswbaPart7, SRC.walesSafeguardingProcedures, SRC.cardiffValeDutyToReport),
  },
  {
    id: "child-at-risk-report-wales",
    priority: 193,
    phase: "after",
    hasHow: true,
    provenance: confirmed(SRC.sswbaPart7, SRC.walesSafeguardingProcedures),
  },
  { id: "glaa-labour", priority: 195, phase: "after", hasHow: true, contacts: ["glaa"], provenance: confirmed(SRC.appPartners) },
  {
    id: "record-crime",
    priority: 200,
    phase: "after",
    hasHow: true,
    provenance: confirmed(SRC.iascCrimeRecording, SRC.crimeRecordingRules2024, SRC.appPostInvestigation),
  },
  {
    id: "submit-intelligence",
    priority: 210,
    phase: "after",
    hasHow: true,
    provenance: verify("intelligence-force-policy", SRC.policingSlavery, SRC.appIndex),
  },
  {
    id: "suspect-early-cps-advice",
    priority: 250,
    phase: "after",
    hasHow: true,
    contacts: ["cps-complex-casework"],
    provenance: confirmed(SRC.cpsGuidance),
  },
];
