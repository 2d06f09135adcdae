// Checks an entry typed in MSVLO mode with the same schemas as a pack, and
// returns errors in the same shape (path, record, field, message).
import type { z } from "../../shared/zod";
import { formatPath, packError, type PackError } from "../pack/packErrors";
import type { EntrySnapshot } from "../records";
import { locationSchema } from "../schema/location";
import { organisationSchema } from "../schema/organisation";
import { serviceSchema } from "../schema/service";

export interface EntryDraft {
  service: unknown;
  organisation: unknown;
  locations: unknown[];
}

function check<T>(
  schema: z.ZodType<T>,
  value: unknown,
  prefix: (string | number)[],
  record: string | undefined,
  errors: PackError[],
): T | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const field = formatPath(issue.path);
    const extra: Omit<PackError, "code" | "message"> = { path: formatPath([...prefix, ...issue.path]) };
    if (record !== undefined) extra.record = record;
    if (field !== "") extra.field = field;
    errors.push(packError("schema", `${field === "" ? "" : `${field}: `}${issue.message}`, extra));
  }
  return undefined;
}

export function validateDraft(draft: EntryDraft): { ok: true; snapshot: EntrySnapshot } | { ok: false; errors: PackError[] } {
  const errors: PackError[] = [];
  const rawId = (draft.service as { id?: unknown } | null)?.id;
  const record = typeof rawId === "string" ? rawId : undefined;
  const service = check(serviceSchema, draft.service, ["service"], record, errors);
  const organisation = check(organisationSchema, draft.organisation, ["organisation"], undefined, errors);
  const locations = draft.locations.map((l, i) => check(locationSchema, l, ["locations", i], undefined, errors));
  if (service === undefined || organisation === undefined || errors.length > 0) return { ok: false, errors };
  const locs = locations.filter((l) => l !== undefined);
  if (service.organisationId !== organisation.id) {
    errors.push(
      packError("reference", "organisationId does not match the organisation", {
        path: "service.organisationId",
        record: service.id,
        field: "organisationId",
      }),
    );
  }
  service.locationIds.forEach((id, i) => {
    if (!locs.some((l) => l.id === id)) {
      errors.push(
        packError("reference", `no location with id "${id}"`, {
          path: `service.locationIds[${i}]`,
          record: service.id,
          field: `locationIds[${i}]`,
        }),
      );
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, snapshot: { service, organisation, locations: locs } };
}
