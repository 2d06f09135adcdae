// HSDS 3.0 "service" plus the Waymark extensions: NRM stages served,
// audience, needs, area, sample marking and provenance.
import { z } from "../../shared/zod";
import { httpsUrlSchema, isoDateSchema, provenanceSchema, verificationSchema } from "../../shared/provenance";
import { isConfirmedNumber } from "../../shared/verifiedNumbers";
import { bcp47Schema, emailSchema, plainText, recordIdSchema, safeLinkSchema } from "./text";
import {
  audienceSchema,
  directoryAreaSchema,
  genderRestrictionSchema,
  needSchema,
  nrmStageSchema,
  postNrmSubStageSchema,
  serviceStatusSchema,
} from "./vocabulary";

/**
 * A publisher's statement that a person rang the number and it reached the
 * service. It counts only in a pack signed with a key trusted for the pack's
 * area (phones/phoneStatus.ts decides); in any other pack it is kept but shown
 * as not confirmed, so editing a pack cannot forge it.
 */
export const phoneConfirmedBySchema = z.strictObject({
  /** Who confirmed it, as the publisher names them (a role, not necessarily a person). */
  name: plainText(200),
  /** The day they rang it. */
  on: isoDateSchema,
});
export type PhoneConfirmedBy = z.infer<typeof phoneConfirmedBySchema>;

export const phoneSchema = z
  .strictObject({
    number: z.string().regex(/^\+?[\d ()-]{3,25}$/, "expected a phone number of digits and spaces"),
    /** What the number is for when a service has several ("Out of hours", "Referrals"). */
    description: plainText(200).optional(),
    /** Only a number on the project's confirmed list may be "confirmed". */
    verification: verificationSchema,
    confirmedBy: phoneConfirmedBySchema.optional(),
  })
  .superRefine((phone, ctx) => {
    if (phone.verification === "confirmed" && !isConfirmedNumber(phone.number)) {
      ctx.addIssue({
        code: "custom",
        path: ["verification"],
        message: 'this number is not on the confirmed list: mark it "verify"',
      });
    }
  });
export type Phone = z.infer<typeof phoneSchema>;

export const linkSchema = z.strictObject({
  label: plainText(100),
  href: safeLinkSchema,
});
export type Link = z.infer<typeof linkSchema>;

const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected a time as HH:MM");
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

export const openingPeriodSchema = z.strictObject({
  days: z.array(z.enum(WEEKDAYS)).min(1),
  opens: timeSchema,
  closes: timeSchema,
});

/** HSDS schedules reduced to what a phone screen shows: 24/7, or weekly periods. */
export const hoursSchema = z.discriminatedUnion("open247", [
  z.strictObject({ open247: z.literal(true), note: plainText(300).optional() }),
  z.strictObject({
    open247: z.literal(false),
    weekly: z.array(openingPeriodSchema).max(21),
    note: plainText(300).optional(),
  }),
]);
export type Hours = z.infer<typeof hoursSchema>;

export const serviceAreaSchema = z.strictObject({
  forceArea: directoryAreaSchema,
  localAuthority: plainText(100).optional(),
});

export const serviceSchema = z
  .strictObject({
    id: recordIdSchema,
    organisationId: recordIdSchema,
    name: plainText(200),
    alternateName: plainText(200).optional(),
    description: plainText(3000),
    status: serviceStatusSchema,
    url: httpsUrlSchema.optional(),
    email: emailSchema.optional(),
    links: z.array(linkSchema).max(20),
    phones: z.array(phoneSchema).max(10),
    /** Shown where no number is held, e.g. "Add the local number". */
    noPhoneNote: plainText(300).optional(),
    eligibility: plainText(1000).optional(),
    minimumAge: z.int().min(0).max(120).optional(),
    maximumAge: z.int().min(0).max(120).optional(),
    languages: z.array(bcp47Schema).max(60),
    hours: hoursSchema.optional(),
    howToAccess: plainText(1500).optional(),
    locationIds: z.array(recordIdSchema).max(50),
    /**
     * Imported from a directory that says nothing about the NRM (Open Referral
     * UK): stages, audience and needs are not known yet. Officers never see it
     * until an MSVLO classifies it.
     */
    unclassified: z.literal(true).optional(),
    /** Waymark: stages of the NRM this service helps at (at least one unless unclassified). */
    stages: z.array(nrmStageSchema).max(3),
    /** Waymark: which post-NRM steps; absent means all of them. Needs "post-nrm" in stages. */
    postNrmSubStages: z.array(postNrmSubStageSchema).min(1).optional(),
    audience: audienceSchema.optional(),
    genderRestriction: genderRestrictionSchema.optional(),
    needs: z.array(needSchema),
    area: serviceAreaSchema,
    /** When a person last checked this entry (HSDS assured_date). */
    assuredDate: isoDateSchema,
    /** Illustrative data, not an official local route. */
    sample: z.boolean(),
    /** Required for samples: the public document it was drawn from. */
    sampleSource: plainText(500).optional(),
    provenance: provenanceSchema,
  })
  .superRefine((s, ctx) => {
    const issue = (path: string, message: string) => {
      ctx.addIssue({ code: "custom", path: [path], message });
    };
    if (s.sample && s.sampleSource === undefined) issue("sampleSource", "a sample entry must name its source");
    if (s.unclassified !== true) {
      if (s.stages.length === 0) issue("stages", "choose at least one NRM stage");
      if (s.audience === undefined) issue("audience", "choose who the service is for");
      if (s.needs.length === 0) issue("needs", "choose at least one need");
    }
    if (s.postNrmSubStages !== undefined && !s.stages.includes("post-nrm")) {
      issue("postNrmSubStages", 'sub-stages need "post-nrm" in stages');
    }
    if (new Set(s.stages).size !== s.stages.length) issue("stages", "stages must not repeat");
    if (new Set(s.needs).size !== s.needs.length) issue("needs", "needs must not repeat");
    if (s.minimumAge !== undefined && s.maximumAge !== undefined && s.minimumAge > s.maximumAge) {
      issue("maximumAge", "maximum age is below minimum age");
    }
  });
export type Service = z.infer<typeof serviceSchema>;
