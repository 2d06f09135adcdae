// A pathway pack -> Open Referral UK services (`service_full`, as the
// /services/{id} endpoint returns them), valid against the UK profile's
// compiled service schema. Waymark's own facts (stages, audience, needs,
// gender restriction, sample, confidential addresses) travel as attributes in
// the Waymark taxonomy (orukTaxonomy.ts). The mapping is in
// docs/open-referral.md, with what does not travel.
//
// Phone confirmations are not exported: a feed is not signed, so a reader
// could not tell a real confirmation from an invented one (Waymark itself
// ignores them on import).
import type { Location } from "../schema/location";
import type { PathwayPack } from "../schema/pack";
import type { Service } from "../schema/service";
import { schedulesFromHours } from "./orukHours";
import type {
  OrukAttribute,
  OrukLanguage,
  OrukLocation,
  OrukOrganization,
  OrukService,
  OrukServiceAtLocation,
} from "./orukSchema";
import {
  CONFIDENTIAL_ADDRESS_CODE,
  SAMPLE_CODE,
  WAYMARK_TAXONOMY,
  WAYMARK_TAXONOMY_ID,
  termId,
  waymarkTerm,
} from "./orukTaxonomy";
import { isUuid, uuidV5 } from "./uuid";

// Characters a URI may hold as they are (RFC 3986); anything else is percent-encoded by URL.
const URI_SAFE = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;

function uri(href: string): string {
  return URI_SAFE.test(href) ? href : new URL(href).href;
}

function attribute(linkId: string, code: string, value?: string): OrukAttribute {
  const term = waymarkTerm(code);
  if (term === undefined) throw new Error(`no Waymark term "${code}"`);
  const out: OrukAttribute = {
    id: uuidV5(`attribute:${linkId}:${code}`),
    link_id: linkId,
    link_type: term.linkType,
    taxonomy_term_id: termId(code),
    taxonomy_term: {
      id: termId(code),
      name: term.name,
      description: term.description,
      taxonomy: WAYMARK_TAXONOMY,
      taxonomy_id: WAYMARK_TAXONOMY_ID,
      term: code,
      code,
    },
  };
  if (value !== undefined) out.value = value;
  return out;
}

function serviceAttributes(service: Service, linkId: string): OrukAttribute[] {
  const codes = [
    ...service.stages.map((s) => `nrm-stage:${s}`),
    ...(service.postNrmSubStages ?? []).map((s) => `post-nrm-sub-stage:${s}`),
    ...(service.audience === undefined ? [] : [`audience:${service.audience}`]),
    ...service.needs.map((n) => `need:${n}`),
    ...(service.genderRestriction === undefined ? [] : [`gender:${service.genderRestriction}`]),
  ];
  const out = codes.map((code) => attribute(linkId, code));
  if (service.sample) out.push(attribute(linkId, SAMPLE_CODE, service.sampleSource));
  return out;
}

let languageNames: Intl.DisplayNames | undefined;

function languageOf(code: string, serviceId: string): OrukLanguage {
  const out: OrukLanguage = { id: uuidV5(`language:${serviceId}:${code}`), code };
  try {
    languageNames ??= new Intl.DisplayNames(["en"], { type: "language" });
    const name = languageNames.of(code);
    if (name !== undefined && name !== code) out.name = name;
  } catch {
    // An engine without the name still gets the code, which is what a reader matches on.
  }
  return out;
}

function locationOf(loc: Location, id: string): OrukLocation {
  // A confidential place is published as a location without an address: its
  // name and description are the publisher's words for an open feed.
  const out: OrukLocation = { id, location_type: "physical" };
  if (loc.name !== undefined) out.name = loc.name;
  if (loc.description !== undefined) out.description = loc.description;
  if (loc.confidentialAddress) {
    out.attributes = [attribute(id, CONFIDENTIAL_ADDRESS_CODE)];
  } else if (loc.address !== undefined) {
    const a = loc.address;
    out.addresses = [
      {
        id: uuidV5(`address:${id}`),
        address_1: a.line1,
        ...(a.line2 === undefined ? {} : { address_2: a.line2 }),
        city: a.town,
        // The profile requires these; UK addresses have no state, and a postcode may be unknown.
        state_province: loc.localAuthority ?? "",
        postal_code: a.postcode ?? "",
        country: "GB",
        address_type: "physical",
      },
    ];
  }
  return out;
}

export function packToOruk(pack: PathwayPack): OrukService[] {
  const idFor = (kind: string, id: string) =>
    isUuid(id) ? id : uuidV5(`waymark:${kind}:${pack.area}:${pack.publisher.id}:${id}`);
  const organisations = new Map(pack.content.organisations.map((o) => [o.id, o]));
  const locations = new Map(pack.content.locations.map((l) => [l.id, l]));

  return pack.content.services.map((service) => {
    const id = idFor("service", service.id);
    const org = organisations.get(service.organisationId);
    const orgId = idFor("organisation", service.organisationId);
    const organization: OrukOrganization = {
      id: orgId,
      name: org?.name ?? service.organisationId,
      // Required by the profile; Waymark's is optional.
      description: org?.description ?? "",
    };
    if (org?.email !== undefined) organization.email = org.email;
    if (org?.website !== undefined) organization.website = uri(org.website);

    const out: OrukService = {
      id,
      organization_id: orgId,
      name: service.name,
      description: service.description,
      status: service.status,
      assured_date: service.assuredDate,
    };
    if (service.alternateName !== undefined) out.alternate_name = service.alternateName;
    if (service.url !== undefined) out.url = uri(service.url);
    if (service.email !== undefined) out.email = service.email;
    if (service.eligibility !== undefined) out.eligibility_description = service.eligibility;
    if (service.howToAccess !== undefined) out.application_process = service.howToAccess;
    if (service.minimumAge !== undefined) out.minimum_age = service.minimumAge;
    if (service.maximumAge !== undefined) out.maximum_age = service.maximumAge;
    if (service.sample) {
      // Readers that ignore attributes still see that this is not a real local route.
      out.alert = `Sample entry: illustrative data, not an official local route.${service.sampleSource === undefined ? "" : ` Drawn from: ${service.sampleSource}`}`;
    }
    out.phones = service.phones.map((p, i) => ({
      id: uuidV5(`phone:${id}:${i}`),
      number: p.number,
      ...(p.description === undefined ? {} : { description: p.description }),
    }));
    out.schedules = schedulesFromHours(service.hours, (i) => uuidV5(`schedule:${id}:${i}`));
    if (service.area.localAuthority !== undefined) {
      out.service_areas = [
        { id: uuidV5(`service-area:${id}`), name: service.area.localAuthority, service_area: service.area.localAuthority },
      ];
    }
    out.service_at_locations = service.locationIds.flatMap((locId): OrukServiceAtLocation[] => {
      const loc = locations.get(locId);
      if (loc === undefined) return [];
      const locationId = idFor("location", locId);
      return [
        { id: uuidV5(`service-at-location:${id}:${locationId}`), location_id: locationId, location: locationOf(loc, locationId) },
      ];
    });
    out.languages = service.languages.map((code) => languageOf(code, id));
    out.organization = organization;
    out.attributes = serviceAttributes(service, id);
    return out;
  });
}
