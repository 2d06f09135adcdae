// What the shell itself must be able to do with a stored encounter, without
// loading the encounter code (or zod): see whether one is saved, purge it when
// it is older than 12 hours, and wipe it on quick exit or "start a new one".
import { CONTENT_VERSION } from "../pathway/content/contentVersion";

export const ENCOUNTER_STORAGE_KEY = "waymark.encounter";
export const ENCOUNTER_MAX_AGE_MS = 12 * 60 * 60 * 1000;

type ResetHandler = () => void;
const handlers = new Set<ResetHandler>();

/** The encounter code registers how to forget what it holds in memory. */
export function onEncounterReset(handler: ResetHandler): () => void {
  handlers.add(handler);
  return () => handlers.delete(handler);
}

/** Forget the encounter everywhere: in memory (if loaded) and on the device. */
export function resetEncounter(): void {
  for (const h of handlers) h();
  try {
    localStorage.removeItem(ENCOUNTER_STORAGE_KEY);
  } catch {
    // Storage unavailable: nothing was stored either.
  }
}

/** When the saved encounter was last changed, or null; purges one that is too old or unreadable. */
export function savedEncounterTime(now: number = Date.now()): Date | null {
  let raw: string | null;
  try {
    raw = localStorage.getItem(ENCOUNTER_STORAGE_KEY);
  } catch {
    return null;
  }
  if (raw === null) return null;
  let saved: { v?: unknown; contentVersion?: unknown; savedAt?: unknown } = {};
  try {
    saved = JSON.parse(raw) as typeof saved;
  } catch {
    saved = {};
  }
  const { savedAt } = saved;
  // Answers from another content version may mean something else now: never offered.
  if (
    saved.v !== 1 ||
    saved.contentVersion !== CONTENT_VERSION ||
    typeof savedAt !== "number" ||
    now - savedAt > ENCOUNTER_MAX_AGE_MS ||
    savedAt > now + 60_000
  ) {
    resetEncounter();
    return null;
  }
  return new Date(savedAt);
}
