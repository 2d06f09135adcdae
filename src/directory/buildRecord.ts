// Turns a validated entry into the stored row, computing its index keys.
import type { Location } from "./schema/location";
import type { Organisation } from "./schema/organisation";
import type { PathwayPack } from "./schema/pack";
import type { Service } from "./schema/service";
import { facetKeysOf, nameTokensOf, sortNameOf } from "./query/indexKeys";
import type { ServiceRecord } from "./records";

export function packKeyOf(pack: { area: string; publisher: { id: string } }): string {
  return `${pack.area}:${pack.publisher.id}`;
}

export function serviceKey(packKey: string, serviceId: string): string {
  return `${packKey}/${serviceId}`;
}

export function buildRecord(packKey: string, service: Service, organisation: Organisation, locations: Location[]): ServiceRecord {
  return {
    key: serviceKey(packKey, service.id),
    packKey,
    area: service.area.forceArea,
    service,
    organisation,
    locations,
    facetKeys: facetKeysOf(service),
    nameTokens: nameTokensOf(service, organisation),
    sortName: sortNameOf(service),
  };
}

/** One row per service, with its organisation and locations resolved (references already checked). */
export function recordsFromPack(pack: PathwayPack, onProgress?: (done: number) => void): ServiceRecord[] {
  const packKey = packKeyOf(pack);
  const orgs = new Map(pack.content.organisations.map((o) => [o.id, o]));
  const locs = new Map(pack.content.locations.map((l) => [l.id, l]));
  return pack.content.services.map((s, i) => {
    if (onProgress !== undefined && i % 5000 === 0) onProgress(i);
    const org = orgs.get(s.organisationId);
    if (org === undefined) throw new Error(`unchecked reference: ${s.organisationId}`);
    const locations = s.locationIds.map((id) => {
      const loc = locs.get(id);
      if (loc === undefined) throw new Error(`unchecked reference: ${id}`);
      return loc;
    });
    return buildRecord(packKey, s, org, locations);
  });
}
