// One Open Referral service as a Waymark service, its organisation and its
// locations. Problems are recorded, never thrown: the caller reports every
// problem in the file at once.
import type { z } from "../../shared/zod";
import type { Source } from "../../shared/provenance";
import { isoDateSchema } from "../../shared/provenance";
import { formatPath } from "../pack/packErrors";
import type { Location } from "../schema/location";
import type { Organisation } from "../schema/organisation";
import type { Service } from "../schema/service";
import { bcp47Schema } from "../schema/text";
import type { DirectoryArea, ServiceStatus } from "../schema/vocabulary";
import { hoursFromSchedules } from "./orukHours";
import { orukOrganizationSchema, orukServiceSchema, type OrukOrganization, type OrukService } from "./orukSchema";
import type { OrukProblems, Subject } from "./orukProblems";
import { readClassification } from "./readClassification";
import type { FeedItem } from "./readFeed";
import { cleanText, fitText, readEmail, readLink, recordIdOf, type LinkContext } from "./readFields";
import { readLocations } from "./readLocations";
import { readPhones, type PhoneSource } from "./readPhones";
import { uuidV5 } from "./uuid";

export interface ReadContext {
  area: DirectoryArea;
  source: Source;
  today: string;
  dropHttpLinks: boolean;
  problems: OrukProblems;
}

export interface ServiceReading {
  service: Service;
  organisation: Organisation;
  locations: Location[];
}

const MAX_LANGUAGES = 60;
const NO_DESCRIPTION = "No description was given in the Open Referral UK record.";

const FIELD_WORDS: Record<string, string> = {
  id: "id",
  name: "name",
  description: "description",
  url: "web address",
  email: "email address",
  website: "website",
  status: "status",
  minimum_age: "minimum age",
  maximum_age: "maximum age",
  assured_date: "assured date",
  last_modified: "last modified date",
  number: "phone number",
  phones: "phones",
  schedules: "opening hours (schedules)",
  languages: "languages",
  code: "language code",
  organization: "organisation",
  service_at_locations: "locations",
  location: "location",
  addresses: "addresses",
  attributes: "attributes",
  taxonomy_term: "taxonomy term",
};

/** A field's path in plain words, with the path itself when that adds anything: "phone number (phones[0].number)". */
export function fieldWords(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p): p is string => typeof p === "string");
  const plain = last === undefined ? "" : (FIELD_WORDS[last] ?? last.replace(/_/g, " "));
  const formatted = formatPath(path);
  return formatted === "" || formatted === last ? plain : `${plain} (${formatted})`;
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  array: "a list",
  object: "an object with fields",
  boolean: "true or false",
};

function zodIssueText(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
  if (issue.code === "invalid_union") return "expected text or a number";
  return issue.message;
}

function readStatus(s: OrukService, ctx: ReadContext, subject: Subject): ServiceStatus {
  const status = cleanText(s.status)?.toLowerCase();
  switch (status) {
    case "active":
      return "active";
    case "inactive":
    case "defunct":
      return "inactive";
    case "temporarily closed":
      ctx.problems.note(
        '"temporarily closed" services were imported as inactive: officers do not see them until reopened',
        subject,
      );
      return "inactive";
    case undefined:
      ctx.problems.note("no status was given; the service was imported as active", subject);
      return "active";
    default:
      ctx.problems.error(
        subject,
        ["status"],
        "status",
        `"${status.slice(0, 40)}" is not active, inactive, defunct or temporarily closed`,
      );
      return "inactive";
  }
}

function readAge(value: number | null | undefined, field: "minimum_age" | "maximum_age", ctx: ReadContext, subject: Subject) {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0) {
    ctx.problems.error(subject, [field], fieldWords([field]), `${value} is not a whole number of years`);
    return undefined;
  }
  if (value > 120) {
    // Feeds often write 99 or 999 for "no upper limit".
    ctx.problems.note(`an age of more than 120 (${value}) was read as "no limit"`, subject);
    return undefined;
  }
  return value;
}

/** How the "last checked" date was found; officers see it beside the date when it is not the source's assured date. */
type DateBasis = "assured" | "modified" | "imported";

const DATE_NOTES: Record<DateBasis, string> = {
  assured: "Imported from an Open Referral UK directory.",
  modified:
    "Imported from an Open Referral UK directory. It gave no date the entry was last checked: the date shown is when the directory last changed the entry.",
  imported:
    "Imported from an Open Referral UK directory. It gave no date the entry was last checked: the date shown is the day it was imported, not a check.",
};

