// Text and link fields. Pack text is untrusted: it is kept exactly as given
// (markup stays literal characters) and the UI only ever renders it as text.
import { z } from "../../shared/zod";

// Control characters other than tab and newline have no place in a directory
// entry and can hide text in some renderers.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function plainText(max: number) {
  return z
    .string()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .refine((s) => s.trim().length > 0, "must not be blank")
    .refine((s) => !CONTROL_CHARS.test(s), "must not contain control characters");
}

/** Record ids: safe in keys and file names; "/" and "|" are reserved by the database. */
export const recordIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, "expected an id of letters, digits, '.', '_', ':' or '-' (max 128)");

export const emailSchema = z
  .string()
  .max(254)
  .regex(/^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[A-Za-z]{2,}$/, "expected an email address");

const ALLOWED_LINK_PROTOCOLS = new Set(["https:", "tel:", "mailto:"]);

/** A link the UI may open: https:, tel: or mailto: only (never javascript:, data:, http:). */
export const safeLinkSchema = z
  .string()
  .max(2000)
  .refine((s) => {
    if (s !== s.trim()) return false;
    try {
      const url = new URL(s);
      if (!ALLOWED_LINK_PROTOCOLS.has(url.protocol)) return false;
      if (url.protocol === "tel:") return /^tel:\+?[\d\-.() ]{2,30}$/.test(decodeURI(s));
      if (url.protocol === "mailto:") return emailSchema.safeParse(decodeURIComponent(url.pathname)).success;
      return url.hostname.length > 0 && url.username === "" && url.password === "";
    } catch {
      return false;
    }
  }, "only https:, tel: and mailto: links are accepted");

export const bcp47Schema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "expected a language code such as 'en', 'ro' or 'cy'");
