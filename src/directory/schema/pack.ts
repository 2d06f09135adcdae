// The pathway pack envelope: a versioned, strictly validated JSON file that
// carries one publisher's directory entries for one area. See docs/pack-format.md.
import { z } from "../../shared/zod";
import { isoDateSchema } from "../../shared/provenance";
import { locationSchema } from "./location";
import { organisationSchema } from "./organisation";
import { serviceSchema } from "./service";
import { plainText } from "./text";
import { directoryAreaSchema } from "./vocabulary";

export const PACK_FORMAT = "waymark-pathway-pack";
/** 2 added phone confirmations and unclassified services; version 1 packs still import. */
export const PACK_SCHEMA_VERSION = 2;
export const PACK_SCHEMA_VERSIONS = [1, 2] as const;

export const publisherSchema = z.strictObject({
  /** Stable slug: packs from the same area and publisher id replace each other. */
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,63}$/, "expected a lower-case slug such as 'devon-and-cornwall-police'")
    .refine((id) => id !== "local", '"local" is reserved for entries added on a device'),
  name: plainText(200),
});
export type Publisher = z.infer<typeof publisherSchema>;

const headerShape = {
  format: z.literal(PACK_FORMAT),
  schemaVersion: z.union(PACK_SCHEMA_VERSIONS.map((v) => z.literal(v))),
  /** Whole number that only goes up: a higher number replaces a lower one. */
  packVersion: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
  area: directoryAreaSchema,
  publisher: publisherSchema,
  title: plainText(200).optional(),
  issuedAt: isoDateSchema,
  /** Last day the pack counts as current; after it every entry is flagged. */
  expiresAt: isoDateSchema,
};

/** Header with the content arrays left unchecked, so items can be validated in chunks. */
export const packHeaderSchema = z.strictObject({
  ...headerShape,
  content: z.strictObject({
    organisations: z.array(z.unknown()),
    locations: z.array(z.unknown()),
    services: z.array(z.unknown()),
  }),
});

export const packContentSchema = z.strictObject({
  organisations: z.array(organisationSchema),
  locations: z.array(locationSchema),
  services: z.array(serviceSchema),
});
export type PackContent = z.infer<typeof packContentSchema>;

export interface ReferenceIssue {
  path: (string | number)[];
  record: string | undefined;
  message: string;
}

/** Cross-record rules a per-item schema cannot see: unique ids, references, area. */
export function checkPackReferences(pack: {
  schemaVersion: number;
  area: string;
  issuedAt: string;
  expiresAt: string;
  content: PackContent;
}): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  // A version 1 reader would drop these silently: a pack that uses them must say it is version 2.
  if (pack.schemaVersion < 2) {
    pack.content.services.forEach((s, i) => {
      if (s.unclassified === true) {
        issues.push({
          path: ["content", "services", i, "unclassified"],
          record: s.id,
          message: "unclassified services need schemaVersion 2",
        });
      }
      s.phones.forEach((p, j) => {
        if (p.confirmedBy !== undefined) {
          issues.push({
            path: ["content", "services", i, "phones", j, "confirmedBy"],
            record: s.id,
            message: "phone confirmations (confirmedBy) need schemaVersion 2",
          });
        }
      });
    });
  }
  if (pack.issuedAt > pack.expiresAt) {
    issues.push({ path: ["expiresAt"], record: undefined, message: "expiresAt is before issuedAt" });
  }
  const seen = (kind: "organisations" | "locations" | "services") => {
    const ids = new Set<string>();
    pack.content[kind].forEach((item, i) => {
      if (ids.has(item.id))
        issues.push({ path: ["content", kind, i, "id"], record: item.id, message: `duplicate id "${item.id}"` });
      ids.add(item.id);
    });
    return ids;
  };
  const orgIds = seen("organisations");
  const locIds = seen("locations");
  seen("services");
  pack.content.services.forEach((s, i) => {
    if (!orgIds.has(s.organisationId)) {
      issues.push({
        path: ["content", "services", i, "organisationId"],
        record: s.id,
        message: `no organisation with id "${s.organisationId}" in this pack`,
      });
    }
    s.locationIds.forEach((locId, j) => {
      if (!locIds.has(locId)) {
        issues.push({
          path: ["content", "services", i, "locationIds", j],
          record: s.id,
          message: `no location with id "${locId}" in this pack`,
        });
      }
    });
    if (s.area.forceArea !== pack.area) {
      issues.push({
        path: ["content", "services", i, "area", "forceArea"],
        record: s.id,
        message: `service area "${s.area.forceArea}" differs from the pack area "${pack.area}"`,
      });
    }
  });
  return issues;
}

export const pathwayPackSchema = z.strictObject({ ...headerShape, content: packContentSchema }).superRefine((pack, ctx) => {
  for (const issue of checkPackReferences(pack)) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
});
export type PathwayPack = z.infer<typeof pathwayPackSchema>;
/** What a pack author writes (identical to the parsed form: no defaults). */
export type PathwayPackInput = z.input<typeof pathwayPackSchema>;
