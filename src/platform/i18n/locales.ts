// The languages the officer's interface offers. en-GB is the base: every
// other locale has exactly its keys (tests/unit/i18n). The pseudo-locales are
// made from en-GB at run time (pseudo.ts) to catch clipped text, hard-coded
// strings and right-to-left faults; only development builds list them in
// Settings, and tests reach them with ?lng=.
export const BASE_LOCALE = "en-GB";

export const LOCALES = [
  { code: "en-GB", name: "English (UK)", dir: "ltr", pseudo: false },
  { code: "cy", name: "Cymraeg", dir: "ltr", pseudo: false },
  { code: "en-XA", name: "Pseudo-English (long)", dir: "ltr", pseudo: true },
  { code: "ar-XB", name: "Pseudo right-to-left", dir: "rtl", pseudo: true },
] as const;

export type LocaleCode = (typeof LOCALES)[number]["code"];

export const NAMESPACES = ["common", "pathway", "directory", "encounter", "content", "offences", "training"] as const;
export type Namespace = (typeof NAMESPACES)[number];

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === "string" && LOCALES.some((l) => l.code === value);
}

export function isPseudoLocale(code: LocaleCode): boolean {
  return LOCALES.some((l) => l.code === code && l.pseudo);
}

export function localeDir(code: LocaleCode): "ltr" | "rtl" {
  return LOCALES.find((l) => l.code === code)?.dir ?? "ltr";
}

/** The languages Settings offers: test locales only in development builds. */
export function selectableLocales(dev: boolean): (typeof LOCALES)[number][] {
  return LOCALES.filter((l) => dev || !l.pseudo);
}

/** A page title: a key of `titles` in the shell's namespace. */
export type TitleKey = `titles.${keyof (typeof import("../../../locales/en-GB/common.json"))["titles"]}`;
