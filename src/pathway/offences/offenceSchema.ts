// The offences officers actually meet, as data: the offences exploited people
// are most often suspected of (cannabis production, supply, immigration and
// identity document offences, theft, fraud...) and every Schedule 4 listing.
// Each says in plain words what it is, what people call it, where the law is,
// and whether Schedule 4 excludes the section 45 defence for it.
import { z } from "../../shared/zod";
import { provenanceSchema } from "../../shared/provenance";
import { sectionSchema } from "../schedule4/schedule4Schema";

/** Whether Schedule 4 excludes the section 45 defence for the offence. */
export const SCHEDULE4_STATUSES = ["excluded", "conditional", "not-listed"] as const;
export type Schedule4Status = (typeof SCHEDULE4_STATUSES)[number];

/**
 * An offence that is not on Schedule 4 but that exploited people are often
 * suspected of, with `everydayNames` as officers and the public say them
 * ("cannabis farm", "fake passport").
 */
export const commonOffenceSchema = z
  .strictObject({
    /** Stable kebab-case id, e.g. "misuse-of-drugs-act-1971-s6". */
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected a kebab-case id")
      .max(120),
    /** Short title of the Act with its year. */
    act: z.string().trim().min(1).max(200),
    /** As legislation writes it: "6", "4(2)", "24B", "327". */
    section: sectionSchema,
    /** What an officer might type. Only names that accurately describe this offence. */
    everydayNames: z.array(z.string().trim().min(1).max(80)).min(1).max(25),
    /**
     * Something about the offence is in doubt (a repeal not yet in force, a
     * new offence): its caution, in the locale file, is shown with it.
     */
    hasCaution: z.literal(true).optional(),
    provenance: provenanceSchema,
  })
  .superRefine((o, ctx) => {
    if (!/\b(1[6-9]|20)\d\d$/.test(o.act))
      ctx.addIssue({ code: "custom", message: "an Act's title must end with its year", path: ["act"] });
    if (o.provenance.verification === "verify" && o.provenance.noteId === undefined) {
      ctx.addIssue({
        code: "custom",
        message: "an unconfirmed entry must name the note that says why",
        path: ["provenance", "noteId"],
      });
    }
  });
export type CommonOffence = z.infer<typeof commonOffenceSchema>;
