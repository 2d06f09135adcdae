// Device settings (never anything about a person): language, theme, force
// area, discreet mode. Kept in localStorage and read defensively, because
// storage can be cleared, full, or disabled — the app must still start.
// Hand-checked rather than zod so the first screen does not load zod.
export type SettingKey = "locale" | "theme" | "forceArea" | "discreet";

const PREFIX = "waymark.setting.";

export function readSetting(key: SettingKey): string | null {
  try {
    const value = globalThis.localStorage.getItem(PREFIX + key);
    return typeof value === "string" && value.length <= 64 ? value : null;
  } catch {
    return null;
  }
}

export function writeSetting(key: SettingKey, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage.removeItem(PREFIX + key);
    else globalThis.localStorage.setItem(PREFIX + key, value);
  } catch {
    // Storage unavailable or full: the setting lasts for this page only.
  }
  for (const listener of listeners) listener(key);
}

type Listener = (key: SettingKey) => void;
const listeners = new Set<Listener>();

export function subscribeSettings(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
