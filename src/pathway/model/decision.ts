// The engine's output. Parsed in tests and by the scenario command so the
// contract in docs/pathway-engine.md cannot drift from the code. It carries
// ids, values and provenance; words come from the locale files.
import { z } from "../../shared/zod";
import { provenanceSchema, verificationSchema } from "../../shared/provenance";
import { FORCE_AREA_IDS } from "../../shared/forceAreas";
import { POST_NRM_SUB_STAGES } from "../../shared/supportVocabulary";
import { offenceRefSchema } from "../schedule4/schedule4Schema";
import {
  actionSchema,
  contactSchema,
  guidanceItemSchema,
  idSchema,
  needCategorySchema,
  offenceCheckSchema,
  referralEffectSchema,
  section45StatusSchema,
  subStageSchema,
  supportStageSchema,
} from "./contentSchema";
import { nationSchema } from "./facts";

/** Where a consent answer would lead: used for `pending` alternatives. */
export const outcomeSummarySchema = z.strictObject({
  route: referralEffectSchema.shape.route,
  consentRequired: z.boolean(),
  identifying: z.boolean(),
  supportStage: supportStageSchema,
  subStage: subStageSchema,
});
export type OutcomeSummary = z.infer<typeof outcomeSummarySchema>;

/** Why an offence could not be checked: a code the screens and the command put into words. */
export const UNRECOGNISED_CODES = [
  "act-unreadable",
  "year-needed",
  "section-unreadable",
  "name-unreadable",
  "common-law-needs-name",
  "act-needs-section",
] as const;
export const unrecognisedSchema = z.strictObject({
  code: z.enum(UNRECOGNISED_CODES),
  /** year-needed: the Act titles it may be; section-unreadable: the section as typed. */
  titles: z.array(z.string()).optional(),
  section: z.string().optional(),
});
export type Unrecognised = z.infer<typeof unrecognisedSchema>;

export const schedule4ResultSchema = z.strictObject({
  match: offenceCheckSchema,
  /** The offence that was checked. */
  offence: offenceRefSchema.optional(),
  /** The matched Schedule 4 entry (its words are in the offences locale file). */
  entryId: z.string().optional(),
  /**
   * Why a conditional match is only sometimes excluded: the entry's own
   * condition ("listed-condition"), or the reference names a whole section of
   * which only some subsections are listed ("broader-reference", with them).
   */
  conditionKind: z.enum(["listed-condition", "broader-reference"]).optional(),
  listedSections: z.array(z.string()).optional(),
  /** For "unrecognised": why. */
  problem: unrecognisedSchema.optional(),
  /**
   * Whether the matched entry itself was confirmed in a primary text ("verify":
   * believed to be listed, unconfirmed). Only for an excluded or conditional match.
   */
  entryVerification: verificationSchema.optional(),
  /** The matched entry's provenance; for "not-listed", the provenance of the list as a whole. */
  provenance: provenanceSchema.optional(),
});
export type Schedule4Result = z.infer<typeof schedule4ResultSchema>;

/** One rule that fired. The Schedule 4 check's entry carries the result it explains. */
export const traceEntrySchema = z.strictObject({
  ruleId: z.string(),
  provenance: provenanceSchema,
  schedule4: schedule4ResultSchema.optional(),
});
export type TraceEntry = z.infer<typeof traceEntrySchema>;

/**
 * What the support directory should be asked for this person: their stage
 * (and, after referral, where they are), whether to look for services for an
 * adult or a child (someone who may be under 18 is treated as a child), the
 * kinds of support, and the area whose directory to read — null where the
 * directory has nothing (a British Transport Police officer in Scotland).
 */
export const supportQuerySchema = z.strictObject({
  area: z.enum(FORCE_AREA_IDS).nullable(),
  stage: supportStageSchema,
  subStage: z.enum(POST_NRM_SUB_STAGES).optional(),
  audience: z.enum(["adult", "child"]),
  needs: z.array(needCategorySchema),
});
export type SupportQuery = z.infer<typeof supportQuerySchema>;

export const decisionSchema = z.strictObject({
  contentVersion: z.string(),
  /** Which law and support apply where the person was met. */
  nation: nationSchema,
  referral: referralEffectSchema.extend({
    /**
     * Referred before, and this is a new decision (new exploitation after a
     * concluded case): quote the earlier reference.
     */
    previousReferral: z.boolean(),
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
  /** Indicator groups to look for in this situation, general first. */
  signs: z.array(idSchema),
  trace: z.array(traceEntrySchema),
});
export type Decision = z.infer<typeof decisionSchema>;
