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
  const pack = packFromRows(rows, options);
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
