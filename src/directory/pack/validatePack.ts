// Bytes -> validated pack, or a list of errors that name the record and field.
// Items are checked one by one (not in one big parse) so that a 50,000-entry
// pack can report progress and the error list can say which record failed.
import type { z } from "../../shared/zod";
import { locationSchema } from "../schema/location";
import { organisationSchema } from "../schema/organisation";
import {
  PACK_FORMAT,
  PACK_SCHEMA_VERSION,
  PACK_SCHEMA_VERSIONS,
  checkPackReferences,
  packHeaderSchema,
  type PackContent,
  type PathwayPack,
} from "../schema/pack";
import { serviceSchema } from "../schema/service";
import { formatPath, packError, type PackError, type PackErrorCode } from "./packErrors";

export const MAX_PACK_BYTES = 100 * 1024 * 1024;
const MAX_ERRORS = 100;

export type PackValidation = { ok: true; pack: PathwayPack } | { ok: false; errors: PackError[] };
export type JsonDecoding = { ok: true; value: unknown } | { ok: false; errors: PackError[] };
export type ValidationProgress = (done: number, total: number) => void;

type ZodIssue = z.core.$ZodIssue;

export function decodeJson(bytes: Uint8Array): JsonDecoding {
  if (bytes.byteLength > MAX_PACK_BYTES) {
    return { ok: false, errors: [packError("too-large", `the file is larger than ${MAX_PACK_BYTES / 1024 / 1024} MB`)] };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, errors: [packError("invalid-encoding", "the file is not UTF-8 text")] };
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [packError("invalid-json", `the file is not valid JSON (it may be truncated or damaged): ${detail}`)],
    };
  }
}

function issuesToErrors(
  issues: readonly ZodIssue[],
  prefix: (string | number)[],
  record: string | undefined,
  code: PackErrorCode = "schema",
): PackError[] {
  const out: PackError[] = [];
  for (const issue of issues) {
    const paths: { path: PropertyKey[]; message: string }[] =
      issue.code === "unrecognized_keys"
        ? issue.keys.map((k) => ({ path: [...issue.path, k], message: `unknown field "${k}"` }))
        : [{ path: issue.path, message: issue.message }];
    for (const p of paths) {
      const full = formatPath([...prefix, ...p.path]);
      const field = formatPath(p.path);
      const extra: Omit<PackError, "code" | "message"> = { path: full };
      if (record !== undefined) extra.record = record;
      if (field !== "") extra.field = field;
      out.push(
        packError(code, `${record !== undefined ? `${record}: ` : ""}${field === "" ? "" : `${field}: `}${p.message}`, extra),
      );
    }
  }
  return out;
}

function rawId(item: unknown): string | undefined {
  if (typeof item === "object" && item !== null && "id" in item) {
    const id = item.id;
    if (typeof id === "string" && id.length <= 128) return id;
  }
  return undefined;
}

/** Validates an already-parsed JSON value as a pathway pack. */
export function validatePackValue(raw: unknown, onProgress?: ValidationProgress): PackValidation {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw) || (raw as { format?: unknown }).format !== PACK_FORMAT) {
    return {
      ok: false,
      errors: [
        packError("not-a-pack", `this is not a Waymark pathway pack (expected "format": "${PACK_FORMAT}")`, { path: "format" }),
      ],
    };
  }
  const schemaVersion = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (!(PACK_SCHEMA_VERSIONS as readonly unknown[]).includes(schemaVersion)) {
    const newer = typeof schemaVersion === "number" && schemaVersion > PACK_SCHEMA_VERSION;
    return {
      ok: false,
      errors: [
        packError(
          "unsupported-schema-version",
          newer
            ? `the pack uses schemaVersion ${schemaVersion}; this app reads ${PACK_SCHEMA_VERSION}: update the app, then import again`
            : `unsupported schemaVersion ${schemaVersion === undefined ? "(missing)" : JSON.stringify(schemaVersion)}; expected ${PACK_SCHEMA_VERSIONS.join(" or ")}`,
          { path: "schemaVersion" },
        ),
      ],
    };
  }
  const header = packHeaderSchema.safeParse(raw);
  if (!header.success) return { ok: false, errors: capErrors(issuesToErrors(header.error.issues, [], undefined)) };

  const { organisations, locations, services } = header.data.content;
  const total = organisations.length + locations.length + services.length;
  const errors: PackError[] = [];
  let done = 0;
  const every = 500;

  function checkAll<T>(kind: keyof PackContent, items: unknown[], schema: z.ZodType<T>): T[] {
    const parsed: T[] = [];
    items.forEach((item, i) => {
      const r = schema.safeParse(item);
      if (r.success) parsed.push(r.data);
      else errors.push(...issuesToErrors(r.error.issues, ["content", kind, i], rawId(item)));
      done++;
      if (onProgress !== undefined && done % every === 0) onProgress(done, total);
    });
    return parsed;
  }

  const content: PackContent = {
    organisations: checkAll("organisations", organisations, organisationSchema),
    locations: checkAll("locations", locations, locationSchema),
    services: checkAll("services", services, serviceSchema),
  };
  onProgress?.(total, total);
  if (errors.length > 0) return { ok: false, errors: capErrors(errors) };

  const { content: _unchecked, ...head } = header.data;
  const pack: PathwayPack = { ...head, content };
  const refs = checkPackReferences(pack);
  if (refs.length > 0) {
    return {
      ok: false,
      errors: capErrors(
        refs.map((r) => {
          const extra: Omit<PackError, "code" | "message"> = { path: formatPath(r.path) };
          if (r.record !== undefined) extra.record = r.record;
          const field = formatPath(r.path.slice(3));
          if (field !== "") extra.field = field;
          return packError("reference", `${r.record !== undefined ? `${r.record}: ` : ""}${r.message}`, extra);
        }),
      ),
    };
  }
  return { ok: true, pack };
}

function capErrors(errors: PackError[]): PackError[] {
  if (errors.length <= MAX_ERRORS) return errors;
  const rest = errors.length - MAX_ERRORS;
  return [...errors.slice(0, MAX_ERRORS), packError("schema", `and ${rest} more error${rest === 1 ? "" : "s"}`)];
}

/** Bytes of a bare (unsigned) pack file -> validated pack. */
export function validatePackBytes(bytes: Uint8Array, onProgress?: ValidationProgress): PackValidation {
  const json = decodeJson(bytes);
  if (!json.ok) return json;
  return validatePackValue(json.value, onProgress);
}
