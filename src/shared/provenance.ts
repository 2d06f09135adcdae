// Where a fact came from and when a person last checked it. Every guidance
// item and every directory entry carries these, and the UI shows them.
import { z } from "./zod";

/** Calendar date, YYYY-MM-DD, validated as a real date. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: "not a real calendar date",
  });

/** Only https links leave the app; http, data: and javascript: are refused. */
export const httpsUrlSchema = z
  .string()
  .max(2000)
  .refine((s) => {
    try {
      return new URL(s).protocol === "https:";
    } catch {
      return false;
    }
  }, "expected an https: URL");

export const sourceSchema = z.strictObject({
  /** Document title, e.g. "Modern Slavery Act 2015". */
  title: z.string().min(1).max(300),
  /** Who published it, e.g. "Home Office". */
  publisher: z.string().min(1).max(200).optional(),
  /** Section, paragraph or chapter within the document. */
  section: z.string().min(1).max(200).optional(),
  /** Version or publication/update date as the document states it. */
  version: z.string().min(1).max(100).optional(),
  url: httpsUrlSchema.optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/**
 * "confirmed": checked against a primary or current official source.
 * "verify": taken from a secondary or older source, or not confirmed; the app
 * shows it as unconfirmed.
 */
export const verificationSchema = z.enum(["confirmed", "verify"]);
export type Verification = z.infer<typeof verificationSchema>;

export const provenanceSchema = z.strictObject({
  sources: z.array(sourceSchema).min(1),
  lastReviewed: isoDateSchema,
  verification: verificationSchema,
  /** Why a "verify" item is unconfirmed, shown beside the flag (packs: the publisher's own words). */
  verificationNote: z.string().min(1).max(500).optional(),
  /**
   * The built-in content's notes are translated: it names the note (a key of
   * `notes` in the content locale files) instead of carrying English text.
   */
  noteId: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(80)
    .optional(),
  /** The day by which this must be checked again (for example a contract that ends); the build warns from 90 days before. */
  reviewBy: isoDateSchema.optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;
