// What the database stores: one row per service with its organisation and
// locations copied in (one read per result), the index keys, and local-edit
// state. Parsed with zod when old databases are checked (see dbSchema.ts).
import { z } from "../shared/zod";
import { isoDateSchema } from "../shared/provenance";
import { locationSchema } from "./schema/location";
import { organisationSchema } from "./schema/organisation";
import { publisherSchema } from "./schema/pack";
import { serviceSchema } from "./schema/service";
import { directoryAreaSchema } from "./schema/vocabulary";

/** How an MSVLO changed an entry on this device. */
/** "classified": only stages, audience and needs were given here (an imported service); the feed still updates the rest. */
export const LOCAL_STATES = ["added", "edited", "checked", "retired", "classified"] as const;
export const localStateSchema = z.enum(LOCAL_STATES);
export type LocalState = z.infer<typeof localStateSchema>;

export const entrySnapshotSchema = z.strictObject({
  service: serviceSchema,
  organisation: organisationSchema,
  locations: z.array(locationSchema),
});
export type EntrySnapshot = z.infer<typeof entrySnapshotSchema>;

export const serviceRecordSchema = z.strictObject({
  /** `${packKey}/${service.id}`: always starts with the area, so keys alone can be filtered by area. */
  key: z.string().min(3),
  /** `${area}:${publisher.id}` of the pack it came from; `${area}:local` for entries added on this device. */
  packKey: z.string().min(1),
  area: directoryAreaSchema,
  service: serviceSchema,
  organisation: organisationSchema,
  locations: z.array(locationSchema),
  /** multiEntry: `${area}|${stage}|${audience}|${need or *}|${rank}${sortName}` */
  facetKeys: z.array(z.string()),
  /** multiEntry: normalised words of the service and organisation names. */
  nameTokens: z.array(z.string()),
  sortName: z.string(),
  localState: localStateSchema.optional(),
  localChangedAt: z.iso.datetime().optional(),
  /** The pack's version of an entry edited here, so the edit can be reverted. */
  packOriginal: entrySnapshotSchema.optional(),
});
export type ServiceRecord = z.infer<typeof serviceRecordSchema>;

/** Entries added on this device belong to the pseudo-pack `${area}:local` (publisher id "local" is reserved). */
export const LOCAL_PUBLISHER_ID = "local";
export function localPackKey(area: string): string {
  return `${area}:${LOCAL_PUBLISHER_ID}`;
}
export function isLocalPackKey(packKey: string): boolean {
  return packKey.endsWith(`:${LOCAL_PUBLISHER_ID}`);
}

/** verified: signed by a pinned key; unverified: kept by the user's choice; builtin: sample data shipped with the app. */
export const PACK_TRUST = ["verified", "unverified", "builtin"] as const;
export const packTrustSchema = z.enum(PACK_TRUST);
export type PackTrust = z.infer<typeof packTrustSchema>;

export const packRecordSchema = z.strictObject({
  packKey: z.string().min(1),
  area: directoryAreaSchema,
  publisher: publisherSchema,
  packVersion: z.int().min(1),
  schemaVersion: z.int().min(1),
  title: z.string().optional(),
  issuedAt: isoDateSchema,
  expiresAt: isoDateSchema,
  installedAt: z.iso.datetime(),
  trust: packTrustSchema,
  keyId: z.string().optional(),
  /** Of the exact pack bytes: the same version with other bytes is refused. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  serviceCount: z.int().min(0),
  sample: z.boolean(),
});
export type PackRecord = z.infer<typeof packRecordSchema>;

/**
 * An MSVLO on this device rang a number and it reached the service. Kept apart
 * from the entries, so a newer pack does not wipe it; it counts while the
 * entry still lists the number.
 */
export const localConfirmationSchema = z.strictObject({
  /** `${serviceKey}|${digits}` */
  key: z.string().min(3),
  area: directoryAreaSchema,
  serviceKey: z.string().min(3),
  /** The number as digits only (phoneDigits), so spacing never matters. */
  digits: z.string().regex(/^\d{3,20}$/),
  /** Who rang it: the MSVLO's name or role as they gave it. */
  name: z.string().min(1).max(200),
  on: isoDateSchema,
  recordedAt: z.iso.datetime(),
});
export type LocalConfirmation = z.infer<typeof localConfirmationSchema>;

export function localConfirmationKey(serviceKey: string, digits: string): string {
  return `${serviceKey}|${digits}`;
}

export const metaRecordSchema = z.strictObject({ key: z.string(), value: z.string() });
export type MetaRecord = z.infer<typeof metaRecordSchema>;
