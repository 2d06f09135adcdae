// The encounter in progress: the officer's structured answers and which
// actions are ticked. Never free text about the person.
//
// It is kept on the device for at most 12 hours so a tab the phone discarded
// can resume, then purged. A typed offence (act and section entered by hand)
// stays in memory only: only a choice from the built-in Schedule 4 list is
// written, because it is a reference to our content, not words about someone.
// Answers saved under another content version are dropped: the questions may
// have changed meaning.
import { useSyncExternalStore } from "react";
import { z } from "../shared/zod";
import { answersSchema, type Answers } from "../pathway/model/facts";
import { pruneAnswers } from "../pathway/engine/questionFlow";
import { CONTENT_VERSION } from "../pathway/content/contentVersion";
import { SCHEDULE4_ENTRIES } from "../pathway/schedule4";
import { ENCOUNTER_MAX_AGE_MS, ENCOUNTER_STORAGE_KEY, onEncounterReset } from "./persistence";

const storedSchema = z.strictObject({
  v: z.literal(1),
  contentVersion: z.string().max(40),
  savedAt: z.number().int().nonnegative(),
  answers: answersSchema,
  ticked: z.array(z.string().regex(/^[a-z0-9-]{1,80}$/)).max(200),
});

export interface EncounterState {
  answers: Answers;
  ticked: readonly string[];
}

const EMPTY: EncounterState = { answers: {}, ticked: [] };
let state: EncounterState = EMPTY;
let loaded = false;
const listeners = new Set<() => void>();

function isListedOffence(offence: Answers["offence"]): boolean {
  if (!offence) return true;
  return SCHEDULE4_ENTRIES.some((e) =>
    "name" in offence
      ? e.act === "common law" && e.name === offence.name
      : e.act === offence.act && e.section === offence.section,
  );
}

function persist(now: number): void {
  try {
    if (Object.keys(state.answers).length === 0 && state.ticked.length === 0) {
      localStorage.removeItem(ENCOUNTER_STORAGE_KEY);
      return;
    }
    const answers: Answers = { ...state.answers };
    if (!isListedOffence(answers.offence)) delete answers.offence;
    localStorage.setItem(
      ENCOUNTER_STORAGE_KEY,
      JSON.stringify({ v: 1, contentVersion: CONTENT_VERSION, savedAt: now, answers, ticked: state.ticked }),
    );
  } catch {
    // Storage full or blocked: the encounter still works, it just won't resume.
  }
}

function notify(): void {
  for (const l of listeners) l();
}

function forgetInMemory(): void {
  state = EMPTY;
  notify();
}

/** Reads a stored encounter if it is younger than 12 hours and of this content version; otherwise purges it. */
export function loadEncounter(now: number = Date.now()): void {
  loaded = true;
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(ENCOUNTER_STORAGE_KEY);
  } catch {
    return;
  }
  if (raw === null) return;
  let parsed: z.infer<typeof storedSchema> | null = null;
  try {
    const result = storedSchema.safeParse(JSON.parse(raw));
    parsed = result.success ? result.data : null;
  } catch {
    parsed = null;
  }
  if (
    parsed?.contentVersion !== CONTENT_VERSION ||
    now - parsed.savedAt > ENCOUNTER_MAX_AGE_MS ||
    parsed.savedAt > now + 60_000
  ) {
    clearEncounter();
    return;
  }
  state = { answers: parsed.answers, ticked: parsed.ticked };
  notify();
}

function ensureLoaded(): void {
  if (!loaded) loadEncounter();
}

export function getEncounter(): EncounterState {
  ensureLoaded();
  return state;
}

export function setAnswer<K extends keyof Answers>(field: K, value: Answers[K], now: number = Date.now()): void {
  ensureLoaded();
  const answers: Answers = { ...state.answers, [field]: value };
  state = { ...state, answers: pruneAnswers(answers) };
  persist(now);
  notify();
}

export function toggleAction(id: string, now: number = Date.now()): void {
  ensureLoaded();
  const ticked = state.ticked.includes(id) ? state.ticked.filter((t) => t !== id) : [...state.ticked, id];
  state = { ...state, ticked };
  persist(now);
  notify();
}

/** Forget everything about this encounter, in memory and on the device. */
export function clearEncounter(): void {
  forgetInMemory();
  try {
    localStorage.removeItem(ENCOUNTER_STORAGE_KEY);
  } catch {
    // nothing stored
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useEncounter(): EncounterState {
  return useSyncExternalStore(subscribe, getEncounter);
}

// Another tab cleared the encounter (quick exit, start new): forget it here
// too, or this tab's next answer would write the old ones back.
// (Guarded: the store also runs in Node for its unit tests.)
if ("addEventListener" in globalThis) {
  globalThis.addEventListener("storage", (event) => {
    if (event.key === null || (event.key === ENCOUNTER_STORAGE_KEY && event.newValue === null)) {
      loaded = true;
      forgetInMemory();
    }
  });
}

// Quick exit and "start a new encounter" live in the shell; they reach the
// memory copy through this hook; they remove the stored copy straight after.
onEncounterReset(() => {
  loaded = true;
  forgetInMemory();
});
