// Import an Open Referral UK file into the directory for one area: convert it
// to a pathway pack (oruk/fromOruk.ts), then take the same path as every pack
// file, so it meets the same validation and the same all-or-nothing write. A
// refusal or a failure at any step leaves the database exactly as it was.
import type { DirectoryDb } from "../db";
import { decodeJson } from "../pack/validatePack";
import { orukToPack, type OrukToPackOptions } from "../oruk/fromOruk";
import { utf8 } from "../trust/bytes";
import { importPackBytes, type ImportOptions, type ImportResult } from "./importPack";
import { isOrukPublisherId, orukPublisherFor } from "../oruk/orukPublisher";
import { packError } from "../pack/packErrors";
import type { Publisher } from "../schema/pack";

export interface OrukImportOptions
  extends Omit<ImportOptions, "allowUnverified" | "trustedKeys">, Omit<OrukToPackOptions, "now" | "publisher"> {
  /** Without an id, the directory's name chooses the pack among the area's ORUK imports (oruk/orukPublisher.ts). */
  publisher: { id?: string; name: string };
}

/** What the conversion found, for the MSVLO's review list. */
export interface OrukImportSummary {
  services: number;
  /** Services that arrived without NRM stage, audience and needs: officers do not see them until classified. */
  unclassified: number;
  /** What was left out or changed on the way in, in plain words. */
  notes: string[];
}

export type OrukImportResult = ImportResult & { oruk?: OrukImportSummary };

/** The names of the Open Referral UK directories imported for an area, for the MSVLO to pick from. */
export async function orukDirectoriesIn(db: DirectoryDb, area: string): Promise<Publisher[]> {
  const packs = await db.packs.where("area").equals(area).toArray();
  return packs.filter((p) => isOrukPublisherId(p.publisher.id, area)).map((p) => p.publisher);
}

export async function importOrukBytes(db: DirectoryDb, bytes: Uint8Array, options: OrukImportOptions): Promise<OrukImportResult> {
  const { onProgress } = options;
  onProgress?.({ phase: "reading", done: bytes.byteLength, total: bytes.byteLength });
  const json = decodeJson(bytes);
  if (!json.ok) return json;
  let publisher: Publisher;
  if (options.publisher.id !== undefined) publisher = { id: options.publisher.id, name: options.publisher.name };
  else {
    const chosen = orukPublisherFor(options.publisher.name, await orukDirectoriesIn(db, options.area));
    if (!chosen.ok) return { ok: false, errors: [packError("schema", chosen.message, { field: "publisher name" })] };
    publisher = chosen.publisher;
  }
  onProgress?.({ phase: "validating", done: 0, total: 0 });
  const convertOptions: OrukToPackOptions = { area: options.area, publisher, now: options.now };
  if (options.sourceUrl !== undefined) convertOptions.sourceUrl = options.sourceUrl;
  if (options.dropHttpLinks !== undefined) convertOptions.dropHttpLinks = options.dropHttpLinks;
  if (options.title !== undefined) convertOptions.title = options.title;
  const converted = orukToPack(json.value, convertOptions);
  if (!converted.ok) return converted;
  const importOptions: ImportOptions = {
    now: options.now,
    // A feed is never signed. Choosing to import one is the person's
    // acceptance of "unsigned": the pack is kept marked unverified, and
    // trust/policy.ts still refuses anything worse.
    allowUnverified: true,
  };
  if (onProgress !== undefined) importOptions.onProgress = onProgress;
  const result = await importPackBytes(db, utf8(`${JSON.stringify(converted.pack, null, 2)}\n`), importOptions);
  return {
    ...result,
    oruk: { services: converted.pack.content.services.length, unclassified: converted.unclassified, notes: converted.notes },
  };
}
