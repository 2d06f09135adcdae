// What an officer must notice before relying on an entry, reduced to one
// marker per entry (its most serious problem) and one summary line for a list
// where many entries share it. Every flag stays listed in the entry's details.
import type { DirectoryEntry, EntryFlags } from "./entryView";

/** Most serious first: the first that applies is the entry's marker. */
export const TRUST_MARKERS = ["retired", "unclassified", "pack-expired", "unverified", "stale", "unconfirmed", "sample"] as const;
export type TrustMarker = (typeof TRUST_MARKERS)[number];

/** What the marker looks at: the entry's flags (which say whether its numbers are confirmed). */
export type MarkedEntry = Pick<DirectoryEntry, "flags">;

const APPLIES: Record<TrustMarker, (f: EntryFlags) => boolean> = {
  retired: (f) => f.retired,
  unclassified: (f) => f.unclassified,
  "pack-expired": (f) => f.packExpired,
  unverified: (f) => f.unverified,
  stale: (f) => f.stale,
  // An unconfirmed number is never tap-to-call; the entry carries one marker for it.
  unconfirmed: (f) => f.needsVerification || f.unconfirmedNumber,
  sample: (f) => f.sample,
};

/** Every marker that applies, most serious first (the details list them all). */
export function trustMarkersOf(entry: MarkedEntry): TrustMarker[] {
  return TRUST_MARKERS.filter((m) => APPLIES[m](entry.flags));
}

/** The one marker an entry shows in a list, or null when nothing needs checking. */
export function trustMarkerOf(entry: MarkedEntry): TrustMarker | null {
  return trustMarkersOf(entry)[0] ?? null;
}

/** A summary line is shown above a list once at least this many entries carry a marker. */
export const TRUST_SUMMARY_FROM = 2;

export interface TrustSummary {
  /** Entries carrying a marker. */
  flagged: number;
  total: number;
}

/** null when too few entries carry a marker to need a summary line. */
export function trustSummaryOf(entries: readonly MarkedEntry[]): TrustSummary | null {
  const flagged = entries.filter((e) => trustMarkerOf(e) !== null).length;
  return flagged >= TRUST_SUMMARY_FROM ? { flagged, total: entries.length } : null;
}
