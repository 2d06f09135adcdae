// Bytes -> a checked scenario pack, or every problem found, each naming the
// scenario and field in plain words. All or nothing: the caller adds the pack
// only when there is no error, so a bad file changes nothing. Each scenario's
// expected outcome is checked against the engine before it is offered.
import type { z } from "../../shared/zod";
import { scenarioSchema, type Scenario } from "../model/scenario";
import { textProblems } from "../model/scenarioText";
import { checkScenario } from "../check/checkScenario";
import {
  MAX_TRAINING_PACK_BYTES,
  PACK_LANGUAGES,
  TRAINING_PACK_FORMAT,
  TRAINING_PACK_SCHEMA_VERSION,
  packEnvelopeSchema,
  packTextSchema,
  type PackScenario,
  type TrainingPack,
} from "./packFormat";

export const PACK_ERROR_CODES = [
  "too-large",
  "not-text",
  "not-json",
  "not-a-pack",
  "schema-version",
  "envelope",
  "scenario",
  "duplicate-id",
  "built-in-id",
  "older-version",
  "engine",
] as const;
export type TrainingPackErrorCode = (typeof PACK_ERROR_CODES)[number];

export interface TrainingPackError {
  code: TrainingPackErrorCode;
  /** The scenario's id (or its place in the list when it has no readable id). */
  record?: string;
  /** The field within the scenario (or the envelope), e.g. "expect.route" or "text.cy.story[0]". */
  field?: string;
  /** What is wrong, in plain English. */
  message: string;
}

export type PackReading = { ok: true; pack: TrainingPack } | { ok: false; errors: TrainingPackError[] };

export interface PackContext {
  /** Ids of the built-in scenarios: an imported scenario may not reuse one. */
  builtinIds: readonly string[];
  /** Packs already loaded in this session. */
  loaded: readonly TrainingPack[];
}

const MAX_ERRORS = 50;

/** ["story", 0] -> "story[0]" */
function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) out += typeof part === "number" ? `[${part}]` : out === "" ? String(part) : `.${String(part)}`;
  return out;
}

function issueErrors(
  issues: readonly z.core.$ZodIssue[],
  code: TrainingPackErrorCode,
  record: string | undefined,
  prefix: string,
): TrainingPackError[] {
  return issues.flatMap((issue) => {
    const parts =
      issue.code === "unrecognized_keys"
        ? issue.keys.map((k) => ({ path: [...issue.path, k], message: `an unknown field "${k}"` }))
        : [{ path: issue.path, message: issue.message }];
    return parts.map(({ path, message }) => {
      const field = [prefix, formatPath(path)].filter((p) => p !== "").join(".");
      return { code, message, ...(record === undefined ? {} : { record }), ...(field === "" ? {} : { field }) };
    });
  });
}

function rawId(item: unknown, index: number): string {
  if (typeof item === "object" && item !== null && "id" in item && typeof item.id === "string" && item.id.length <= 60)
    return item.id;
  return `scenarios[${index}]`;
}

/** One line, as a command or a test prints it. */
export function describePackError(e: TrainingPackError): string {
  const where = [e.record === undefined ? "" : `scenario "${e.record}"`, e.field === undefined ? "" : `field ${e.field}`]
    .filter((w) => w !== "")
    .join(", ");
  return where === "" ? e.message : `${where}: ${e.message}`;
}

function decode(bytes: Uint8Array): { ok: true; value: unknown } | { ok: false; error: TrainingPackError } {
  if (bytes.byteLength > MAX_TRAINING_PACK_BYTES)
    return {
      ok: false,
      error: { code: "too-large", message: `the file is larger than ${MAX_TRAINING_PACK_BYTES / 1024 / 1024} MB` },
    };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { code: "not-text", message: "the file is not UTF-8 text" } };
  }
  try {
    return { ok: true, value: JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text) as unknown };
  } catch {
    return { ok: false, error: { code: "not-json", message: "the file is not valid JSON: it may be damaged or cut short" } };
  }
}

