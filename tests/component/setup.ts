// Every component test gets i18next with the base locale's files, loaded up
// front (no Suspense), so screens render their real English text.
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import common from "../../locales/en-GB/common.json";
import encounter from "../../locales/en-GB/encounter.json";
import pathway from "../../locales/en-GB/pathway.json";
import directory from "../../locales/en-GB/directory.json";
import content from "../../locales/en-GB/content.json";
import offences from "../../locales/en-GB/offences.json";
import "../../src/ui/styles.css";

await i18next.use(initReactI18next).init({
  lng: "en-GB",
  fallbackLng: "en-GB",
  ns: ["common", "encounter", "pathway", "directory", "content", "offences"],
  defaultNS: "common",
  resources: { "en-GB": { common, encounter, pathway, directory, content, offences } },
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});
