// Open Referral UK (HSDS 3.0) -> a Waymark pathway pack for one area. The
// mapping is in docs/open-referral.md. Every problem in the file is collected
// and reported at once, each naming the service and the field; any problem
// means no pack. The pack is checked with pathwayPackSchema like any other,
// and is unsigned: it imports "unverified", and no number in it is confirmed
// except those on the project's own list.
import type { Source } from "../../shared/provenance";
import { addDays, calendarDate } from "../dates";
import type { PackError } from "../pack/packErrors";
import type { Location } from "../schema/location";
import type { Organisation } from "../schema/organisation";
import { PACK_FORMAT, PACK_SCHEMA_VERSION, pathwayPackSchema, publisherSchema, type PathwayPack } from "../schema/pack";
import type { Service } from "../schema/service";
import { directoryAreaSchema, type DirectoryArea } from "../schema/vocabulary";
import { OrukProblems, serviceSubject, type Subject } from "./orukProblems";
import type { OrukOrganization } from "./orukSchema";
import { servicesInFeed } from "./readFeed";
import { cleanText } from "./readFields";
import { readService, readSharedOrganization, type ReadContext } from "./readService";

/** How long an imported pack counts as current before its entries are flagged "out of date". */
export const ORUK_PACK_VALID_DAYS = 365;

export interface OrukToPackOptions {
  /** The force area (or "national") the MSVLO chose; every service is filed under it. Checked here. */
  area: DirectoryArea | (string & {});
  /** Who the pack is from: area + publisher id identify it, so a later import of the same feed replaces it. */
  publisher: { id: string; name: string };
  now: Date;
  /** Where the feed came from; kept in each entry's sources when it is https. */
  sourceUrl?: string;
  /** The person chose to import without the feed's http: links (dropped with a note, never rewritten). */
  dropHttpLinks?: boolean;
  /** The feed's name for the sources; default "PUBLISHER: Open Referral UK directory". */
  title?: string;
}

export type OrukConversion =
  { ok: true; pack: PathwayPack; unclassified: number; notes: string[] } | { ok: false; errors: PackError[] };

function sourceOf(options: OrukToPackOptions, problems: OrukProblems): Source {
  const publisherName = cleanText(options.publisher.name)?.slice(0, 200) ?? options.publisher.id;
  const title = (cleanText(options.title) ?? `${publisherName}: Open Referral UK directory`).slice(0, 300);
  const source: Source = { title, publisher: publisherName };
  if (options.sourceUrl !== undefined) {
    let https = false;
    try {
      https = new URL(options.sourceUrl).protocol === "https:";
    } catch {
      https = false;
    }
    if (https && options.sourceUrl.length <= 2000) source.url = options.sourceUrl;
    else problems.note("the address the file came from is not https, so it is not listed among the sources");
  }
  return source;
}

function checkOptions(options: OrukToPackOptions, problems: OrukProblems): DirectoryArea | undefined {
  const area = directoryAreaSchema.safeParse(options.area);
  if (!area.success) {
    problems.error(
      undefined,
      ["area"],
      "",
      `the area "${String(options.area).slice(0, 60)}" is not one Waymark knows; choose a force area id such as "devon-and-cornwall", or "national"`,
    );
  }
  const publisher = publisherSchema.safeParse(options.publisher);
  if (!publisher.success) {
    for (const issue of publisher.error.issues) {
      const field = issue.path[0] === "name" ? "publisher name" : "publisher id";
      problems.error(undefined, ["publisher", ...(issue.path as (string | number)[])], field, issue.message);
    }
  }
  return area.success ? area.data : undefined;
}

export function orukToPack(json: unknown, options: OrukToPackOptions): OrukConversion {
  const problems = new OrukProblems();
  const area = checkOptions(options, problems);
  const today = calendarDate(options.now);
  const ctx: ReadContext = {
    area: area ?? "national",
    source: sourceOf(options, problems),
    today,
    dropHttpLinks: options.dropHttpLinks === true,
    problems,
  };
  const items = servicesInFeed(json, problems);
  if (items.length === 0 && problems.ok) problems.error(undefined, [], "", "the file holds no services", "not-oruk");

  const organisations = new Map<string, Organisation>();
  const locations = new Map<string, Location>();
  const services: Service[] = [];
  const subjects: Subject[] = [];
  const seen = new Map<string, Subject>();
  const shared = new Map<Record<string, unknown>, OrukOrganization | undefined>();
  for (const item of items) {
    const subject = serviceSubject(item.value, item.path);
    let sharedOrganization: OrukOrganization | undefined;
    if (item.organization !== undefined) {
      if (!shared.has(item.organization)) shared.set(item.organization, readSharedOrganization(item.organization, problems));
      sharedOrganization = shared.get(item.organization);
    }
    if (subject.record !== undefined) {
      const earlier = seen.get(subject.record);
      if (earlier !== undefined) {
        problems.error(subject, ["id"], "id", `the same id is used by ${earlier.label}; each service needs its own id`);
        continue;
      }
      seen.set(subject.record, subject);
    }
    const read = readService(item, subject, ctx, sharedOrganization);
    if (read === undefined) continue;
    const { service, organisation } = read;
    const knownOrg = organisations.get(organisation.id);
    if (knownOrg === undefined) organisations.set(organisation.id, organisation);
    else if (knownOrg.name !== organisation.name) {
      problems.note(
        `two organisations share the id ${organisation.id}; the first one's details ("${knownOrg.name}") were kept`,
        subject,
      );
    }
    for (const loc of read.locations) {
      const known = locations.get(loc.id);
      if (known === undefined) locations.set(loc.id, loc);
      else if (loc.confidentialAddress && !known.confidentialAddress) {
        // One service calls the place confidential: it is confidential for all of them.
        const { address: _dropped, ...rest } = known;
        locations.set(loc.id, { ...rest, confidentialAddress: true });
      }
    }
    services.push(service);
    subjects.push(subject);
  }
  if (!problems.ok || area === undefined) return { ok: false, errors: problems.cappedErrors() };

  const pack: PathwayPack = {
    format: PACK_FORMAT,
    schemaVersion: PACK_SCHEMA_VERSION,
    // Seconds since 1970 at the import: a later import of the same feed is always newer.
    packVersion: Math.max(1, Math.floor(options.now.getTime() / 1000)),
    area,
    publisher: { id: options.publisher.id, name: options.publisher.name },
    title: ctx.source.title.slice(0, 200),
    issuedAt: today,
    expiresAt: addDays(today, ORUK_PACK_VALID_DAYS),
    content: { organisations: [...organisations.values()], locations: [...locations.values()], services },
  };
  // The same checks as every pack; a failure here is a gap in the mapping, reported like any problem.
  const checked = pathwayPackSchema.safeParse(pack);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const [, kind, index, ...field] = issue.path;
      const subject = kind === "services" && typeof index === "number" ? subjects[index] : undefined;
      problems.error(subject, field as (string | number)[], "Waymark check", issue.message);
    }
    return { ok: false, errors: problems.cappedErrors() };
  }
  const unclassified = checked.data.content.services.filter((s) => s.unclassified === true).length;
  if (unclassified > 0) {
    problems.note(
      `${unclassified} of ${services.length} services arrive unclassified (no NRM stage, audience and need in the Waymark taxonomy): officers do not see them until an MSVLO classifies them`,
    );
  }
  return { ok: true, pack: checked.data, unclassified, notes: problems.noteLines() };
}
