// Each language's status, from locales/<code>/meta.json: a draft is never
// presented as reviewed. The app shows a draft's status to the officer.
import { z } from "../shared/zod";
import { isoDateSchema } from "../shared/provenance";

export const localeMetaSchema = z
  .strictObject({
    code: z.string().min(2).max(12),
    englishName: z.string().min(2).max(60),
    /** source: the base language the others translate; draft: not yet reviewed; reviewed: checked by a qualified translator. */
    status: z.enum(["source", "draft", "reviewed"]),
    /** Which namespaces this locale translates (person-only languages: ["person"]). */
    namespaces: z.array(z.string().regex(/^[a-z]+$/)).min(1),
    translation: z.strictObject({ by: z.string().min(3).max(200), on: isoDateSchema }),
    /** Who reviewed it, with what qualification, and when: required for "reviewed", absent for a draft. */
    review: z
      .strictObject({ by: z.string().min(3).max(200), qualification: z.string().min(3).max(200), on: isoDateSchema })
      .nullable(),
    notes: z.string().max(2000),
  })
  .superRefine((meta, ctx) => {
    if (meta.status === "reviewed" && meta.review === null)
      ctx.addIssue({
        code: "custom",
        path: ["review"],
        message: "a reviewed translation must say who reviewed it, with what qualification, and when",
      });
    if (meta.status !== "reviewed" && meta.review !== null)
      ctx.addIssue({ code: "custom", path: ["status"], message: "a translation with a review must be marked reviewed" });
  });
export type LocaleMeta = z.infer<typeof localeMetaSchema>;
