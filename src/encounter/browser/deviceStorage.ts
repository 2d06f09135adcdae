import type { KeyValueStorage } from "../persistence";

/** This device's localStorage, or null where the browser blocks it. */
export function deviceStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}
