// Provenance of the Schedule as a whole, and where the stored list is known to
// be incomplete. A "not listed" answer must be shown with these gaps: it means
// "not found in the list held by the app", not "the defence is available".
import type { Schedule4Provenance } from "./schedule4Schema";
import { S4_SRC, SCHEDULE4_REVIEWED } from "./schedule4Sources";

export const SCHEDULE4_PROVENANCE: Schedule4Provenance = {
  sources: [S4_SRC.legislationRevised, S4_SRC.hlBill98, S4_SRC.hcBill96, S4_SRC.hlBill69, S4_SRC.domainBrief],
  lastReviewed: SCHEDULE4_REVIEWED,
  verification: "verify",
  verificationNote:
    "Paragraphs 1 to 16 and 31 to 33 were read in the Act or the Bill texts, in part. The rest of the list (paragraphs 17 to 30, the paragraphs after 33, some sections in paragraphs 7, 8 and 33) is from recollection and marked unconfirmed. Check against legislation.gov.uk before relying on it.",
  legislationUpToDate: "2024-05-18",
  outstandingChangesNote:
    "legislation.gov.uk said its revised text of Schedule 4 was up to date with changes in force on or before 18 May 2024 and listed changes not yet applied. Amendments made after 2015 (for example by later criminal justice, domestic abuse or national security Acts) were not found or checked in this review.",
  knownGaps: [
    {
      act: "Offences Against the Person Act 1861",
      note: "Only sections 4, 16, 18, 20 and 21 were seen. Sections 22 to 38 are listed from recollection. Whether section 47 (actual bodily harm) is listed was not confirmed.",
    },
    {
      act: "Explosive Substances Act 1883",
      note: "Paragraph 8 names this Act, but which sections it lists was not seen. Sections 2, 3 and 4 are listed from recollection.",
    },
    {
      act: "Sexual Offences Act 2003",
      note: "The copy seen listed sections 1 to 10, 13 to 19, 25, 26, 30 and 31, then was cut off. Further sections are believed to be listed but could not be read.",
    },
  ],
};
