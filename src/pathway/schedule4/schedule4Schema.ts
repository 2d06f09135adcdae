// Schedule 4 of the Modern Slavery Act 2015 lists the offences for which the
// section 45 defence is not available. These schemas describe one listed
// offence and the reference a user or the pathway engine checks against it.
import { z } from "../../shared/zod";
import { isoDateSchema, provenanceSchema } from "../../shared/provenance";

/**
 * A section as legislation writes it: digits, up to two capital letters, then
 * any "(n)" subsection groups: "8", "12A", "17(2)", "1(2)", "24(A1)", "24(E1A)". Paragraph letters
 * such as "(a)" are deliberately out of scope; "s"/"section" prefixes are
 * stripped by search, never accepted here.
 */
export const SECTION_PATTERN = /^\d+[A-Z]{0,2}(\([A-Z]?\d+[A-Za-z]?\))*$/;
export const sectionSchema = z.string().regex(SECTION_PATTERN, "expected a section such as 8, 12A or 17(2)");

const isCommonLaw = (act: string): boolean => act.trim().toLowerCase() === "common law";

const statutoryRefSchema = z.strictObject({
  act: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((act) => !isCommonLaw(act), "a common law offence takes a name, not a section"),
  section: sectionSchema,
});

const commonLawRefSchema = z.strictObject({
  act: z.string().trim().refine(isCommonLaw, 'expected "common law"'),
  name: z.string().trim().min(1).max(200),
});

/** What is checked against the Schedule: an Act and section, or a common law offence. */
export const offenceRefSchema = z.union([statutoryRefSchema, commonLawRefSchema]);
export type OffenceRef = z.infer<typeof offenceRefSchema>;

/**
 * Paragraph numbers are only given where a primary text showed them. Where
 * the paragraph itself was not seen, the entry says where it is believed to
 * sit instead of guessing a number.
 */
export const paragraphSchema = z
  .string()
  .regex(/^(\d{1,3}|unconfirmed \((between \d{1,3} and \d{1,3}|after \d{1,3})\))$/, "expected a paragraph number");

export const schedule4EntrySchema = z
  .strictObject({
    /** Stable kebab-case id, e.g. "theft-act-1968-s8", "common-law-kidnapping". */
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id")
      .max(120),
    paragraph: paragraphSchema,
    /** Short title of the Act with its year, or "common law". */
    act: z.string().trim().min(1).max(200),
    section: sectionSchema.optional(),
    /** Common law offences only. */
    name: z.string().trim().min(1).max(200).optional(),
    /** What an officer might type. Only names that accurately describe this offence. */
    everydayNames: z.array(z.string().trim().min(1).max(80)).max(20),
    /** Listed only in some circumstances: the condition (in the locale file) says which; the officer must check it. */
    conditional: z.literal(true).optional(),
    provenance: provenanceSchema,
  })
  .superRefine((entry, ctx) => {
    if (isCommonLaw(entry.act)) {
      if (entry.name === undefined) ctx.addIssue({ code: "custom", message: "a common law entry needs a name", path: ["name"] });
      if (entry.section !== undefined)
        ctx.addIssue({ code: "custom", message: "a common law entry has no section", path: ["section"] });
    } else {
      if (entry.section === undefined)
        ctx.addIssue({ code: "custom", message: "a statutory entry needs a section", path: ["section"] });
      if (entry.name !== undefined)
        ctx.addIssue({ code: "custom", message: "only common law entries have a name", path: ["name"] });
      if (!/\b(1[6-9]|20)\d\d$/.test(entry.act))
        ctx.addIssue({ code: "custom", message: "an Act's title must end with its year", path: ["act"] });
    }
    if (entry.provenance.verification === "verify" && entry.provenance.noteId === undefined) {
      ctx.addIssue({
        code: "custom",
        message: "an unconfirmed entry must name the note that says why",
        path: ["provenance", "noteId"],
      });
    }
  });
export type Schedule4Entry = z.infer<typeof schedule4EntrySchema>;

/** Where the stored list is known to be incomplete, by Act (the words are in the locale file: list.gaps.<id>). */
export const schedule4GapSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  act: z.string().min(1).max(200),
});
export type Schedule4Gap = z.infer<typeof schedule4GapSchema>;

/** The Schedule as a whole: where it was read, how current that copy was, what is missing. */
export const schedule4ProvenanceSchema = z.strictObject({
  ...provenanceSchema.shape,
  /** The date legislation.gov.uk said its revised text was up to date to. */
  legislationUpToDate: isoDateSchema,
  knownGaps: z.array(schedule4GapSchema),
});
export type Schedule4Provenance = z.infer<typeof schedule4ProvenanceSchema>;
