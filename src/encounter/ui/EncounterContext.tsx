// Where an encounter's screens live and which store holds its answers: the
// device store under /encounter for a live encounter, a memory-only store under
// a training run's own address for practice. Screens read both from here.
import { createContext, useContext, type ReactNode } from "react";
import { useStore } from "../../platform/state/useStore";
import type { ForceAreaId } from "../../shared/forceAreas";
import { encounterPaths, type EncounterPaths } from "../paths";
import type { EncounterState, EncounterStore } from "../store";

export interface EncounterSetup {
  store: EncounterStore;
  paths: EncounterPaths;
  /** The force area to answer the area question with, if the device has one. */
  defaultArea?: () => ForceAreaId | null;
  /** Where "leave" goes from the outcome screens (the start screen for a live encounter). */
  exitTo: string;
  /** A training run: the screens say so, and nothing reaches the device. */
  training: boolean;
}

const Context = createContext<EncounterSetup | null>(null);

export function EncounterProvider({ setup, children }: { setup: EncounterSetup; children: ReactNode }) {
  return <Context value={setup}>{children}</Context>;
}

export function useEncounterSetup(): EncounterSetup {
  const setup = useContext(Context);
  if (setup === null) throw new Error("encounter screens need an EncounterProvider");
  return setup;
}

/** The answers and ticked actions, as React state. */
export function useEncounter(): EncounterState {
  return useStore(useEncounterSetup().store);
}

export function makeSetup(
  base: string,
  store: EncounterStore,
  extra: Partial<Omit<EncounterSetup, "store" | "paths">> = {},
): EncounterSetup {
  return { store, paths: encounterPaths(base), exitTo: "/", training: false, ...extra };
}
