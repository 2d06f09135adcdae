// Provenance of the Schedule as a whole, and where the stored list is known to
// be incomplete. A "not listed" answer must be shown with these gaps: it means
// "not found in the list held by the app", not "the defence is available".
// The words of the note, the outstanding-changes note and each gap are in the
// offences locale file (list.note, list.outstanding, list.gaps.<id>).
import type { Schedule4Provenance } from "./schedule4Schema";
import { S4_SRC, SCHEDULE4_REVIEWED } from "./schedule4Sources";

export const SCHEDULE4_PROVENANCE: Schedule4Provenance = {
  sources: [S4_SRC.legislationRevised, S4_SRC.legislationSnippet, S4_SRC.hlBill98, S4_SRC.hcBill96, S4_SRC.hlBill69],
  lastReviewed: SCHEDULE4_REVIEWED,
  verification: "verify",
  noteId: "list-partly-seen",
  legislationUpToDate: "2024-05-18",
  knownGaps: [
    { id: "oapa", act: "Offences Against the Person Act 1861" },
    { id: "esa", act: "Explosive Substances Act 1883" },
    { id: "soa", act: "Sexual Offences Act 2003" },
  ],
};
