// National contacts. Only the project's verified list may appear as
// confirmed; every other number carries verification "verify" and its reason.
// Names, what each is for and opening hours are in the content locale file.
import type { Contact } from "../model/contentSchema";
import { MSVCC_REVIEW_BY } from "./actions";
import { confirmed, confirmedUntil, verify } from "./review";
import { SRC } from "./sources";

export const CONTACTS: Contact[] = [
  { id: "emergency-999", phone: "999", open247: true, provenance: confirmed(SRC.appFirstResponse) },
  { id: "police-101", phone: "101", open247: true, provenance: confirmed(SRC.appFirstResponse) },
  { id: "modern-slavery-helpline", phone: "08000 121 700", open247: true, provenance: confirmed(SRC.helplineCall) },
  {
    id: "salvation-army-msvcc",
    phone: "0800 808 3733",
    open247: true,
    provenance: confirmedUntil(
      MSVCC_REVIEW_BY,
      "msvcc-ends-2027",
      SRC.salvationArmySurvivors,
      SRC.salvationArmyContract,
      SRC.svmsAnswer,
    ),
  },
  {
    id: "nca-mshtu",
    phone: "0844 778 2406",
    open247: true,
    provenance: verify("nca-number-stale", SRC.ncaMshtu, SRC.oldNcaNumberPage),
  },
  {
    id: "ictg-assessment-line",
    phone: "0800 043 4303",
    open247: true,
    provenance: verify("ictg-number-old", SRC.lancsIctg, SRC.nctcGuardianship),
  },
  { id: "glaa", phone: "0345 602 5020", open247: false, provenance: verify("glaa-number", SRC.appPartners) },
  { id: "cps-complex-casework", phone: "020 3357 0899", open247: false, provenance: verify("cps-number", SRC.appPartners) },
];
