// Plain-language errors for storage failures. A failed write never leaves a
// half-imported pack (the transaction rolls back), so every message can say
// "nothing was changed" and how to get the directory back.
import { packError, type PackError } from "../pack/packErrors";

const UNAVAILABLE = new Set([
  "MissingAPIError",
  "OpenFailedError",
  "DatabaseClosedError",
  "InvalidStateError",
  "VersionError",
  "UnknownError",
  "SecurityError",
  "InvalidAccessError",
]);

/** Names of the error and everything it wraps (Dexie wraps IndexedDB errors). */
function errorNames(e: unknown, depth = 0): string[] {
  if (depth > 5 || typeof e !== "object" || e === null) return [];
  const names: string[] = [];
  const rec = e as { name?: unknown; inner?: unknown; failures?: unknown; cause?: unknown };
  if (typeof rec.name === "string") names.push(rec.name);
  names.push(...errorNames(rec.inner, depth + 1), ...errorNames(rec.cause, depth + 1));
  if (Array.isArray(rec.failures)) for (const f of rec.failures.slice(0, 3)) names.push(...errorNames(f, depth + 1));
  return names;
}

export function isQuotaError(e: unknown): boolean {
  return errorNames(e).includes("QuotaExceededError");
}

export function classifyStorageError(e: unknown): PackError {
  const names = errorNames(e);
  if (names.includes("QuotaExceededError")) {
    return packError(
      "quota-exceeded",
      "This device has no room left to store the pack. Nothing was changed. Free some space on the phone (or remove a pack you no longer need), then import the pack again.",
    );
  }
  if (names.some((n) => UNAVAILABLE.has(n))) {
    return packError(
      "storage-unavailable",
      "The app cannot use this device's storage (it may be in private browsing mode, or the browser blocked it). Nothing was changed. Open the app normally and import the pack again.",
    );
  }
  const detail = e instanceof Error ? e.message : String(e);
  return packError("write-failed", `Saving the pack failed, so nothing was changed. Try the import again. (${detail})`);
}
