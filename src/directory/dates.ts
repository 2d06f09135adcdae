// Dates for staleness and expiry. Callers pass `now`; nothing here reads the clock.

/** Entries not checked by a person for longer than this are flagged. */
export const STALE_AFTER_DAYS = 180;

/** The local calendar date of `now` as YYYY-MM-DD. */
export function calendarDate(now: Date): string {
  const y = String(now.getFullYear()).padStart(4, "0");
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** Whole days from one YYYY-MM-DD to another (negative if `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function daysSince(isoDate: string, now: Date): number {
  return daysBetween(isoDate, calendarDate(now));
}

export function isStale(assuredDate: string, now: Date): boolean {
  return daysSince(assuredDate, now) > STALE_AFTER_DAYS;
}

/** `expiresAt` is the last day a pack counts as current. */
export function isExpired(expiresAt: string, now: Date): boolean {
  return calendarDate(now) > expiresAt;
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