function readScenario(
  raw: unknown,
  index: number,
): { ok: true; value: PackScenario } | { ok: false; errors: TrainingPackError[] } {
  const record = rawId(raw, index);
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    return { ok: false, errors: [{ code: "scenario", record, message: "a scenario must be an object" }] };
  const { text, ...rest } = raw as Record<string, unknown>;
  const structure = scenarioSchema.safeParse(rest);
  const words = packTextSchema.safeParse(text);
  const errors = [
    ...(structure.success ? [] : issueErrors(structure.error.issues, "scenario", record, "")),
    ...(words.success ? [] : issueErrors(words.error.issues, "scenario", record, "text")),
  ];
  if (!structure.success || !words.success) return { ok: false, errors };
  const scenario: Scenario = structure.data;
  for (const language of PACK_LANGUAGES) {
    const inLanguage = words.data[language];
    if (inLanguage === undefined) continue;
    for (const p of textProblems(scenario, inLanguage))
      errors.push({ code: "scenario", record, field: `text.${language}.${p.field}`, message: p.message });
  }
  for (const p of checkScenario(scenario)) errors.push({ code: "engine", record, field: p.field, message: p.message });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { scenario, text: words.data } };
}

export function readTrainingPack(bytes: Uint8Array, context: PackContext): PackReading {
  const decoded = decode(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const raw = decoded.value;
  if (typeof raw !== "object" || raw === null || (raw as { format?: unknown }).format !== TRAINING_PACK_FORMAT)
    return {
      ok: false,
      errors: [
        {
          code: "not-a-pack",
          field: "format",
          message: `this is not a Waymark scenario pack (expected "format": "${TRAINING_PACK_FORMAT}")`,
        },
      ],
    };
  const schemaVersion = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (schemaVersion !== TRAINING_PACK_SCHEMA_VERSION) {
    const newer = typeof schemaVersion === "number" && schemaVersion > TRAINING_PACK_SCHEMA_VERSION;
    return {
      ok: false,
      errors: [
        {
          code: "schema-version",
          field: "schemaVersion",
          message: newer
            ? `the pack uses schemaVersion ${schemaVersion}, newer than this app reads (${TRAINING_PACK_SCHEMA_VERSION}): update the app first`
            : `unsupported schemaVersion ${schemaVersion === undefined ? "(missing)" : JSON.stringify(schemaVersion)}; expected ${TRAINING_PACK_SCHEMA_VERSION}`,
        },
      ],
    };
  }
  const envelope = packEnvelopeSchema.safeParse(raw);
  if (!envelope.success)
    return { ok: false, errors: issueErrors(envelope.error.issues, "envelope", undefined, "").slice(0, MAX_ERRORS) };
  const head = envelope.data;

  const errors: TrainingPackError[] = [];
  const same = context.loaded.find((p) => p.publisher.id === head.publisher.id);
  if (same !== undefined && head.packVersion < same.packVersion)
    errors.push({
      code: "older-version",
      field: "packVersion",
      message: `version ${head.packVersion} is older than version ${same.packVersion} of this publisher's pack, already loaded`,
    });
  // Ids other packs already use (a newer pack from the same publisher replaces its own).
  const taken = new Set(
    context.loaded.filter((p) => p.publisher.id !== head.publisher.id).flatMap((p) => p.scenarios.map((s) => s.scenario.id)),
  );
  const seen = new Set<string>();
  const scenarios: PackScenario[] = [];
  head.scenarios.forEach((item, index) => {
    const read = readScenario(item, index);
    if (!read.ok) {
      errors.push(...read.errors);
      return;
    }
    const id = read.value.scenario.id;
    if (context.builtinIds.includes(id))
      errors.push({
        code: "built-in-id",
        record: id,
        field: "id",
        message: "a built-in scenario already has this id: choose another",
      });
    else if (seen.has(id) || taken.has(id))
      errors.push({ code: "duplicate-id", record: id, field: "id", message: "another scenario already has this id" });
    seen.add(id);
    scenarios.push(read.value);
  });
  if (errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_ERRORS) };
  return {
    ok: true,
    pack: {
      publisher: head.publisher,
      packVersion: head.packVersion,
      scenarios,
      ...(head.title === undefined ? {} : { title: head.title }),
      ...(head.contentVersion === undefined ? {} : { contentVersion: head.contentVersion }),
    },
  };
}
