// A service's locations (service_at_locations[].location) as Waymark
// locations. A confidential location (a refuge, a safe house) never carries an
// address into Waymark. A location counts as confidential when
// - it, its service_at_location, one of its addresses or the service itself
//   carries the Waymark term "confidential-address", or
// - its location_type is "redacted": the value HSDS proposes for locations
//   whose address is withheld (openreferral/specification, branch
//   feature-redacted-location-type; not yet in the UK profile's list).
// Its phones are not taken either: a safe house's own line is as private as
// its address.
import type { Location } from "../schema/location";
import type { OrukAddress, OrukAttribute, OrukServiceAtLocation } from "./orukSchema";
import type { OrukProblems, Subject } from "./orukProblems";
import { CONFIDENTIAL_ADDRESS_CODE } from "./orukTaxonomy";
import { waymarkCodeOf } from "./readClassification";
import { cleanText, fitText, recordIdOf } from "./readFields";
import type { PhoneSource } from "./readPhones";
import { uuidV5 } from "./uuid";

const POSTCODE = /^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/;
const UK_COUNTRIES = new Set(["gb", "gbr", "uk", "united kingdom", "england", "wales", "scotland", "northern ireland"]);
export const MAX_LOCATIONS = 50;

export interface LocationsReading {
  locations: Location[];
  phoneSources: PhoneSource[];
}

function marksConfidential(attributes: readonly OrukAttribute[] | null | undefined): boolean {
  return (attributes ?? []).some((a) => waymarkCodeOf(a)?.code.trim().toLowerCase() === CONFIDENTIAL_ADDRESS_CODE);
}

function chooseAddress(addresses: readonly OrukAddress[]): OrukAddress | undefined {
  return addresses.find((a) => cleanText(a.address_type)?.toLowerCase() === "physical") ?? addresses[0];
}

function readAddress(a: OrukAddress, problems: OrukProblems, subject: Subject): Location["address"] {
  const line1 = fitText(a.address_1, 200, "first address line", problems, subject);
  const town = fitText(a.city, 100, "town (city)", problems, subject);
  if (line1 === undefined || town === undefined) {
    problems.note("an address without a first line or a town was left out", subject);
    return undefined;
  }
  const address: NonNullable<Location["address"]> = { line1, town };
  const line2 = fitText(a.address_2, 200, "second address line", problems, subject);
  if (line2 !== undefined) address.line2 = line2;
  const postcode = cleanText(a.postal_code)?.toUpperCase();
  if (postcode !== undefined) {
    if (POSTCODE.test(postcode)) address.postcode = postcode;
    else problems.note(`the postcode "${postcode.slice(0, 20)}" is not a UK postcode and was left out`, subject);
  }
  const country = cleanText(a.country)?.toLowerCase();
  if (country !== undefined && !UK_COUNTRIES.has(country)) {
    problems.note(`an address gives the country "${country.toUpperCase().slice(0, 40)}", not the UK; check it`, subject);
  }
  return address;
}

export function readLocations(
  serviceId: string,
  links: readonly OrukServiceAtLocation[],
  serviceConfidential: boolean,
  problems: OrukProblems,
  subject: Subject,
): LocationsReading {
  const locations: Location[] = [];
  const phoneSources: PhoneSource[] = [];
  links.forEach((link, i) => {
    const loc = link.location;
    const confidentialLink = serviceConfidential || marksConfidential(link.attributes);
    if (loc === null || loc === undefined) {
      if (link.location_id !== null && link.location_id !== undefined) {
        problems.note("a location given only by its id (without its details) was left out", subject);
      }
      if (!confidentialLink && link.phones)
        phoneSources.push({ phones: link.phones, field: ["service_at_locations", i, "phones"] });
      return;
    }
    const confidential =
      confidentialLink ||
      marksConfidential(loc.attributes) ||
      (loc.addresses ?? []).some((a) => marksConfidential(a.attributes)) ||
      cleanText(loc.location_type)?.toLowerCase() === "redacted";
    if (locations.length >= MAX_LOCATIONS) {
      problems.note(`only the first ${MAX_LOCATIONS} locations were kept`, subject);
      return;
    }
    const id = recordIdOf(loc.id) ?? uuidV5(`oruk-location:${serviceId}:${i}`);
    const location: Location = { id, confidentialAddress: confidential };
    const name = fitText(loc.name, 200, "location name", problems, subject);
    if (name !== undefined) location.name = name;
    const description = fitText(loc.description, 1000, "location description", problems, subject);
    if (description !== undefined) location.description = description;
    const addresses = loc.addresses ?? [];
    if (confidential) {
      if (addresses.length > 0) problems.note("a confidential location's address was not imported", subject);
      if ((loc.phones ?? []).length + (link.phones ?? []).length > 0) {
        problems.note("a confidential location's phone numbers were not imported", subject);
      }
    } else {
      const chosen = chooseAddress(addresses);
      const address = chosen === undefined ? undefined : readAddress(chosen, problems, subject);
      if (address !== undefined) location.address = address;
      if (link.phones) phoneSources.push({ phones: link.phones, field: ["service_at_locations", i, "phones"] });
      if (loc.phones) phoneSources.push({ phones: loc.phones, field: ["service_at_locations", i, "location", "phones"] });
    }
    locations.push(location);
  });
  return { locations, phoneSources };
}
