// The encounter in progress: the officer's structured answers and which
// actions are ticked. Never free text about the person.
//
// Plain TypeScript. The device store keeps it in localStorage for at most 12
// hours (see persistence.ts) so a tab the phone discarded can resume; a
// training store keeps it in memory only. A typed offence (an Act and section
// entered by hand) is never written: only a choice from the built-in list,
// which is a reference to our content, not words about someone.
import { z } from "../shared/zod";
import { answersSchema, isCatalogueOffence, pruneAnswers, type Answers } from "../pathway";
import { createStore } from "../shared/createStore";
import { ENCOUNTER_STORAGE_KEY, STORED_ENCOUNTER_VERSION, readStoredEncounter, type KeyValueStorage } from "./persistence";
import { CONTENT_VERSION } from "../pathway";

export interface EncounterState {
  answers: Answers;
  ticked: readonly string[];
}

export interface EncounterStore {
  get(): EncounterState;
  subscribe(listener: () => void): () => void;
  setAnswer<K extends keyof Answers>(field: K, value: Answers[K]): void;
  /** Several answers at once (undefined removes one), then answers that no longer apply are dropped. */
  setAnswers(changes: Partial<Answers>): void;
  toggleAction(id: string): void;
  /** Forget everything, in memory and (for the device store) on the device. */
  clear(): void;
  /** Forget the memory copy only (the stored copy was already removed elsewhere). */
  forgetInMemory(): void;
  /** True when this store writes to the device. */
  readonly persistent: boolean;
}

const payloadSchema = z.strictObject({
  answers: answersSchema,
  ticked: z.array(z.string().regex(/^[a-z0-9-]{1,80}$/)).max(200),
});

const EMPTY: EncounterState = { answers: {}, ticked: [] };

export interface EncounterStoreOptions {
  /** null: memory only (training, tests). */
  storage: KeyValueStorage | null;
  now?: () => number;
}

export function createEncounterStore({ storage, now = Date.now }: EncounterStoreOptions): EncounterStore {
  const state = createStore<EncounterState>(EMPTY);
  let loaded = storage === null;

  const load = (): void => {
    loaded = true;
    if (storage === null) return;
    const stored = readStoredEncounter(storage, now());
    if (stored === null) return;
    const payload = payloadSchema.safeParse({ answers: stored.answers, ticked: stored.ticked });
    if (payload.success) state.set(payload.data);
    else {
      try {
        storage.removeItem(ENCOUNTER_STORAGE_KEY);
      } catch {
        // nothing to remove
      }
    }
  };
  const current = (): EncounterState => {
    if (!loaded) load();
    return state.get();
  };
  const persist = (): void => {
    if (storage === null) return;
    const { answers, ticked } = state.get();
    try {
      if (Object.keys(answers).length === 0 && ticked.length === 0) {
        storage.removeItem(ENCOUNTER_STORAGE_KEY);
        return;
      }
      const kept: Answers = { ...answers };
      if (kept.offence && !isCatalogueOffence(kept.offence)) delete kept.offence;
      storage.setItem(
        ENCOUNTER_STORAGE_KEY,
        JSON.stringify({ v: STORED_ENCOUNTER_VERSION, contentVersion: CONTENT_VERSION, savedAt: now(), answers: kept, ticked }),
      );
    } catch {
      // Storage full or blocked: the encounter still works, it just won't resume.
    }
  };

  return {
    persistent: storage !== null,
    get: current,
    subscribe: (listener) => state.subscribe(listener),
    setAnswer(field, value) {
      const { answers, ticked } = current();
      state.set({ ticked, answers: pruneAnswers({ ...answers, [field]: value }) });
      persist();
    },
    setAnswers(changes) {
      const { answers, ticked } = current();
      // An undefined change removes that answer.
      const merged = Object.fromEntries(
        Object.entries({ ...answers, ...changes }).filter(([, value]) => value !== undefined),
      ) as Answers;
      state.set({ ticked, answers: pruneAnswers(merged) });
      persist();
    },
    toggleAction(id) {
      const { answers, ticked } = current();
      state.set({ answers, ticked: ticked.includes(id) ? ticked.filter((t) => t !== id) : [...ticked, id] });
      persist();
    },
    clear() {
      loaded = true;
      state.set(EMPTY);
      if (storage !== null) {
        try {
          storage.removeItem(ENCOUNTER_STORAGE_KEY);
        } catch {
          // nothing stored
        }
      }
    },
    forgetInMemory() {
      loaded = true;
      state.set(EMPTY);
    },
  };
}
