// The whole area as Open Referral UK: an array of full ORUK services (each
// valid against the profile's service schema, with Waymark's classification
// as attributes; see docs/open-referral.md), which Waymark and ORUK tools can
// read back. Built from the same validated pack as the Waymark export.
import type { DirectoryDb } from "../db";
import type { PackError } from "../pack/packErrors";
import { packToOruk } from "../oruk/toOruk";
import { utf8 } from "../trust/bytes";
import { exportPack, type ExportOptions } from "./exportPack";

export type OrukExportResult = { ok: true; bytes: Uint8Array<ArrayBuffer>; count: number } | { ok: false; errors: PackError[] };

export async function exportAreaAsOruk(db: DirectoryDb, options: Omit<ExportOptions, "scope">): Promise<OrukExportResult> {
  const pack = await exportPack(db, { ...options, scope: "area" });
  if (!pack.ok) return pack;
  const services = packToOruk(pack.pack);
  return { ok: true, bytes: utf8(`${JSON.stringify(services, null, 2)}\n`), count: services.length };
}
