// The languages the UI offers. en-GB is the base: every other locale has
// exactly its keys (tests/unit/i18n). The pseudo-locales are generated from
// en-GB by scripts/pseudo-locales.ts and exist to catch clipped text,
// hard-coded strings and right-to-left layout faults in the browser tests.
export const BASE_LOCALE = "en-GB";

export const LOCALES = [
  { code: "en-GB", name: "English (UK)", dir: "ltr", pseudo: false },
  { code: "en-XA", name: "Pseudo-English (long)", dir: "ltr", pseudo: true },
  { code: "ar-XB", name: "Pseudo right-to-left", dir: "rtl", pseudo: true },
] as const;

export type LocaleCode = (typeof LOCALES)[number]["code"];

export const NAMESPACES = ["common", "pathway", "directory", "encounter"] as const;
export type Namespace = (typeof NAMESPACES)[number];

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === "string" && LOCALES.some((l) => l.code === value);
}

export function localeDir(code: LocaleCode): "ltr" | "rtl" {
  return LOCALES.find((l) => l.code === code)?.dir ?? "ltr";
}
