// What queries hand to the UI: the entry plus the flags it must show. A
// confidential address is removed here as well as refused at import.
import { daysSince, isExpired, isStale } from "../dates";
import type { LocalState, PackRecord, PackTrust, ServiceRecord } from "../records";
import type { Location } from "../schema/location";
import type { Organisation } from "../schema/organisation";
import type { Service } from "../schema/service";

export interface EntryFlags {
  /** Not checked by a person for more than 180 days. */
  stale: boolean;
  daysSinceAssured: number;
  /** Its pack is past expiresAt. */
  packExpired: boolean;
  /** Its pack was kept without a valid signature. */
  unverified: boolean;
  /** Shipped sample data, not an official route. */
  sample: boolean;
  /** Changed on this device by an MSVLO (and not yet in a published pack). */
  local: LocalState | null;
  retired: boolean;
  /** The entry's facts are marked "verify" in its provenance. */
  needsVerification: boolean;
}

export interface PackSummary {
  packKey: string;
  publisherName: string;
  packVersion: number;
  trust: PackTrust;
  expiresAt: string;
}

export interface DirectoryEntry {
  key: string;
  area: ServiceRecord["area"];
  service: Service;
  organisation: Organisation;
  locations: Location[];
  /** null for entries added on this device. */
  pack: PackSummary | null;
  flags: EntryFlags;
}

export type PackIndex = ReadonlyMap<string, PackRecord>;

export function publicLocation(loc: Location): Location {
  if (!loc.confidentialAddress) return loc;
  const { address: _never, ...rest } = loc;
  return rest;
}

export function toEntry(row: ServiceRecord, packs: PackIndex, now: Date): DirectoryEntry {
  const pack = packs.get(row.packKey);
  return {
    key: row.key,
    area: row.area,
    service: row.service,
    organisation: row.organisation,
    locations: row.locations.map(publicLocation),
    pack:
      pack === undefined
        ? null
        : {
            packKey: pack.packKey,
            publisherName: pack.publisher.name,
            packVersion: pack.packVersion,
            trust: pack.trust,
            expiresAt: pack.expiresAt,
          },
    flags: {
      stale: isStale(row.service.assuredDate, now),
      daysSinceAssured: daysSince(row.service.assuredDate, now),
      packExpired: pack !== undefined && isExpired(pack.expiresAt, now),
      unverified: pack?.trust === "unverified",
      sample: row.service.sample,
      local: row.localState ?? null,
      retired: row.service.status !== "active",
      needsVerification:
        row.service.provenance.verification === "verify" || row.organisation.provenance.verification === "verify",
    },
  };
}
