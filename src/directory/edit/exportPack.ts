// Export as a pathway pack: the local edits of an area (for the MS lead to
// review, sign and publish), or the whole area as it stands on this device.
// The result is validated exactly as an import would validate it.
import { addDays, calendarDate } from "../dates";
import type { DirectoryDb } from "../db";
import type { PackError } from "../pack/packErrors";
import { validatePackValue } from "../pack/validatePack";
import { LOCAL_STATES, type ServiceRecord } from "../records";
import type { Location } from "../schema/location";
import type { Organisation } from "../schema/organisation";
import { PACK_FORMAT, PACK_SCHEMA_VERSION, type PathwayPack, type Publisher } from "../schema/pack";
import type { DirectoryArea } from "../schema/vocabulary";
import { utf8 } from "../trust/bytes";
import { servicesInArea } from "../query/keyRanges";
import { loadEntryContext, type EntryContext } from "../query/entryContext";
import { phoneStatusOf } from "../phones/phoneStatus";

export interface ExportOptions {
  area: DirectoryArea;
  publisher: Publisher;
  packVersion: number;
  now: Date;
  /** "local-edits" (default): only entries changed here. "area": every entry in the area. */
  scope?: "local-edits" | "area";
  /** Days until expiresAt; default 180. */
  validDays?: number;
  title?: string;
}

export type ExportResult =
  | { ok: true; pack: PathwayPack; bytes: Uint8Array<ArrayBuffer>; fileName: string; count: number }
  | { ok: false; errors: PackError[] };

/** The publisher id of a pack key `${area}:${publisherId}`. */
function publisherOf(packKey: string): string {
  return packKey.slice(packKey.indexOf(":") + 1);
}

/**
 * Rows from several packs may reuse an id for different things (two packs
 * each with an "org-1"). The first keeps its id; a later one with different
 * content is renamed `${publisherId}--${id}`, and its references with it, so
 * no service is ever joined to another pack's organisation or address.
 */
function withoutIdClashes(rows: readonly ServiceRecord[]): ServiceRecord[] {
  const orgs = new Map<string, string>();
  const locs = new Map<string, string>();
  const services = new Set<string>();
  const claim = (seen: Map<string, string>, id: string, content: string, publisher: string): string => {
    const before = seen.get(id);
    if (before === undefined || before === content) {
      seen.set(id, content);
      return id;
    }
    const renamed = `${publisher}--${id}`;
    seen.set(renamed, content);
    return renamed;
  };
  return rows.map((r) => {
    const publisher = publisherOf(r.packKey);
    const orgId = claim(orgs, r.organisation.id, JSON.stringify(r.organisation), publisher);
    const locations = r.locations.map((l) => ({ ...l, id: claim(locs, l.id, JSON.stringify(l), publisher) }));
    const locIds = new Map(r.locations.map((l, i) => [l.id, locations[i]?.id ?? l.id]));
    let serviceId = r.service.id;
    if (services.has(serviceId)) serviceId = `${publisher}--${serviceId}`;
    services.add(serviceId);
    return {
      ...r,
      organisation: { ...r.organisation, id: orgId },
      locations,
      service: {
        ...r.service,
        id: serviceId,
        organisationId: orgId,
        locationIds: r.service.locationIds.map((id) => locIds.get(id) ?? id),
      },
    };
  });
}

/**
 * A number's confirmation travels in an exported pack only when it counts on
 * this device: a publisher's, under its trusted signature, or an MSVLO's, with
 * their name and date (for the MS lead to check before signing). A claim that
 * does not count here (an unsigned pack's, or one on a changed number) is
 * dropped, so signing an export can never turn it into a real confirmation.
 */
function withCountingConfirmations(row: ServiceRecord, context: EntryContext, now: Date): ServiceRecord {
  const pack = context.packs.get(row.packKey);
  const phones = row.service.phones.map((phone) => {
    const { confirmedBy: _claim, ...rest } = phone;
    const status = phoneStatusOf(phone, {
      serviceKey: row.key,
      packTrust: pack?.trust,
      publishedPhones: row.localState === undefined ? undefined : (row.packOriginal?.service.phones ?? []),
      confirmations: context.confirmations,
      now,
    });
    if (status.kind !== "confirmed" || status.by === "project" || status.name === undefined || status.on === undefined) {
      return rest;
    }
    return { ...rest, confirmedBy: { name: status.name, on: status.on } };
  });
  return { ...row, service: { ...row.service, phones } };
}

export function packFromRows(rows: readonly ServiceRecord[], options: ExportOptions): PathwayPack {
  const organisations = new Map<string, Organisation>();
  const locations = new Map<string, Location>();
  for (const r of rows) {
    if (!organisations.has(r.organisation.id)) organisations.set(r.organisation.id, r.organisation);
    for (const l of r.locations) if (!locations.has(l.id)) locations.set(l.id, l);
  }
  const issuedAt = calendarDate(options.now);
  const pack: PathwayPack = {
    format: PACK_FORMAT,
    schemaVersion: PACK_SCHEMA_VERSION,
    packVersion: options.packVersion,
    area: options.area,
    publisher: options.publisher,
    issuedAt,
    expiresAt: addDays(issuedAt, options.validDays ?? 180),
    content: {
      organisations: [...organisations.values()],
      locations: [...locations.values()],
      services: rows.map((r) => r.service),
    },
  };
  if (options.title !== undefined) pack.title = options.title;
  return pack;
}

export async function exportPack(db: DirectoryDb, options: ExportOptions): Promise<ExportResult> {
  const rows =
    options.scope === "area"
      ? await servicesInArea(db, options.area).toArray()
      : (
          await db.services
            .where("localState")
            .anyOf([...LOCAL_STATES])
            .toArray()
        ).filter((r) => r.area === options.area);
  rows.sort((a, b) => (a.key < b.key ? -1 : 1));
  const context = await loadEntryContext(db);
  const pack = packFromRows(withoutIdClashes(rows.map((r) => withCountingConfirmations(r, context, options.now))), options);
  const text = `${JSON.stringify(pack, null, 2)}\n`;
  const check = validatePackValue(JSON.parse(text));
  if (!check.ok) return check;
  const suffix = options.scope === "area" ? "" : ".local-edits";
  return {
    ok: true,
    pack: check.pack,
    bytes: utf8(text),
    fileName: `${options.area}-${options.publisher.id}-v${options.packVersion}${suffix}.json`,
    count: rows.length,
  };
}
