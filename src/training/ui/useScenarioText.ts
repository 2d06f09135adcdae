import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { LibraryEntry } from "../library/library";
import { builtinScenarioText, type ScenarioText } from "../model/scenarioText";
import { packTextFor } from "../pack/packFormat";

/** A scenario's words in the interface's language: from the locale file, or from its pack (English if the pack has none). */
export function useScenarioText(entry: LibraryEntry | undefined): ScenarioText | null {
  const { t, i18n } = useTranslation("training");
  return useMemo(() => {
    if (entry === undefined) return null;
    if (entry.origin === "pack") return packTextFor(entry.text, i18n.language);
    // Keys are built from scenario ids; the library test proves each exists in every locale.
    return builtinScenarioText(entry.scenario, (key) => (i18n.exists(key, { ns: "training" }) ? t(key as never) : undefined));
  }, [entry, t, i18n]);
}
