// The Schedule 4 list's overall provenance as a plain Provenance, for content
// and trace entries that speak about the list as a whole ("not found in the
// list held by this app"). The list's own type carries extra fields (known
// gaps, legislation date) that a content item's provenance does not allow.
import type { Provenance } from "../../shared/provenance";
import { SCHEDULE4_PROVENANCE } from "../schedule4";

export function toPlainProvenance(p: Provenance): Provenance {
  const plain: Provenance = { sources: p.sources, lastReviewed: p.lastReviewed, verification: p.verification };
  if (p.verificationNote !== undefined) plain.verificationNote = p.verificationNote;
  if (p.noteId !== undefined) plain.noteId = p.noteId;
  return plain;
}

export const SCHEDULE4_LIST_PROVENANCE: Provenance = toPlainProvenance(SCHEDULE4_PROVENANCE);
