// The base locale is bundled with the first screen (it is small and always
// needed); every other locale is a lazy chunk that the service worker
// precaches, so it works offline even if it was never opened online.
import common from "../../../locales/en-GB/common.json";
import pathway from "../../../locales/en-GB/pathway.json";
import directory from "../../../locales/en-GB/directory.json";
import encounter from "../../../locales/en-GB/encounter.json";

export const baseResources = { common, pathway, directory, encounter } as const;

type NamespaceJson = Record<string, unknown>;

const lazyLocaleFiles = import.meta.glob<NamespaceJson>(["../../../locales/*/*.json", "!../../../locales/en-GB/*.json"], {
  import: "default",
});

export async function loadNamespace(locale: string, ns: string): Promise<NamespaceJson> {
  const loader = lazyLocaleFiles[`../../../locales/${locale}/${ns}.json`];
  if (!loader) throw new Error(`No translation file for ${locale}/${ns}`);
  return loader();
}
