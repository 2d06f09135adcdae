// Only the base locale's `common` namespace (the shell: header, start screen,
// settings) is bundled with the first screen. Every other namespace and locale
// is a lazy chunk that the service worker precaches, so a language or screen
// never opened online still works offline. Pseudo-locales are made from the
// base locale's files when asked for.
import common from "../../../locales/en-GB/common.json";
import { BASE_LOCALE, isLocaleCode, isPseudoLocale } from "./locales";
import { pseudoLocaliseTree } from "./pseudo";

export const baseResources = { common } as const;

type NamespaceJson = Record<string, unknown>;

const lazyLocaleFiles = import.meta.glob<NamespaceJson>(["../../../locales/*/*.json", "!../../../locales/en-GB/common.json"], {
  import: "default",
});

async function loadFile(locale: string, ns: string): Promise<NamespaceJson> {
  if (locale === BASE_LOCALE && ns === "common") return common;
  const loader = lazyLocaleFiles[`../../../locales/${locale}/${ns}.json`];
  if (!loader) throw new Error(`No translation file for ${locale}/${ns}`);
  return loader();
}

export async function loadNamespace(locale: string, ns: string): Promise<NamespaceJson> {
  if (isLocaleCode(locale) && isPseudoLocale(locale)) {
    return pseudoLocaliseTree(await loadFile(BASE_LOCALE, ns), locale === "ar-XB" ? "rtl" : "long") as NamespaceJson;
  }
  return loadFile(locale, ns);
}
