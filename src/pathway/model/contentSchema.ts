// Schemas for the pathway content: conditions, questions, actions, guidance,
// contacts, indicators and rules. Content is data; these schemas are the
// contract the build validates it against. The words live in the locale
// files (locales/<lang>/content.json), keyed by these ids: the data keeps the
// ids, the structure and the provenance.
import { z } from "../../shared/zod";
import { isoDateSchema, provenanceSchema } from "../../shared/provenance";
import { NEEDS, NRM_STAGES } from "../../shared/supportVocabulary";
import { EXPLOITATION_VALUES, factFieldSchema } from "./facts";

/** Stable ids: lower-case words joined by hyphens. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case id");

/**
 * Facts that conditions can test: the answers, and facts the engine derives
 * from them — `caseState` (not referred, an open case, a concluded case, or a
 * concluded case with new exploitation), `nation` (from the force area, or
 * where a British Transport Police officer is), `offenceCheck` (the Schedule
 * 4 result) and `offenceEntryVerification` (whether the matched entry is
 * confirmed; only for an excluded or conditional match). `exploitation` is a
 * list: a test holds when any listed type is one of `oneOf`.
 */
export const CONDITION_FACTS = [
  "immediateDanger",
  "medicalNeed",
  "age",
  "exploitation",
  "nrmStatus",
  "caseState",
  "consentToNrm",
  "isSuspect",
  "offenceCheck",
  "offenceEntryVerification",
  "needsInterpreter",
  "needsAccommodation",
  "canDecide",
  "area",
  "nation",
] as const;
export const conditionFactSchema = z.enum(CONDITION_FACTS);
export type ConditionFact = z.infer<typeof conditionFactSchema>;

/** Where the person stands with the NRM, for the referral: see CONDITION_FACTS. */
export const CASE_STATES = ["none", "open", "concluded", "concluded-new-exploitation"] as const;
export type CaseState = (typeof CASE_STATES)[number];

/** What the Schedule 4 check said about the suspect's offence. */
export const OFFENCE_CHECK_VALUES = [
  "not-suspect",
  "not-given",
  "excluded",
  "conditional",
  "not-listed",
  "unrecognised",
] as const;
export const offenceCheckSchema = z.enum(OFFENCE_CHECK_VALUES);
export type OffenceCheck = z.infer<typeof offenceCheckSchema>;

export const factValueSchema = z.union([z.string(), z.boolean()]);
export type FactValue = z.infer<typeof factValueSchema>;

/** A fact test (`fact` is one of `oneOf`) or a conjunction of other conditions. */
export const conditionSchema = z.union([
  z.strictObject({
    id: idSchema,
    /** For people reading the content, not shown to officers. */
    description: z.string().min(1).max(500),
    fact: conditionFactSchema,
    oneOf: z.array(factValueSchema).min(1),
  }),
  z.strictObject({
    id: idSchema,
    description: z.string().min(1).max(500),
    allOf: z.array(idSchema).min(2),
  }),
]);
export type Condition = z.infer<typeof conditionSchema>;

export const questionOptionSchema = z.strictObject({
  id: idSchema,
  value: factValueSchema,
  /** The option has a hint in the locale files. */
  hasHint: z.boolean().optional(),
  /** multi-choice: choosing this clears the others, and choosing another clears it ("Not known yet"). */
  exclusive: z.literal(true).optional(),
});

/**
 * choice: one answer; multi-choice: several (the field is a list);
 * force-area and local-area: a select the UI builds; offence: the offence catalogue.
 */
export const QUESTION_KINDS = ["choice", "multi-choice", "force-area", "local-area", "offence"] as const;

export const questionSchema = z.strictObject({
  id: idSchema,
  /** The one answer field this question sets. */
  field: factFieldSchema,
  kind: z.enum(QUESTION_KINDS),
  /** The question has a hint in the locale files. */
  hasHint: z.boolean(),
  /** Required for choice and multi-choice; the UI builds the others' lists. */
  options: z.array(questionOptionSchema).min(2).optional(),
  /** Shown only when every named condition holds (of facts set by earlier questions). */
  showWhen: z.array(idSchema),
  provenance: provenanceSchema,
});
export type Question = z.infer<typeof questionSchema>;

/**
 * When an action is done, as the pocket aide-memoire groups them: now
 * (safety, separation, medical help, an interpreter), before you leave
 * (evidence, first account, immediate needs, a safe place tonight, the local
 * contact), and after (referrals, crime record, intelligence).
 */
export const ACTION_PHASES = ["now", "before-you-leave", "after"] as const;
export const actionPhaseSchema = z.enum(ACTION_PHASES);
export type ActionPhase = z.infer<typeof actionPhaseSchema>;

export const phaseSchema = z.strictObject({
  id: actionPhaseSchema,
  provenance: provenanceSchema,
});

export const actionSchema = z.strictObject({
  id: idSchema,
  /** Lower is more urgent. Unique, so the order never depends on rule order. */
  priority: z.number().int().min(1).max(999),
  phase: actionPhaseSchema,
  /** The action has a "how" line in the locale files (what doing it means, shown under its title). */
  hasHow: z.boolean(),
  /** Contacts the action refers to, by id. */
  contacts: z.array(idSchema).optional(),
  provenance: provenanceSchema,
});
export type Action = z.infer<typeof actionSchema>;

export const GUIDANCE_GROUPS = ["informed-consent", "next-steps", "section45", "referral", "support", "age", "area"] as const;
export const guidanceGroupSchema = z.enum(GUIDANCE_GROUPS);

