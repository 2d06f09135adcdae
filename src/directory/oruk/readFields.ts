// Reading single Open Referral fields into Waymark's rules: plain text within
// its length, ids Waymark can store, https-only links, email addresses. Each
// reader either returns a value Waymark's schemas accept, or records why not.
import { httpsUrlSchema } from "../../shared/provenance";
import { emailSchema, recordIdSchema } from "../schema/text";
import type { OrukProblems, Subject } from "./orukProblems";
import { uuidV5 } from "./uuid";

// Control characters other than tab, newline and carriage return are refused
// by Waymark's text fields; in a feed they are debris, so they are dropped.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Trimmed text without control characters, or undefined for null, empty or blank. */
export function cleanText(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.replace(CONTROL_CHARS, "").trim();
  return text === "" ? undefined : text;
}

/** Text cut to `max` characters (ending "…") when longer, noting that it was shortened. */
export function fitText(
  value: string | null | undefined,
  max: number,
  words: string,
  problems: OrukProblems,
  subject: Subject,
): string | undefined {
  const text = cleanText(value);
  if (text === undefined || text.length <= max) return text;
  problems.note(`the ${words} was longer than ${max} characters and was shortened`, subject);
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * An id Waymark can store. Profile ids are UUIDs and are kept as they are;
 * any other id is kept when it is already safe, else replaced by a name-based
 * UUID of it (the same feed id always gives the same Waymark id).
 */
export function recordIdOf(raw: string | number | null | undefined): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  const id = String(raw).trim();
  if (id === "") return undefined;
  return recordIdSchema.safeParse(id).success ? id : `oruk-${uuidV5(`oruk-id:${id}`)}`;
}

export interface LinkContext {
  problems: OrukProblems;
  subject: Subject;
  /** The person chose to import without the feed's http: links. */
  dropHttpLinks: boolean;
}

/**
 * An https link, or undefined. http: is refused (the person may choose to
 * import without such links: they are dropped, never rewritten to https,
 * because the https address may not exist); any other scheme (javascript:,
 * data:, ftp:) is always refused. Text that is not a web address at all is
 * left out with a note: nothing from it is stored.
 */
export function readLink(
  value: string | null | undefined,
  field: readonly (string | number)[],
  words: string,
  ctx: LinkContext,
): string | undefined {
  const text = cleanText(value);
  if (text === undefined) return undefined;
  let protocol: string;
  try {
    protocol = new URL(text).protocol;
  } catch {
    ctx.problems.note(`the ${words} "${text.slice(0, 80)}" is not a web address and was left out`, ctx.subject);
    return undefined;
  }
  if (protocol === "https:") {
    if (httpsUrlSchema.safeParse(text).success) return text;
    ctx.problems.note(`the ${words} is longer than Waymark keeps and was left out`, ctx.subject);
    return undefined;
  }
  if (protocol === "http:") {
    if (ctx.dropHttpLinks) {
      ctx.problems.note(`the ${words} was an http: link and was left out, as you chose`, ctx.subject);
      return undefined;
    }
    ctx.problems.error(
      ctx.subject,
      field,
      words,
      `"${text.slice(0, 200)}" is an http: link; Waymark keeps only https: links (import without the feed's http: links to leave them out)`,
      "insecure-link",
    );
    return undefined;
  }
  ctx.problems.error(
    ctx.subject,
    field,
    words,
    `"${text.slice(0, 200)}" is a ${protocol} link; Waymark keeps only https: links, and never ${protocol} ones`,
  );
  return undefined;
}

export function readEmail(value: string | null | undefined, words: string, problems: OrukProblems, subject: Subject) {
  const text = cleanText(value);
  if (text === undefined) return undefined;
  if (emailSchema.safeParse(text).success) return text;
  problems.note(`the ${words} "${text.slice(0, 80)}" is not an email address and was left out`, subject);
  return undefined;
}
