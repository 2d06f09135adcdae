// The words the pathway and the directory share: where a person is in
// relation to the National Referral Mechanism, and the kinds of support. One
// list, so the engine's "kinds of support to look for" always match the
// directory's indexes.

/** Where the person is in relation to the NRM. */
export const NRM_STAGES = ["pre-nrm", "post-nrm", "declined-nrm"] as const;

/** Finer steps inside "post-nrm" (referred, then decisions, then leaving support). */
export const POST_NRM_SUB_STAGES = [
  "awaiting-rg",
  "positive-rg",
  "negative-rg",
  "positive-cg",
  "negative-cg",
  "exited-support",
] as const;

export const NEEDS = [
  "emergency-accommodation",
  "immediate-needs-fund",
  "advocacy-navigator",
  "legal-advice",
  "health",
  "interpreting",
  "children-safeguarding",
  "child-trafficking-guardian",
  "helpline",
  "practical-support",
] as const;
