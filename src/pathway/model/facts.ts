// What the officer knows about the person and the situation. The scenario
// input (nested `Facts`) is the canonical model; the question-by-question UI
// collects the same facts as a flat, partial `Answers` record.
import { z } from "../../shared/zod";
import { FORCE_AREA_IDS, TERRITORIAL_FORCE_AREA_IDS } from "../../shared/forceAreas";
import { POST_NRM_SUB_STAGES } from "../../shared/supportVocabulary";
import { offenceRefSchema } from "../schedule4/schedule4Schema";

export const AGE_VALUES = ["adult", "under-18", "uncertain"] as const;
/**
 * The adult's informed consent to an NRM referral. For an adult already in the
 * NRM (an open case) "yes" means they want to stay in it and "no" that they
 * want to withdraw. "lacks-capacity": the adult cannot understand and decide
 * about a referral now (Mental Capacity Act 2005): never a refusal. Ignored for
 * a child, who is referred without consent.
 */
export const CONSENT_VALUES = ["yes", "no", "not-asked", "lacks-capacity"] as const;
/** Not referred yet, or where the person is after referral (shared with the directory). */
export const NRM_STATUS_VALUES = ["not-referred", ...POST_NRM_SUB_STAGES] as const;
/** A case still being decided: new information updates it, and an adult can withdraw. */
export const OPEN_NRM_STATUSES = ["awaiting-rg", "positive-rg"] as const;
/** A case that has ended: new exploitation needs a new decision. */
export const CONCLUDED_NRM_STATUSES = ["negative-rg", "positive-cg", "negative-cg", "exited-support"] as const;
/** The type of exploitation suspected (several may apply). */
export const EXPLOITATION_VALUES = ["labour", "sexual", "criminal", "domestic-servitude", "organ-removal", "not-known"] as const;
/** Where the officer is, for British Transport Police: a territorial force area, or Scotland. */
export const LOCAL_AREA_VALUES = [...TERRITORIAL_FORCE_AREA_IDS, "scotland"] as const;
/** Which law and support apply where the person was met. */
export const NATIONS = ["england", "wales", "scotland", "not-known"] as const;

const oneOf = (values: readonly string[]) => `expected one of ${values.join(" | ")}`;

export const forceAreaIdSchema = z.enum(FORCE_AREA_IDS, { error: "unknown force area id" });
export const localAreaSchema = z.enum(LOCAL_AREA_VALUES, {
  error: "unknown local area: expected a territorial force area id or scotland",
});
export const ageSchema = z.enum(AGE_VALUES, { error: oneOf(AGE_VALUES) });
export const consentSchema = z.enum(CONSENT_VALUES, { error: oneOf(CONSENT_VALUES) });
export const nrmStatusSchema = z.enum(NRM_STATUS_VALUES, { error: oneOf(NRM_STATUS_VALUES) });
export const exploitationSchema = z.enum(EXPLOITATION_VALUES, { error: oneOf(EXPLOITATION_VALUES) });
export const nationSchema = z.enum(NATIONS);

export type Age = z.infer<typeof ageSchema>;
export type ConsentToNrm = z.infer<typeof consentSchema>;
export type NrmStatus = z.infer<typeof nrmStatusSchema>;
export type Exploitation = z.infer<typeof exploitationSchema>;
export type LocalArea = z.infer<typeof localAreaSchema>;
export type Nation = z.infer<typeof nationSchema>;

export function isConcluded(status: NrmStatus): boolean {
  return (CONCLUDED_NRM_STATUSES as readonly string[]).includes(status);
}

/** A suspect whose offence is not known yet has no `offence`. */
export const suspectSchema = z.strictObject({
  offence: offenceRefSchema.optional(),
});

const situationSchema = z.strictObject({
  immediateDanger: z.boolean(),
  medicalNeed: z.boolean(),
  needsInterpreter: z.boolean(),
  needsAccommodation: z.boolean(),
  /** Optional: the type(s) of exploitation suspected. */
  exploitation: z
    .array(exploitationSchema)
    .max(EXPLOITATION_VALUES.length)
    .refine((list) => new Set(list).size === list.length, "exploitation types must not repeat")
    .optional(),
});

export const factsSchema = z
  .strictObject({
    area: forceAreaIdSchema,
    /** For British Transport Police only: where the officer is. */
    localArea: localAreaSchema.optional(),
    person: z.strictObject({
      age: ageSchema,
      consentToNrm: consentSchema,
      nrmStatus: nrmStatusSchema,
      /** Only with a referred status: this is about exploitation after the earlier referral or decision. */
      newExploitation: z.boolean().optional(),
      /** Absent: the person is not a suspect. */
      suspect: suspectSchema.optional(),
    }),
    situation: situationSchema,
  })
  .superRefine((facts, ctx) => {
    if (facts.person.newExploitation !== undefined && facts.person.nrmStatus === "not-referred") {
      ctx.addIssue({
        code: "custom",
        path: ["person", "newExploitation"],
        message: "newExploitation is only for someone already referred (nrmStatus is not-referred)",
      });
    }
    if (facts.localArea !== undefined && facts.area !== "british-transport-police") {
      ctx.addIssue({ code: "custom", path: ["localArea"], message: "localArea is only for area british-transport-police" });
    }
  });
export type Facts = z.infer<typeof factsSchema>;

/**
 * One field per question. `offence: null` means "suspect, offence not known
 * yet"; an absent field means "not answered". `canDecide` and `staysInNrm`
 * are how the phone asks about consent in the hard cases; they become
 * `consentToNrm` in the facts.
 */
export const answersSchema = z.strictObject({
  immediateDanger: z.boolean().optional(),
  medicalNeed: z.boolean().optional(),
  age: ageSchema.optional(),
  exploitation: z
    .array(exploitationSchema)
    .max(EXPLOITATION_VALUES.length)
    .refine((list) => new Set(list).size === list.length, "exploitation types must not repeat")
    .optional(),
  nrmStatus: nrmStatusSchema.optional(),
  newExploitation: z.boolean().optional(),
  isSuspect: z.boolean().optional(),
  offence: offenceRefSchema.nullable().optional(),
  needsInterpreter: z.boolean().optional(),
  canDecide: z.boolean().optional(),
  consentToNrm: z.enum(["yes", "no", "not-asked"]).optional(),
  staysInNrm: z.enum(["yes", "no", "not-asked"]).optional(),
  needsAccommodation: z.boolean().optional(),
  area: forceAreaIdSchema.optional(),
  localArea: localAreaSchema.optional(),
});
export type Answers = z.infer<typeof answersSchema>;
export type FactField = keyof Answers;

export const FACT_FIELDS = [
  "immediateDanger",
  "medicalNeed",
  "age",
  "exploitation",
  "nrmStatus",
  "newExploitation",
  "isSuspect",
  "offence",
  "needsInterpreter",
  "canDecide",
  "consentToNrm",
  "staysInNrm",
  "needsAccommodation",
  "area",
  "localArea",
] as const satisfies readonly FactField[];

// Compile-time check that FACT_FIELDS names every answer field: this fails
// to type-check if a field is missing.
type MissingField = Exclude<FactField, (typeof FACT_FIELDS)[number]>;
export const FACT_FIELDS_COMPLETE: [MissingField] extends [never] ? true : false = true;

export const factFieldSchema = z.enum(FACT_FIELDS);
