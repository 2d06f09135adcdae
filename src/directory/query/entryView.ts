// What queries hand to the UI: the entry plus the flags it must show. A
// confidential address is removed here as well as refused at import.
import { daysSince, isExpired, isStale } from "../dates";
import type { LocalState, PackRecord, PackTrust, ServiceRecord } from "../records";
import type { Location } from "../schema/location";
import type { Organisation } from "../schema/organisation";
import type { Service } from "../schema/service";
import { phoneViewsOf, type PhoneView } from "../phones/phoneStatus";
import type { EntryContext } from "./entryContext";

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
  /** Imported without NRM stage, audience or needs: officers do not see it until an MSVLO classifies it. */
  unclassified: boolean;
  /** A number nobody has confirmed, or whose confirmation is past the review period. */
  unconfirmedNumber: boolean;
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
  /** Each number with whether it may be called and who vouches for it. */
  phones: PhoneView[];
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

export function toEntry(row: ServiceRecord, context: EntryContext, now: Date): DirectoryEntry {
  const pack = context.packs.get(row.packKey);
  const phones = phoneViewsOf(row.service, {
    serviceKey: row.key,
    packTrust: pack?.trust,
    publishedPhones: row.localState === undefined ? undefined : (row.packOriginal?.service.phones ?? []),
    confirmations: context.confirmations,
    now,
  });
  return {
    key: row.key,
    area: row.area,
    service: row.service,
    organisation: row.organisation,
    locations: row.locations.map(publicLocation),
    phones,
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
      unclassified: row.service.unclassified === true,
      unconfirmedNumber: phones.some((p) => p.status.kind !== "confirmed" || p.status.stale),
    },
  };
}
