// The scenarios on offer: the built-in library, then those imported in this
// session. An imported scenario carries its words; a built-in one's are in
// the locale files.
import type { Scenario } from "../model/scenario";
import type { PackPublisher, PackText, TrainingPack } from "../pack/packFormat";
import { BUILTIN_SCENARIOS } from "./builtinScenarios";

export type LibraryEntry =
  { origin: "builtin"; scenario: Scenario } | { origin: "pack"; scenario: Scenario; publisher: PackPublisher; text: PackText };

export function libraryEntries(packs: readonly TrainingPack[]): LibraryEntry[] {
  return [
    ...BUILTIN_SCENARIOS.map((scenario): LibraryEntry => ({ origin: "builtin", scenario })),
    ...packs.flatMap((pack) =>
      pack.scenarios.map((s): LibraryEntry => ({
        origin: "pack",
        scenario: s.scenario,
        publisher: pack.publisher,
        text: s.text,
      })),
    ),
  ];
}

export function findEntry(id: string, packs: readonly TrainingPack[]): LibraryEntry | undefined {
  return libraryEntries(packs).find((e) => e.scenario.id === id);
}

export const BUILTIN_IDS: readonly string[] = BUILTIN_SCENARIOS.map((s) => s.id);
