import i18next, { type BackendModule } from "i18next";
import { initReactI18next } from "react-i18next";
import { BASE_LOCALE, LOCALES, isLocaleCode, localeDir, type LocaleCode } from "./locales";
import { baseResources, loadNamespace } from "./resources";
import { readSetting, writeSetting } from "../settings/settings";

const lazyBackend: BackendModule = {
  type: "backend",
  init: () => undefined,
  read: (language, namespace, callback) => {
    loadNamespace(language, namespace).then(
      (data) => {
        callback(null, data);
      },
      (error: unknown) => {
        callback(error instanceof Error ? error : new Error(String(error)), false);
      },
    );
  },
};

function applyDocumentLanguage(code: LocaleCode): void {
  document.documentElement.lang = code;
  document.documentElement.dir = localeDir(code);
}

/** Picks the stored choice, else en-GB. The URL `?lng=` is honoured for tests and trainers' projectors. */
export function initialLocale(): LocaleCode {
  const fromUrl = new URLSearchParams(globalThis.location.search).get("lng");
  if (isLocaleCode(fromUrl)) return fromUrl;
  const stored = readSetting("locale");
  return isLocaleCode(stored) ? stored : BASE_LOCALE;
}

export async function initI18n(): Promise<typeof i18next> {
  const lng = initialLocale();
  await i18next
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng,
      fallbackLng: BASE_LOCALE,
      supportedLngs: LOCALES.map((l) => l.code),
      // en-XA must not resolve to a missing "en".
      load: "currentOnly",
      // The shell's namespace up front; each screen's namespace loads when it
      // first renders (the screen suspends until then).
      ns: ["common"],
      defaultNS: "common",
      resources: { [BASE_LOCALE]: baseResources },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false }, // React escapes.
      returnNull: false,
      react: { useSuspense: true },
    });
  applyDocumentLanguage(lng);
  i18next.on("languageChanged", (code) => {
    if (isLocaleCode(code)) applyDocumentLanguage(code);
  });
  return i18next;
}

export async function changeLocale(code: LocaleCode): Promise<void> {
  writeSetting("locale", code);
  await i18next.changeLanguage(code);
}