export const guidanceItemSchema = z.strictObject({
  id: idSchema,
  group: guidanceGroupSchema,
  provenance: provenanceSchema,
});
export type GuidanceItem = z.infer<typeof guidanceItemSchema>;

export const contactSchema = z.strictObject({
  id: idSchema,
  /** Exactly as published; only numbers from the project's verified list. */
  phone: z.string().regex(/^[0-9+][0-9 ]{1,19}$/, "expected a phone number"),
  /** Open around the clock (as the source says). */
  open247: z.boolean(),
  provenance: provenanceSchema,
});
export type Contact = z.infer<typeof contactSchema>;

/** The kinds of support, shared with the directory (src/shared/supportVocabulary.ts). */
export const NEED_CATEGORIES = NEEDS;
export const needCategorySchema = z.enum(NEED_CATEGORIES);
export type NeedCategory = z.infer<typeof needCategorySchema>;

export const SUPPORT_STAGES = NRM_STAGES;
export const supportStageSchema = z.enum(SUPPORT_STAGES);
export type SupportStage = z.infer<typeof supportStageSchema>;

/** `not-referred` and `declined` for pre-nrm and declined-nrm; the NRM status otherwise. */
export const SUB_STAGES = [
  "not-referred",
  "declined",
  "awaiting-rg",
  "positive-rg",
  "negative-rg",
  "positive-cg",
  "negative-cg",
  "exited-support",
] as const;
export const subStageSchema = z.enum(SUB_STAGES);
export type SubStage = z.infer<typeof subStageSchema>;

/**
 * nrm: refer into the NRM. duty-to-notify: notify the Home Office, anonymously
 * for an adult who declines. pending: an adult not yet asked. best-interests:
 * an adult who cannot decide about a referral now (Mental Capacity Act 2005).
 */
export const ROUTES = ["nrm", "duty-to-notify", "pending", "best-interests"] as const;
/**
 * scotland: a British Transport Police officer in Scotland, where section 45
 * does not apply and the Lord Advocate's instructions do.
 */
export const SECTION45_STATUSES = [
  "not-applicable",
  "consider-adult",
  "consider-under-18",
  "excluded-schedule-4",
  "scotland",
] as const;
export const section45StatusSchema = z.enum(SECTION45_STATUSES);
export type Section45Status = z.infer<typeof section45StatusSchema>;

export const referralEffectSchema = z.strictObject({
  route: z.enum(ROUTES),
  consentRequired: z.boolean(),
  /** Whether the referral may carry the person's name and identifying details. */
  identifying: z.boolean(),
  childSafeguardingReferral: z.boolean(),
  ictgReferral: z.enum(["where-available", "not-applicable"]),
  /** An open or concluded earlier referral that this encounter updates (no new referral). */
  alreadyReferred: z.boolean(),
});
export type ReferralEffect = z.infer<typeof referralEffectSchema>;

/** What a rule does when it fires. Single-valued outputs must be set by exactly one rule. */
export const effectsSchema = z.strictObject({
  referral: referralEffectSchema.optional(),
  section45Status: section45StatusSchema.optional(),
  supportStage: z.strictObject({ stage: supportStageSchema, subStage: subStageSchema }).optional(),
  actions: z.array(idSchema).optional(),
  guidance: z.array(idSchema).optional(),
  needs: z.array(needCategorySchema).optional(),
  contacts: z.array(idSchema).optional(),
  /** Indicator groups to show (spotting the signs for this situation). */
  signs: z.array(idSchema).optional(),
});
export type Effects = z.infer<typeof effectsSchema>;
export const SINGLE_VALUED_EFFECTS = ["referral", "section45Status", "supportStage"] as const;

export const ruleSchema = z.strictObject({
  id: idSchema,
  /** Fires when every named condition holds; an empty list always fires. Its plain-words reason is in the locale files. */
  when: z.array(idSchema),
  then: effectsSchema,
  provenance: provenanceSchema,
});
export type Rule = z.infer<typeof ruleSchema>;

export const INDICATOR_TYPES = ["general", ...EXPLOITATION_VALUES.filter((v) => v !== "not-known")] as const;

export const indicatorGroupSchema = z.strictObject({
  id: idSchema,
  type: z.enum(INDICATOR_TYPES),
  /** Indicator ids; their words are in the locale files. */
  indicators: z.array(idSchema).min(1),
  provenance: provenanceSchema,
});
export type IndicatorGroup = z.infer<typeof indicatorGroupSchema>;

export const guidanceVersionSchema = z.strictObject({
  id: idSchema,
  provenance: provenanceSchema,
});
export type GuidanceVersion = z.infer<typeof guidanceVersionSchema>;

export const pathwayContentSchema = z.strictObject({
  contentVersion: z.string().regex(/^\d{4}\.\d{2}\.\d{2}-\d+$/, "expected YYYY.MM.DD-N"),
  reviewedOn: isoDateSchema,
  guidanceVersions: z.array(guidanceVersionSchema).min(1),
  conditions: z.array(conditionSchema),
  questions: z.array(questionSchema).min(1),
  phases: z.array(phaseSchema).length(ACTION_PHASES.length),
  actions: z.array(actionSchema),
  guidance: z.array(guidanceItemSchema),
  contacts: z.array(contactSchema),
  indicators: z.array(indicatorGroupSchema),
  rules: z.array(ruleSchema).min(1),
});
export type PathwayContent = z.infer<typeof pathwayContentSchema>;