function readAssuredDate(s: OrukService, ctx: ReadContext, subject: Subject): { date: string; basis: DateBasis } {
  const given = cleanText(s.assured_date);
  if (given !== undefined) {
    const date = given.slice(0, 10);
    if (!isoDateSchema.safeParse(date).success || (given.length > 10 && given[10] !== "T")) {
      ctx.problems.error(
        subject,
        ["assured_date"],
        "assured date",
        `"${given.slice(0, 40)}" is not a date written as YYYY-MM-DD`,
      );
      return { date: ctx.today, basis: "imported" };
    }
    if (date > ctx.today) {
      ctx.problems.note("an assured date in the future was replaced by the import date", subject);
      return { date: ctx.today, basis: "imported" };
    }
    return { date, basis: "assured" };
  }
  const modified = cleanText(s.last_modified)?.slice(0, 10);
  if (modified !== undefined && isoDateSchema.safeParse(modified).success && modified <= ctx.today) {
    ctx.problems.note("no assured_date: the date of last_modified was used as the date it was last checked", subject);
    return { date: modified, basis: "modified" };
  }
  ctx.problems.note("no assured_date or last_modified: the import date was used as the date it was last checked", subject);
  return { date: ctx.today, basis: "imported" };
}

function readLanguages(s: OrukService, ctx: ReadContext, subject: Subject): string[] {
  const out: string[] = [];
  for (const language of s.languages ?? []) {
    const code = cleanText(language.code);
    if (code === undefined) {
      const name = cleanText(language.name);
      ctx.problems.note(
        name === undefined
          ? "a language given without a code or a name was left out"
          : `a language given without a code was left out ("${name.slice(0, 40)}")`,
        subject,
      );
      continue;
    }
    let canonical: string | undefined;
    try {
      // Intl knows the ISO 639-2/3 codes that have a two-letter form (pol -> pl), as BCP 47 asks.
      canonical = Intl.getCanonicalLocales(code)[0];
    } catch {
      canonical = undefined;
    }
    if (canonical === undefined || !bcp47Schema.safeParse(canonical).success) {
      ctx.problems.note(`the language code "${code.slice(0, 20)}" is not one Waymark can read and was left out`, subject);
      continue;
    }
    if (!out.includes(canonical)) out.push(canonical);
  }
  if (out.length > MAX_LANGUAGES) {
    ctx.problems.note(`only the first ${MAX_LANGUAGES} languages were kept`, subject);
    return out.slice(0, MAX_LANGUAGES);
  }
  return out;
}

/**
 * Where an organisation's problems are reported: inside the service, or, for
 * a file that is one organisation with its services, at the top of the file
 * (once, however many services share it).
 */
interface OrganisationPlace {
  subject: Subject;
  prefix: (string | number)[];
}

function organisationPlace(own: OrukOrganization | undefined, shared: OrukOrganization | undefined, service: Subject) {
  if (own !== undefined || shared === undefined) return { subject: service, prefix: ["organization"] };
  const name = cleanText(shared.name)?.slice(0, 80);
  const id = shared.id === null || shared.id === undefined ? undefined : String(shared.id);
  const label = `the organisation${name === undefined ? "" : ` "${name}"`}${id === undefined ? "" : ` (${id})`}`;
  const subject: Subject = id === undefined ? { label, path: [] } : { label, record: id, path: [] };
  return { subject, prefix: [] };
}

function readOrganisation(
  raw: OrukOrganization | undefined,
  ctx: ReadContext,
  place: OrganisationPlace,
  assuredDate: string,
): Organisation | undefined {
  const { subject, prefix } = place;
  const name = fitText(raw?.name, 200, "organisation name", ctx.problems, subject);
  if (raw === undefined || name === undefined) {
    ctx.problems.error(
      subject,
      [...prefix, "name"],
      "organisation",
      "the service does not name the organisation that runs it (organization.name)",
    );
    return undefined;
  }
  const id = recordIdOf(raw.id) ?? uuidV5(`oruk-organisation-name:${name}`);
  const links: LinkContext = { problems: ctx.problems, subject, dropHttpLinks: ctx.dropHttpLinks };
  const organisation: Organisation = {
    id,
    name,
    provenance: { sources: [ctx.source], lastReviewed: assuredDate, verification: "verify" },
  };
  const description = fitText(raw.description, 2000, "organisation description", ctx.problems, subject);
  if (description !== undefined) organisation.description = description;
  const website = readLink(raw.website, [...prefix, "website"], "organisation website", links);
  if (website !== undefined) organisation.website = website;
  const email = readEmail(raw.email, "organisation email address", ctx.problems, subject);
  if (email !== undefined) organisation.email = email;
  return organisation;
}

/** The organisation of a file that holds one organisation's services, read once for all of them. */
export function readSharedOrganization(raw: Record<string, unknown>, problems: OrukProblems): OrukOrganization | undefined {
  const parsed = orukOrganizationSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    problems.error(undefined, issue.path as (string | number)[], `organisation ${fieldWords(issue.path)}`, zodIssueText(issue));
  }
  return undefined;
}

