// Provenance builders: every content item says where it came from, when it was
// last checked against the domain brief, and whether it is confirmed.
import type { Provenance, Source } from "../../shared/provenance";

export const REVIEWED_ON = "2026-11-23";

export function confirmed(...sources: [Source, ...Source[]]): Provenance {
  return { sources, lastReviewed: REVIEWED_ON, verification: "confirmed" };
}

export function verify(note: string, ...sources: [Source, ...Source[]]): Provenance {
  return { sources, lastReviewed: REVIEWED_ON, verification: "verify", verificationNote: note };
}
