// Open Referral UK (HSDS 3.0 with the UK profile) as Waymark reads and writes
// it: only the fields the mapping uses, each optional and nullable (real feeds
// write null for "not known"), and every object loose (a feed may carry fields
// of its own, which the profile allows). The profile's compiled JSON Schema is
// the reference; tests/fixtures/oruk/ holds a copy and the tests check our
// output against it. Besides the profile's fields, Waymark reads and writes a
// few core HSDS 3.0 fields the UK profile leaves out (service phones,
// eligibility_description, application_process, alternate_name, a language's
// name and code, address_2, an attribute's value); docs/open-referral.md says
// which and why.
import { z } from "../../shared/zod";

const text = z.string().nullish();
const number = z.number().nullish();
/** Ids are UUIDs in the profile; older feeds use numbers. */
const id = z.union([z.string(), z.number()]).nullish();
const list = <T extends z.ZodType>(item: T) => z.array(item).nullish();

export const orukTaxonomyTermSchema = z.looseObject({
  id,
  name: text,
  description: text,
  taxonomy: text,
  taxonomy_id: id,
  /** The UK profile's term code. */
  term: text,
  /** HSDS 3.0's term code (the UK profile calls it `term`). */
  code: text,
  term_uri: text,
});
export type OrukTaxonomyTerm = z.infer<typeof orukTaxonomyTermSchema>;

export const orukAttributeSchema = z.looseObject({
  id,
  link_id: id,
  link_type: text,
  link_entity: text,
  taxonomy_term_id: id,
  /** HSDS 3.0 (not in the UK profile): the attribute's value. */
  value: text,
  taxonomy_term: orukTaxonomyTermSchema.nullish(),
});
export type OrukAttribute = z.infer<typeof orukAttributeSchema>;

export const orukLanguageSchema = z.looseObject({
  id,
  /** HSDS 3.0 (not in the UK profile). */
  name: text,
  /** HSDS 3.0 (not in the UK profile): ISO 639-1 or 639-2/3. */
  code: text,
  note: text,
});
export type OrukLanguage = z.infer<typeof orukLanguageSchema>;

export const orukPhoneSchema = z.looseObject({
  id,
  number: text,
  extension: z.union([z.number(), z.string()]).nullish(),
  type: text,
  description: text,
  languages: list(orukLanguageSchema),
  attributes: list(orukAttributeSchema),
});
export type OrukPhone = z.infer<typeof orukPhoneSchema>;

export const orukScheduleSchema = z.looseObject({
  id,
  valid_from: text,
  valid_to: text,
  dtstart: text,
  freq: text,
  interval: number,
  byday: text,
  bymonthday: text,
  description: text,
  opens_at: text,
  closes_at: text,
  attending_type: text,
  notes: text,
});
export type OrukSchedule = z.infer<typeof orukScheduleSchema>;

export const orukAddressSchema = z.looseObject({
  id,
  attention: text,
  address_1: text,
  /** HSDS 3.0 (not in the UK profile). */
  address_2: text,
  city: text,
  region: text,
  state_province: text,
  postal_code: text,
  country: text,
  address_type: text,
  attributes: list(orukAttributeSchema),
});
export type OrukAddress = z.infer<typeof orukAddressSchema>;

export const orukLocationSchema = z.looseObject({
  id,
  location_type: text,
  name: text,
  description: text,
  latitude: number,
  longitude: number,
  addresses: list(orukAddressSchema),
  /** HSDS 3.0 (not in the UK profile). */
  phones: list(orukPhoneSchema),
  attributes: list(orukAttributeSchema),
});
export type OrukLocation = z.infer<typeof orukLocationSchema>;

export const orukServiceAtLocationSchema = z.looseObject({
  id,
  location_id: id,
  /** HSDS 3.0 (not in the UK profile). */
  phones: list(orukPhoneSchema),
  location: orukLocationSchema.nullish(),
  attributes: list(orukAttributeSchema),
});
export type OrukServiceAtLocation = z.infer<typeof orukServiceAtLocationSchema>;

export const orukServiceAreaSchema = z.looseObject({
  id,
  name: text,
  service_area: text,
  extent: text,
  extent_type: text,
});
export type OrukServiceArea = z.infer<typeof orukServiceAreaSchema>;

export const orukOrganizationSchema = z.looseObject({
  id,
  name: text,
  description: text,
  email: text,
  website: text,
  uri: text,
});
export type OrukOrganization = z.infer<typeof orukOrganizationSchema>;

export const orukServiceSchema = z.looseObject({
  id,
  organization_id: id,
  name: text,
  /** HSDS 3.0 (not in the UK profile). */
  alternate_name: text,
  description: text,
  url: text,
  email: text,
  status: text,
  /** HSDS 3.0 (not in the UK profile). */
  eligibility_description: text,
  /** HSDS 3.0 (not in the UK profile). */
  application_process: text,
  minimum_age: number,
  maximum_age: number,
  assured_date: text,
  alert: text,
  last_modified: text,
  /** HSDS 3.0 (not in the UK profile). */
  phones: list(orukPhoneSchema),
  schedules: list(orukScheduleSchema),
  service_areas: list(orukServiceAreaSchema),
  service_at_locations: list(orukServiceAtLocationSchema),
  languages: list(orukLanguageSchema),
  organization: orukOrganizationSchema.nullish(),
  attributes: list(orukAttributeSchema),
});
export type OrukService = z.infer<typeof orukServiceSchema>;

/** A page of the `/services` endpoint: services with their one-to-one fields, and paging. */
export const orukServicePageSchema = z.looseObject({
  total_items: number,
  total_pages: number,
  page_number: number,
  size: number,
  first_page: z.boolean().nullish(),
  last_page: z.boolean().nullish(),
  empty: z.boolean().nullish(),
  contents: z.array(z.unknown()),
});
export type OrukServicePage = z.infer<typeof orukServicePageSchema>;
