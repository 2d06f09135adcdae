// Only the base locale's `common` namespace (the shell: header, start screen,
// settings) is bundled with the first screen. Every other namespace and locale
// is a lazy chunk that the service worker precaches, so a language or screen
// never opened online still works offline.
import common from "../../../locales/en-GB/common.json";

export const baseResources = { common } as const;

type NamespaceJson = Record<string, unknown>;

const lazyLocaleFiles = import.meta.glob<NamespaceJson>(["../../../locales/*/*.json", "!../../../locales/en-GB/common.json"], {
  import: "default",
});

export async function loadNamespace(locale: string, ns: string): Promise<NamespaceJson> {
  const loader = lazyLocaleFiles[`../../../locales/${locale}/${ns}.json`];
  if (!loader) throw new Error(`No translation file for ${locale}/${ns}`);
  return loader();
}
