// The person's language, separate from the officer's: a second i18next
// instance holds only the person cards, so handing the phone over never
// changes the officer's interface language. Each language's file is its own
// lazy chunk (precached by the service worker, so it works offline).
import { createInstance, type i18n } from "i18next";
import { localeMetaSchema, type LocaleMeta } from "../localeMeta";

type Json = Record<string, unknown>;

const cardFiles = import.meta.glob<Json>("../../../locales/*/person.json", { import: "default" });
const metaFiles = import.meta.glob<unknown>("../../../locales/*/meta.json", { import: "default" });

const path = (code: string, file: string): string => `../../../locales/${code}/${file}.json`;

export function hasPersonCards(code: string): boolean {
  return path(code, "person") in cardFiles;
}

/** An i18next instance for one person language, its cards loaded. */
export async function loadPersonText(code: string): Promise<{ i18n: i18n; meta: LocaleMeta }> {
  const loadCards = cardFiles[path(code, "person")];
  const loadMeta = metaFiles[path(code, "meta")];
  if (loadCards === undefined || loadMeta === undefined) throw new Error(`no person cards for ${code}`);
  const [cards, meta] = await Promise.all([loadCards(), loadMeta()]);
  const instance = createInstance();
  await instance.init({
    lng: code,
    // No fallback: a missing card must show as missing in tests, never as English passed off as a translation.
    fallbackLng: false,
    resources: { [code]: { person: cards } },
    ns: ["person"],
    defaultNS: "person",
    interpolation: { escapeValue: false },
  });
  return { i18n: instance, meta: localeMetaSchema.parse(meta) };
}
