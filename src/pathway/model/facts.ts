// What the officer knows about the person and the situation. The scenario
// input (nested `Facts`) is the canonical model; the question-by-question UI
// collects the same facts as a flat, partial `Answers` record.
import { z } from "../../shared/zod";
import { FORCE_AREA_IDS } from "../../shared/forceAreas";
import { POST_NRM_SUB_STAGES } from "../../shared/supportVocabulary";
import { offenceRefSchema } from "../schedule4/schedule4Schema";

export const AGE_VALUES = ["adult", "under-18", "uncertain"] as const;
export const CONSENT_VALUES = ["yes", "no", "not-asked"] as const;
/** Not referred yet, or where the person is after referral (shared with the directory). */
export const NRM_STATUS_VALUES = ["not-referred", ...POST_NRM_SUB_STAGES] as const;

export const forceAreaIdSchema = z.enum(FORCE_AREA_IDS, { error: "unknown force area id" });
export const ageSchema = z.enum(AGE_VALUES, { error: `expected one of ${AGE_VALUES.join(" | ")}` });
export const consentSchema = z.enum(CONSENT_VALUES, { error: `expected one of ${CONSENT_VALUES.join(" | ")}` });
export const nrmStatusSchema = z.enum(NRM_STATUS_VALUES, { error: `expected one of ${NRM_STATUS_VALUES.join(" | ")}` });

export type Age = z.infer<typeof ageSchema>;
export type ConsentToNrm = z.infer<typeof consentSchema>;
export type NrmStatus = z.infer<typeof nrmStatusSchema>;

/** A suspect whose offence is not known yet has no `offence`. */
export const suspectSchema = z.strictObject({
  offence: offenceRefSchema.optional(),
});

export const factsSchema = z.strictObject({
  area: forceAreaIdSchema,
  person: z.strictObject({
    age: ageSchema,
    consentToNrm: consentSchema,
    nrmStatus: nrmStatusSchema,
    /** Absent: the person is not a suspect. */
    suspect: suspectSchema.optional(),
  }),
  situation: z.strictObject({
    immediateDanger: z.boolean(),
    medicalNeed: z.boolean(),
    needsInterpreter: z.boolean(),
    needsAccommodation: z.boolean(),
  }),
});
export type Facts = z.infer<typeof factsSchema>;

/**
 * One field per question. `offence: null` means "suspect, offence not known
 * yet"; an absent field means "not answered".
 */
export const answersSchema = z.strictObject({
  immediateDanger: z.boolean().optional(),
  medicalNeed: z.boolean().optional(),
  age: ageSchema.optional(),
  nrmStatus: nrmStatusSchema.optional(),
  consentToNrm: consentSchema.optional(),
  isSuspect: z.boolean().optional(),
  offence: offenceRefSchema.nullable().optional(),
  needsInterpreter: z.boolean().optional(),
  needsAccommodation: z.boolean().optional(),
  area: forceAreaIdSchema.optional(),
});
export type Answers = z.infer<typeof answersSchema>;
export type FactField = keyof Answers;

export const FACT_FIELDS = [
  "immediateDanger",
  "medicalNeed",
  "age",
  "nrmStatus",
  "consentToNrm",
  "isSuspect",
  "offence",
  "needsInterpreter",
  "needsAccommodation",
  "area",
] as const satisfies readonly FactField[];

// Compile-time check that FACT_FIELDS names every answer field: this fails
// to type-check if a field is missing.
type MissingField = Exclude<FactField, (typeof FACT_FIELDS)[number]>;
export const FACT_FIELDS_COMPLETE: [MissingField] extends [never] ? true : false = true;

export const factFieldSchema = z.enum(FACT_FIELDS);
