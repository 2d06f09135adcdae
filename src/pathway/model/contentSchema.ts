// Schemas for the pathway content: conditions, questions, actions, guidance,
// contacts, indicators and rules. Content is data; these schemas are the
// contract the build validates it against.
import { z } from "../../shared/zod";
import { isoDateSchema, provenanceSchema } from "../../shared/provenance";
import { factFieldSchema } from "./facts";
import { NEEDS, NRM_STAGES } from "../../shared/supportVocabulary";

/** Stable ids: lower-case words joined by hyphens. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case id");
const text = z.string().min(1).max(2000);

/**
 * Facts that conditions can test: the answers plus facts the engine derives
 * (`offenceCheck`, and `offenceEntryVerification`: whether the matched
 * Schedule 4 entry is confirmed, set only for an excluded or conditional match).
 */
export const CONDITION_FACTS = [
  "immediateDanger",
  "medicalNeed",
  "age",
  "nrmStatus",
  "consentToNrm",
  "isSuspect",
  "offenceCheck",
  "offenceEntryVerification",
  "needsInterpreter",
  "needsAccommodation",
  "area",
] as const;
export const conditionFactSchema = z.enum(CONDITION_FACTS);
export type ConditionFact = z.infer<typeof conditionFactSchema>;

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
    description: text,
    fact: conditionFactSchema,
    oneOf: z.array(factValueSchema).min(1),
  }),
  z.strictObject({
    id: idSchema,
    description: text,
    allOf: z.array(idSchema).min(2),
  }),
]);
export type Condition = z.infer<typeof conditionSchema>;

export const questionOptionSchema = z.strictObject({
  id: idSchema,
  value: factValueSchema,
  label: text,
  hint: text.optional(),
});

export const QUESTION_KINDS = ["choice", "force-area", "offence"] as const;

export const questionSchema = z.strictObject({
  id: idSchema,
  /** The one fact this question sets. */
  field: factFieldSchema,
  kind: z.enum(QUESTION_KINDS),
  text,
  hint: text.optional(),
  /** Required for `choice`; the UI builds the list for `force-area` and `offence`. */
  options: z.array(questionOptionSchema).min(2).optional(),
  /** Shown only when every named condition holds. */
  showWhen: z.array(idSchema),
  /** Label on the check-your-answers page. */
  summaryLabel: text,
  provenance: provenanceSchema,
});
export type Question = z.infer<typeof questionSchema>;

export const actionSchema = z.strictObject({
  id: idSchema,
  /** Lower is more urgent. Unique, so the order never depends on rule order. */
  priority: z.number().int().min(1).max(999),
  title: text,
  reason: text,
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
  title: text,
  text,
  provenance: provenanceSchema,
});
export type GuidanceItem = z.infer<typeof guidanceItemSchema>;

export const contactSchema = z.strictObject({
  id: idSchema,
  name: text,
  /** Exactly as published; only numbers from the project's verified list. */
  phone: z.string().regex(/^[0-9+][0-9 ]{1,19}$/, "expected a phone number"),
  hours: z.string().min(1).max(100).optional(),
  use: text,
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

export const ROUTES = ["nrm", "duty-to-notify", "pending"] as const;
export const SECTION45_STATUSES = ["not-applicable", "consider-adult", "consider-under-18", "excluded-schedule-4"] as const;
export const section45StatusSchema = z.enum(SECTION45_STATUSES);
export type Section45Status = z.infer<typeof section45StatusSchema>;

export const referralEffectSchema = z.strictObject({
  route: z.enum(ROUTES),
  consentRequired: z.boolean(),
  identifying: z.boolean(),
  childSafeguardingReferral: z.boolean(),
  ictgReferral: z.enum(["where-available", "not-applicable"]),
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
});
export type Effects = z.infer<typeof effectsSchema>;
export const SINGLE_VALUED_EFFECTS = ["referral", "section45Status", "supportStage"] as const;

export const ruleSchema = z.strictObject({
  id: idSchema,
  /** Fires when every named condition holds; an empty list always fires. */
  when: z.array(idSchema),
  then: effectsSchema,
  /** Plain words for the trace. */
  why: text,
  provenance: provenanceSchema,
});
export type Rule = z.infer<typeof ruleSchema>;

export const EXPLOITATION_TYPES = ["general", "labour", "sexual", "criminal", "domestic-servitude", "organ-harvesting"] as const;

export const indicatorGroupSchema = z.strictObject({
  id: idSchema,
  type: z.enum(EXPLOITATION_TYPES),
  title: text,
  summary: text,
  indicators: z.array(z.strictObject({ id: idSchema, text })).min(1),
  provenance: provenanceSchema,
});
export type IndicatorGroup = z.infer<typeof indicatorGroupSchema>;

export const guidanceVersionSchema = z.strictObject({
  id: idSchema,
  title: text,
  version: z.string().min(1).max(200),
  provenance: provenanceSchema,
});
export type GuidanceVersion = z.infer<typeof guidanceVersionSchema>;

export const pathwayContentSchema = z.strictObject({
  contentVersion: z.string().regex(/^\d{4}\.\d{2}\.\d{2}-\d+$/, "expected YYYY.MM.DD-N"),
  reviewedOn: isoDateSchema,
  guidanceVersions: z.array(guidanceVersionSchema).min(1),
  conditions: z.array(conditionSchema),
  questions: z.array(questionSchema).min(1),
  actions: z.array(actionSchema),
  guidance: z.array(guidanceItemSchema),
  contacts: z.array(contactSchema),
  indicators: z.array(indicatorGroupSchema),
  rules: z.array(ruleSchema).min(1),
});
export type PathwayContent = z.infer<typeof pathwayContentSchema>;