export function readService(
  item: FeedItem,
  subject: Subject,
  ctx: ReadContext,
  sharedOrganization?: OrukOrganization,
): ServiceReading | undefined {
  const { problems } = ctx;
  if (typeof item.value !== "object" || item.value === null || Array.isArray(item.value)) {
    problems.error(subject, [], "", "is not a service record (expected an object with fields)", "not-oruk");
    return undefined;
  }
  const parsed = orukServiceSchema.safeParse(item.value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.error(subject, issue.path as (string | number)[], fieldWords(issue.path), zodIssueText(issue));
    }
    return undefined;
  }
  const s = parsed.data;
  const errorsBefore = problems.errors.length;
  const id = recordIdOf(s.id);
  if (id === undefined) problems.error(subject, ["id"], "id", "the service has no id");
  const name = fitText(s.name, 200, "name", problems, subject);
  if (name === undefined) problems.error(subject, ["name"], "name", "the service has no name");

  const { date: assuredDate, basis: dateBasis } = readAssuredDate(s, ctx, subject);
  const ownOrganization = s.organization ?? undefined;
  const organisation = readOrganisation(
    ownOrganization ?? sharedOrganization,
    ctx,
    organisationPlace(ownOrganization, sharedOrganization, subject),
    assuredDate,
  );
  const links: LinkContext = { problems, subject, dropHttpLinks: ctx.dropHttpLinks };
  const url = readLink(s.url, ["url"], "web address (url)", links);
  const email = readEmail(s.email, "email address", problems, subject);
  const status = readStatus(s, ctx, subject);
  const minimumAge = readAge(s.minimum_age, "minimum_age", ctx, subject);
  const maximumAge = readAge(s.maximum_age, "maximum_age", ctx, subject);
  if (minimumAge !== undefined && maximumAge !== undefined && minimumAge > maximumAge) {
    problems.error(subject, ["maximum_age"], "maximum age", `${maximumAge} is below the minimum age ${minimumAge}`);
  }
  const classification = readClassification(s.attributes ?? [], ["attributes"], problems, subject);
  const serviceId = id ?? "";
  const { locations, phoneSources } = readLocations(
    serviceId,
    s.service_at_locations ?? [],
    classification.confidentialAddress,
    problems,
    subject,
  );
  const sources: PhoneSource[] = [{ phones: s.phones ?? [], field: ["phones"] }, ...phoneSources];
  const phones = readPhones(sources, problems, subject);
  const languages = readLanguages(s, ctx, subject);
  const hoursReading = hoursFromSchedules(s.schedules ?? [], ctx.today);
  for (const n of hoursReading.notes) problems.note(n, subject);

  if (organisation === undefined || name === undefined || id === undefined || problems.errors.length > errorsBefore)
    return undefined;

  let description = fitText(s.description, 3000, "description", problems, subject);
  if (description === undefined) {
    problems.note("no description was given; the entry says so", subject);
    description = NO_DESCRIPTION;
  }
  const service: Service = {
    id,
    organisationId: organisation.id,
    name,
    description,
    status,
    links: [],
    phones,
    languages,
    locationIds: locations.map((l) => l.id),
    stages: classification.stages,
    needs: classification.needs,
    area: { forceArea: ctx.area },
    assuredDate,
    sample: classification.sample !== undefined,
    provenance: {
      sources: [ctx.source],
      lastReviewed: assuredDate,
      verification: "verify",
      verificationNote: DATE_NOTES[dateBasis],
    },
  };
  if (!classification.complete) service.unclassified = true;
  if (classification.postNrmSubStages.length > 0) service.postNrmSubStages = classification.postNrmSubStages;
  if (classification.audience !== undefined) service.audience = classification.audience;
  if (classification.genderRestriction !== undefined) service.genderRestriction = classification.genderRestriction;
  if (classification.sample !== undefined) service.sampleSource = classification.sample.source ?? ctx.source.title;
  const alternateName = fitText(s.alternate_name, 200, "alternate name", problems, subject);
  if (alternateName !== undefined) service.alternateName = alternateName;
  if (url !== undefined) service.url = url;
  if (email !== undefined) service.email = email;
  const eligibility = fitText(s.eligibility_description, 1000, "eligibility description", problems, subject);
  if (eligibility !== undefined) service.eligibility = eligibility;
  const howToAccess = fitText(s.application_process, 1500, "application process", problems, subject);
  if (howToAccess !== undefined) service.howToAccess = howToAccess;
  if (minimumAge !== undefined) service.minimumAge = minimumAge;
  if (maximumAge !== undefined) service.maximumAge = maximumAge;
  if (hoursReading.hours !== undefined) service.hours = hoursReading.hours;
  if (
    !classification.complete &&
    (classification.stages.length > 0 || classification.needs.length > 0 || classification.audience)
  ) {
    problems.note(
      "the Waymark terms it carries do not give a stage, an audience and a need; what they give was kept for the MSVLO to finish",
      subject,
    );
  }
  return { service, organisation, locations };
}
