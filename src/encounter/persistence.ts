// How an encounter in progress is kept on this device, and when a stored one
// stops being valid: at most 12 hours old, and saved under the current content
// version (answers from another version may mean something else now).
// Hand-checked, without zod, so the shell can purge and wipe it before the
// encounter code loads.
import { CONTENT_VERSION } from "../pathway";

export const ENCOUNTER_STORAGE_KEY = "waymark.encounter";
export const ENCOUNTER_MAX_AGE_MS = 12 * 60 * 60 * 1000;
export const STORED_ENCOUNTER_VERSION = 1;
/** A clock a little ahead (another device, a wrong time zone) is tolerated. */
const CLOCK_SKEW_MS = 60_000;

/** The part of Web Storage the encounter uses (localStorage in the app, a map in tests). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The stored envelope. `answers` and `ticked` are checked by the store that reads them. */
export interface StoredEncounter {
  v: typeof STORED_ENCOUNTER_VERSION;
  contentVersion: string;
  savedAt: number;
  answers: unknown;
  ticked: unknown;
}

export type StoredCheck =
  | { ok: true; stored: StoredEncounter }
  | { ok: false; reason: "none" | "unreadable" | "other-version" | "expired" | "from-the-future" };

/** The one rule for whether a stored encounter may be offered again. */
export function checkStoredEncounter(raw: string | null, now: number, contentVersion: string = CONTENT_VERSION): StoredCheck {
  if (raw === null) return { ok: false, reason: "none" };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  if (typeof value !== "object" || value === null) return { ok: false, reason: "unreadable" };
  const v = value as Partial<Record<keyof StoredEncounter, unknown>>;
  if (v.v !== STORED_ENCOUNTER_VERSION || typeof v.savedAt !== "number" || !Number.isFinite(v.savedAt)) {
    return { ok: false, reason: "unreadable" };
  }
  if (v.contentVersion !== contentVersion) return { ok: false, reason: "other-version" };
  if (now - v.savedAt > ENCOUNTER_MAX_AGE_MS) return { ok: false, reason: "expired" };
  if (v.savedAt > now + CLOCK_SKEW_MS) return { ok: false, reason: "from-the-future" };
  return {
    ok: true,
    stored: { v: STORED_ENCOUNTER_VERSION, contentVersion, savedAt: v.savedAt, answers: v.answers, ticked: v.ticked },
  };
}

function readRaw(storage: KeyValueStorage): string | null {
  try {
    return storage.getItem(ENCOUNTER_STORAGE_KEY);
  } catch {
    return null;
  }
}

function removeStored(storage: KeyValueStorage): void {
  try {
    storage.removeItem(ENCOUNTER_STORAGE_KEY);
  } catch {
    // Storage unavailable: nothing was stored either.
  }
}

/** The stored encounter if it is still valid; an invalid one is deleted. */
export function readStoredEncounter(storage: KeyValueStorage, now: number): StoredEncounter | null {
  const check = checkStoredEncounter(readRaw(storage), now);
  if (check.ok) return check.stored;
  if (check.reason !== "none") removeStored(storage);
  return null;
}

/** When the valid stored encounter was last changed, or null (and an invalid one is deleted). */
export function savedEncounterTime(storage: KeyValueStorage, now: number): Date | null {
  const stored = readStoredEncounter(storage, now);
  return stored === null ? null : new Date(stored.savedAt);
}

type Forget = () => void;
const inMemory = new Set<Forget>();

/** A store holding an encounter in memory registers how to forget it. */
export function onForgetEncounter(forget: Forget): () => void {
  inMemory.add(forget);
  return () => {
    inMemory.delete(forget);
  };
}

/** Forget the encounter everywhere in this tab: in memory (if loaded) and on the device. */
export function forgetEncounter(storage: KeyValueStorage | null): void {
  for (const forget of [...inMemory]) forget();
  if (storage !== null) removeStored(storage);
}
