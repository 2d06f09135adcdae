// HSDS 3.0 "organization", trimmed to what an officer needs.
import { z } from "../../shared/zod";
import { httpsUrlSchema, provenanceSchema } from "../../shared/provenance";
import { emailSchema, plainText, recordIdSchema } from "./text";

export const organisationSchema = z.strictObject({
  id: recordIdSchema,
  name: plainText(200),
  description: plainText(2000).optional(),
  website: httpsUrlSchema.optional(),
  email: emailSchema.optional(),
  provenance: provenanceSchema,
});
export type Organisation = z.infer<typeof organisationSchema>;
