// A training session, in this tab's memory only: where the officer came from
// (so leaving restores their view), the packs imported, the runs of the
// presenter and the learner (encounter stores that never touch the device),
// and the practice score. Nothing identifies a learner: an attempt is a
// scenario id and three numbers. Nothing is written to Web Storage or
// IndexedDB, so a real encounter saved on the device is never touched.
import { createStore } from "../../shared/createStore";
import { createEncounterStore, onForgetEncounter, type EncounterStore } from "../../encounter";
import type { TrainingPack } from "../pack/packFormat";
import type { Score } from "../practice/compareRun";

export type RunMode = "present" | "practice";

export interface Attempt extends Score {
  scenarioId: string;
}

/** What leaving training restores. */
export interface Entry {
  /** The screen training was entered from. */
  returnTo: string;
  /** The interface language at entry, and the stored setting behind it (null: none stored). */
  language: string;
  storedLanguage: string | null;
}

export interface TrainingState {
  entry: Entry | null;
  packs: readonly TrainingPack[];
  attempts: readonly Attempt[];
}

export interface TrainingSession {
  get(): TrainingState;
  subscribe(listener: () => void): () => void;
  /** Remembers how to leave; a second call while in training keeps the first. */
  enter(entry: Entry): void;
  /** Adds a checked pack; a pack from the same publisher replaces the one loaded. */
  addPack(pack: TrainingPack): void;
  /** The run of a scenario in a mode, created empty on first use. */
  run(mode: RunMode, scenarioId: string): EncounterStore;
  /** A fresh, empty run. */
  restartRun(mode: RunMode, scenarioId: string): EncounterStore;
  /** Counts a finished practice run once, however often its debrief is shown. */
  recordAttempt(attempt: Attempt): void;
  clearScore(): void;
  /** Ends the session: every run, the score and the packs are forgotten. Returns what to restore. */
  leave(): Entry | null;
  /** Quick exit: the runs, the score and the way back are forgotten; imported packs are training material and stay. */
  forget(): void;
}

const EMPTY: TrainingState = { entry: null, packs: [], attempts: [] };

export function createTrainingSession(): TrainingSession {
  const state = createStore<TrainingState>(EMPTY);
  const runs = new Map<string, { store: EncounterStore; recorded: boolean }>();
  const key = (mode: RunMode, id: string): string => `${mode}:${id}`;
  const newRun = (mode: RunMode, id: string): EncounterStore => {
    const store = createEncounterStore({ storage: null });
    runs.set(key(mode, id), { store, recorded: false });
    return store;
  };
  const dropRuns = (): void => {
    for (const { store } of runs.values()) store.forgetInMemory();
    runs.clear();
  };
  return {
    get: () => state.get(),
    subscribe: (listener) => state.subscribe(listener),
    enter(entry) {
      if (state.get().entry === null) state.set({ ...state.get(), entry });
    },
    addPack(pack) {
      const current = state.get();
      state.set({ ...current, packs: [...current.packs.filter((p) => p.publisher.id !== pack.publisher.id), pack] });
    },
    run(mode, scenarioId) {
      return runs.get(key(mode, scenarioId))?.store ?? newRun(mode, scenarioId);
    },
    restartRun(mode, scenarioId) {
      runs.get(key(mode, scenarioId))?.store.forgetInMemory();
      return newRun(mode, scenarioId);
    },
    recordAttempt(attempt) {
      const run = runs.get(key("practice", attempt.scenarioId));
      if (run === undefined || run.recorded) return;
      run.recorded = true;
      state.set({ ...state.get(), attempts: [...state.get().attempts, attempt] });
    },
    clearScore() {
      state.set({ ...state.get(), attempts: [] });
    },
    leave() {
      const { entry } = state.get();
      dropRuns();
      state.set(EMPTY);
      return entry;
    },
    forget() {
      dropRuns();
      state.set({ ...EMPTY, packs: state.get().packs });
    },
  };
}

let session: TrainingSession | undefined;

/** This tab's training session; quick exit (which forgets every encounter in memory) forgets its runs too. */
export function trainingSession(): TrainingSession {
  if (session === undefined) {
    const created = createTrainingSession();
    onForgetEncounter(() => {
      created.forget();
    });
    session = created;
  }
  return session;
}
