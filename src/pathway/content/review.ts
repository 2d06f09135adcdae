// Provenance builders: every content item says where it came from, when it was
// last checked, and whether it is confirmed. An unconfirmed item names its
// note (content locale file, `notes.<id>`) saying why.
import type { Provenance, Source } from "../../shared/provenance";

export const REVIEWED_ON = "2026-12-02";

export function confirmed(...sources: [Source, ...Source[]]): Provenance {
  return { sources, lastReviewed: REVIEWED_ON, verification: "confirmed" };
}

export function verify(noteId: string, ...sources: [Source, ...Source[]]): Provenance {
  return { sources, lastReviewed: REVIEWED_ON, verification: "verify", noteId };
}

/** Confirmed today, but due to change by `reviewBy` (the build warns from 90 days before). */
export function confirmedUntil(reviewBy: string, noteId: string, ...sources: [Source, ...Source[]]): Provenance {
  return { sources, lastReviewed: REVIEWED_ON, verification: "confirmed", noteId, reviewBy };
}
