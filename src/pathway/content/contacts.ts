// National contacts. Only the project's verified list may appear as
// confirmed; every other number carries verification "verify" and its reason.
import type { Contact } from "../model/contentSchema";
import { confirmed, verify } from "./review";
import { SRC } from "./sources";

export const CONTACTS: Contact[] = [
  {
    id: "emergency-999",
    name: "Emergency services",
    phone: "999",
    use: "Immediate danger to life or of serious harm.",
    provenance: confirmed(SRC.appFirstResponse),
  },
  {
    id: "police-101",
    name: "Police non-emergency",
    phone: "101",
    use: "Non-urgent police contact.",
    provenance: confirmed(SRC.appFirstResponse),
  },
  {
    id: "modern-slavery-helpline",
    name: "Modern Slavery & Exploitation Helpline (Unseen)",
    phone: "08000 121 700",
    hours: "24/7",
    use: "Free, confidential advice; a registered first responder that can refer if needed.",
    provenance: confirmed(SRC.helplineCall),
  },
  {
    id: "salvation-army-msvcc",
    name: "Salvation Army modern slavery referral helpline (Modern Slavery Victim Care Contract)",
    phone: "0800 808 3733",
    hours: "24/7",
    use: "Support for adults referred into the NRM, and Reach-In help after support ends.",
    provenance: confirmed(SRC.salvationArmySurvivors, SRC.salvationArmyContract),
  },
  {
    id: "nca-mshtu",
    name: "NCA Modern Slavery Human Trafficking Unit tactical advice",
    phone: "0844 778 2406",
    hours: "24/7 (as published)",
    use: "Tactical advice on investigative options, risk, interviewing and the NRM.",
    provenance: verify("Number seen only on an old page; confirm it before relying on it.", SRC.ncaMshtu, SRC.oldNcaNumberPage),
  },
  {
    id: "ictg-assessment-line",
    name: "Independent Child Trafficking Guardian service assessment line (Barnardo's)",
    phone: "0800 043 4303",
    hours: "24/7 (as published)",
    use: "Referral to the ICTG service where it covers the area.",
    provenance: verify("From an older local page; the number and the areas covered change.", SRC.lancsIctg, SRC.nctcGuardianship),
  },
  {
    id: "glaa",
    name: "Gangmasters and Labour Abuse Authority",
    phone: "0345 602 5020",
    use: "Labour exploitation and licensing offences.",
    provenance: verify("A second, older number also appears on other pages; confirm which is current.", SRC.appPartners),
  },
  {
    id: "cps-complex-casework",
    name: "CPS complex casework units",
    phone: "020 3357 0899",
    use: "Early legal advice in modern slavery cases.",
    provenance: verify("From one APP page only.", SRC.appPartners),
  },
];
