// Structured import errors. The UI translates by `code` (locales/en-GB/directory.json,
// key `errors.<code>`) and can show `message` (English) and `path` as detail.
export const PACK_ERROR_CODES = [
  "invalid-encoding",
  "invalid-json",
  "not-a-pack",
  "unsupported-schema-version",
  "schema",
  "reference",
  "too-large",
  "expired",
  "older-version",
  "version-conflict",
  "unsigned",
  "signature-invalid",
  "unknown-key",
  "key-not-allowed",
  "would-replace-verified",
  "quota-exceeded",
  "storage-unavailable",
  "write-failed",
  "fetch-failed",
  "not-same-origin",
  "not-found",
  // Open Referral UK import (oruk/): the file is not a feed Waymark can read; a link is http:
  // (refused unless the person chooses to import without the feed's http: links).
  "not-oruk",
  "insecure-link",
] as const;
export type PackErrorCode = (typeof PACK_ERROR_CODES)[number];

export interface PackError {
  code: PackErrorCode;
  /** English explanation, naming the record and field where there is one. */
  message: string;
  /** Dotted path into the pack, e.g. "content.services[12].phones[0].number". */
  path?: string;
  /** Id of the organisation, location or service the error is in. */
  record?: string;
  /** Field path within that record, e.g. "phones[0].number". */
  field?: string;
}

export function packError(code: PackErrorCode, message: string, extra: Omit<PackError, "code" | "message"> = {}): PackError {
  return { code, message, ...extra };
}

/** ["content","services",12,"phones",0,"number"] -> "content.services[12].phones[0].number" */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** One line per error, as the pack command prints them. */
export function formatPackError(e: PackError): string {
  const where = e.path ?? "";
  const rec = e.record !== undefined ? ` (record "${e.record}")` : "";
  return where === "" ? `${e.code}: ${e.message}` : `${where}${rec}: ${e.message} [${e.code}]`;
}
