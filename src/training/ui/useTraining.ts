// The training session as React state, and the scenario an address names.
import { useStore } from "../../platform/state/useStore";
import { findEntry, type LibraryEntry } from "../library/library";
import { trainingSession, type TrainingState } from "../session/trainingSession";

export function useTrainingState(): TrainingState {
  return useStore(trainingSession());
}

/** The built-in or imported scenario with this id, or undefined. */
export function useScenarioEntry(id: string | undefined): LibraryEntry | undefined {
  const { packs } = useTrainingState();
  return id === undefined ? undefined : findEntry(id, packs);
}
