// What reading an Open Referral feed found: errors (the import stops, and the
// person sees every one at once, each naming the service and the field in
// plain words) and notes (something was left out or changed on the way in,
// which the MSVLO should know). Notes about the same thing are grouped, so a
// feed of 800 services gives a short list rather than 800 lines.
import { formatPath, packError, type PackError, type PackErrorCode } from "../pack/packErrors";

const MAX_ERRORS = 100;
const NAMES_PER_NOTE = 3;

/** The record a problem is in: how to name it to a person, and where it is in the file. */
export interface Subject {
  /** e.g. `service "Community Counselling" (ac148810-…)`. */
  label: string;
  /** The record's id as the feed gives it, when it has one. */
  record?: string;
  /** Where the record is in the file, e.g. ["contents", 3]. */
  path: readonly (string | number)[];
}

export function serviceSubject(raw: unknown, path: readonly (string | number)[]): Subject {
  const obj = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
  const id = typeof obj["id"] === "string" || typeof obj["id"] === "number" ? String(obj["id"]).slice(0, 128) : undefined;
  const name = typeof obj["name"] === "string" && obj["name"].trim() !== "" ? obj["name"].trim().slice(0, 80) : undefined;
  const where = path.length === 0 ? "" : ` at ${formatPath(path)}`;
  const label =
    name !== undefined
      ? `service "${name}"${id !== undefined ? ` (${id})` : where}`
      : id !== undefined
        ? `service ${id} (no name)`
        : `the service${where} (no id, no name)`;
  return id === undefined ? { label, path } : { label, record: id, path };
}

export class OrukProblems {
  readonly errors: PackError[] = [];
  private readonly notes = new Map<string, string[]>();

  /** A problem that stops the import. `field` is the path inside the record; `words` names it in plain words. */
  error(
    subject: Subject | undefined,
    field: readonly (string | number)[],
    words: string,
    message: string,
    code: PackErrorCode = "schema",
  ): void {
    const extra: Omit<PackError, "code" | "message"> = {};
    const full = formatPath([...(subject?.path ?? []), ...field]);
    if (full !== "") extra.path = full;
    if (subject?.record !== undefined) extra.record = subject.record;
    const fieldText = formatPath(field);
    if (fieldText !== "") extra.field = fieldText;
    const who = subject === undefined ? "" : `${subject.label}: `;
    const what = words === "" ? "" : `${words}: `;
    const text = `${who}${what}${message}`;
    // A problem shared by several services (their common organisation) is reported once.
    if (this.errors.some((e) => e.message === text && e.path === extra.path)) return;
    this.errors.push(packError(code, text, extra));
  }

  /** Something the MSVLO should know; `about` names the service (grouped under one line per `text`). */
  note(text: string, about?: Subject): void {
    const list = this.notes.get(text) ?? [];
    if (about !== undefined && !list.includes(about.label)) list.push(about.label);
    this.notes.set(text, list);
  }

  get ok(): boolean {
    return this.errors.length === 0;
  }

  cappedErrors(): PackError[] {
    if (this.errors.length <= MAX_ERRORS) return this.errors;
    const rest = this.errors.length - MAX_ERRORS;
    return [...this.errors.slice(0, MAX_ERRORS), packError("schema", `and ${rest} more problem${rest === 1 ? "" : "s"}`)];
  }

  noteLines(): string[] {
    return [...this.notes].map(([text, about]) => {
      if (about.length === 0) return text;
      if (about.length === 1) return `${about[0] ?? ""}: ${text}`;
      const shown = about.slice(0, NAMES_PER_NOTE).join("; ");
      const more = about.length > NAMES_PER_NOTE ? ` and ${about.length - NAMES_PER_NOTE} more` : "";
      return `${about.length} services (${shown}${more}): ${text}`;
    });
  }
}
