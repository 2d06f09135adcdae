// The encounter in progress: the officer's structured answers and which
// actions are ticked. Never free text about the person.
//
// It is kept on the device for at most 12 hours so a tab the phone discarded
// can resume, then purged. A typed offence (act and section entered by hand)
// stays in memory only: only a choice from the built-in Schedule 4 list is
// written, because it is a reference to our content, not words about someone.
import { useSyncExternalStore } from "react";
import { z } from "../shared/zod";
import { answersSchema, type Answers } from "../pathway/model/facts";
import { pruneAnswers } from "../pathway/engine/questionFlow";
import { SCHEDULE4_ENTRIES } from "../pathway/schedule4";
import { onQuickExit } from "../app/shell/quickExit";

export const ENCOUNTER_STORAGE_KEY = "waymark.encounter";
export const MAX_AGE_MS = 12 * 60 * 60 * 1000;

const storedSchema = z.strictObject({
  v: z.literal(1),
  savedAt: z.number().int().nonnegative(),
  answers: answersSchema,
  ticked: z.array(z.string().regex(/^[a-z0-9-]{1,80}$/)).max(200),
});

export interface EncounterState {
  answers: Answers;
  ticked: readonly string[];
  /** True when this state came back from storage after a reload. */
  resumed: boolean;
}

const EMPTY: EncounterState = { answers: {}, ticked: [], resumed: false };
let state: EncounterState = EMPTY;
let loaded = false;
const listeners = new Set<() => void>();

function isListedOffence(offence: Answers["offence"]): boolean {
  if (!offence) return true;
  return SCHEDULE4_ENTRIES.some((e) =>
    offence.act === "common law"
      ? e.act === "common law" && "name" in offence && e.name === offence.name
      : "section" in offence && e.act === offence.act && e.section === offence.section,
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
      JSON.stringify({ v: 1, savedAt: now, answers, ticked: state.ticked }),
    );
  } catch {
    // Storage full or blocked: the encounter still works, it just won't resume.
  }
}

/** Reads a stored encounter if it is younger than 12 hours; otherwise purges it. */
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
  if (!parsed || now - parsed.savedAt > MAX_AGE_MS || parsed.savedAt > now + 60_000) {
    clearEncounter();
    return;
  }
  state = { answers: parsed.answers, ticked: parsed.ticked, resumed: true };
  notify();
}

function notify(): void {
  for (const l of listeners) l();
}

function ensureLoaded(): void {
  if (!loaded) loadEncounter();
}

export function getEncounter(): EncounterState {
  ensureLoaded();
  return state;
}

export function setAnswer<K extends keyof Answers>(field: K, value: Answers[K]): void {
  ensureLoaded();
  const answers: Answers = { ...state.answers, [field]: value };
  state = { ...state, answers: pruneAnswers(answers) };
  persist(Date.now());
  notify();
}

export function toggleAction(id: string): void {
  ensureLoaded();
  const ticked = state.ticked.includes(id) ? state.ticked.filter((t) => t !== id) : [...state.ticked, id];
  state = { ...state, ticked };
  persist(Date.now());
  notify();
}

/** Forget everything about this encounter, in memory and on the device. */
export function clearEncounter(): void {
  state = EMPTY;
  try {
    localStorage.removeItem(ENCOUNTER_STORAGE_KEY);
  } catch {
    // nothing stored
  }
  notify();
}

export function useEncounter(): EncounterState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    getEncounter,
  );
}

onQuickExit(clearEncounter);
