// The content version (contentVersion.ts) and the versions of the guidance it encodes.
import type { GuidanceVersion } from "../model/contentSchema";
import { confirmed, verify } from "./review";
import { SRC } from "./sources";

export { CONTENT_VERSION } from "./contentVersion";

export const GUIDANCE_VERSIONS: GuidanceVersion[] = [
  {
    id: "statutory-guidance",
    title: "Modern Slavery: statutory guidance for England and Wales (under s49 of the Modern Slavery Act 2015)",
    version: "3.11 (8 October 2024), with later updates of 16 January 2025, 1 May 2025 and 13 February 2026",
    provenance: verify(
      "Version numbers after 3.11 and current paragraph numbering were not confirmed.",
      SRC.statutoryGuidance,
      SRC.statutoryGuidanceChanges,
    ),
  },
  {
    id: "nrm-adult-guidance",
    title: "National referral mechanism guidance: adult (England and Wales)",
    version: "updated 20 October 2024",
    provenance: confirmed(SRC.nrmAdultGuidance),
  },
  {
    id: "cps-legal-guidance",
    title: "CPS legal guidance: modern slavery and human trafficking offences and defences",
    version: "updated 22 December 2023",
    provenance: verify("The four-stage wording in this version was not confirmed.", SRC.cpsGuidance),
  },
  {
    id: "app-modern-slavery",
    title: "College of Policing APP: modern slavery",
    version: "revised after the 2024 consultation",
    provenance: verify("The publication date of the revised APP was not confirmed.", SRC.copAppNews, SRC.appResponders),
  },
  {
    id: "ictg-interim-guidance",
    title: "Interim guidance for independent child trafficking guardians",
    version: "updated May 2024",
    provenance: confirmed(SRC.ictgInterimGuidance),
  },
  {
    id: "post-cg-support",
    title: "Support in England and Wales after a positive conclusive grounds decision",
    version: "22 January 2026",
    provenance: confirmed(SRC.postCgSupport),
  },
  {
    id: "crime-recording-rules",
    title: "Home Office Crime Recording Rules for frontline officers and staff",
    version: "updated 15 March 2024",
    provenance: confirmed(SRC.crimeRecordingRules2024),
  },
];

/** One line for the About screen. */
export const GUIDANCE_SUMMARY =
  "Home Office statutory guidance v3.11 (8 Oct 2024) and later updates to 13 Feb 2026 (later version numbers unconfirmed)";
