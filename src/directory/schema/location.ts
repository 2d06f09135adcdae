// HSDS 3.0 "location" with a confidential-address flag: a refuge or safe-house
// address must never reach a screen, so a confidential location may not carry one.
import { z } from "../../shared/zod";
import { plainText, recordIdSchema } from "./text";

export const addressSchema = z.strictObject({
  line1: plainText(200),
  line2: plainText(200).optional(),
  town: plainText(100),
  postcode: z
    .string()
    .regex(/^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/, "expected a UK postcode")
    .optional(),
});
export type Address = z.infer<typeof addressSchema>;

export const locationSchema = z
  .strictObject({
    id: recordIdSchema,
    name: plainText(200).optional(),
    description: plainText(1000).optional(),
    confidentialAddress: z.boolean(),
    address: addressSchema.optional(),
    localAuthority: plainText(100).optional(),
  })
  .superRefine((loc, ctx) => {
    if (loc.confidentialAddress && loc.address !== undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["address"],
        message: "a confidential location must not include an address",
      });
    }
  });
export type Location = z.infer<typeof locationSchema>;
