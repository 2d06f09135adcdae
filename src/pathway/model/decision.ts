// The engine's output. Parsed in tests and by the scenario command so the
// contract in docs/pathway-engine.md cannot drift from the code.
import { z } from "../../shared/zod";
import { provenanceSchema, verificationSchema } from "../../shared/provenance";
import { POST_NRM_SUB_STAGES } from "../../shared/supportVocabulary";
import { forceAreaIdSchema } from "./facts";
import {
  actionSchema,
  contactSchema,
  guidanceItemSchema,
  needCategorySchema,
  offenceCheckSchema,
  referralEffectSchema,
  section45StatusSchema,
  subStageSchema,
  supportStageSchema,
} from "./contentSchema";

/** Where a consent answer would lead: used for `pending` alternatives. */
export const outcomeSummarySchema = z.strictObject({
  route: referralEffectSchema.shape.route,
  consentRequired: z.boolean(),
  identifying: z.boolean(),
  supportStage: supportStageSchema,
  subStage: subStageSchema,
});
export type OutcomeSummary = z.infer<typeof outcomeSummarySchema>;

export const schedule4ResultSchema = z.strictObject({
  match: offenceCheckSchema,
  entryId: z.string().optional(),
  entryTitle: z.string().optional(),
  /** For a conditional listing: the circumstances in which it is excluded. */
  condition: z.string().optional(),
  message: z.string().optional(),
  /**
   * Whether the matched entry itself was confirmed in a primary text ("verify":
   * believed to be listed, unconfirmed). Only for an excluded or conditional match.
   */
  entryVerification: verificationSchema.optional(),
  /** The matched entry's provenance; for "not-listed", the provenance of the list as a whole. */
  provenance: provenanceSchema.optional(),
});
export type Schedule4Result = z.infer<typeof schedule4ResultSchema>;

export const traceEntrySchema = z.strictObject({
  ruleId: z.string(),
  why: z.string(),
  provenance: provenanceSchema,
});
export type TraceEntry = z.infer<typeof traceEntrySchema>;

/**
 * What the support directory should be asked for this person: their stage
 * (and, after referral, where they are), whether to look for services for an
 * adult or a child (someone who may be under 18 is treated as a child), the
 * kinds of support, and the area whose directory to read.
 */
export const supportQuerySchema = z.strictObject({
  area: forceAreaIdSchema,
  stage: supportStageSchema,
  subStage: z.enum(POST_NRM_SUB_STAGES).optional(),
  audience: z.enum(["adult", "child"]),
  needs: z.array(needCategorySchema),
});
export type SupportQuery = z.infer<typeof supportQuerySchema>;

export const decisionSchema = z.strictObject({
  contentVersion: z.string(),
  referral: referralEffectSchema.extend({
    /** Only when route is "pending": where each consent answer would lead. */
    pending: z.strictObject({ yes: outcomeSummarySchema, no: outcomeSummarySchema }).optional(),
  }),
  section45: z.strictObject({
    status: section45StatusSchema,
    schedule4: schedule4ResultSchema,
    considerations: z.array(guidanceItemSchema),
  }),
  supportStage: supportStageSchema,
  subStage: subStageSchema,
  supportNeeds: z.array(needCategorySchema),
  supportQuery: supportQuerySchema,
  actions: z.array(actionSchema),
  contacts: z.array(contactSchema),
  guidance: z.strictObject({
    informedConsent: z.array(guidanceItemSchema),
    whatHappensNext: z.array(guidanceItemSchema),
    support: z.array(guidanceItemSchema),
    notes: z.array(guidanceItemSchema),
  }),
  trace: z.array(traceEntrySchema),
});
export type Decision = z.infer<typeof decisionSchema>;
