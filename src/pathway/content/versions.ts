// The content version (contentVersion.ts) and the versions of the guidance it
// encodes. Titles and version strings are in the content locale file
// (versions.<id>), with a one-line summary for the About screen.
import type { GuidanceVersion } from "../model/contentSchema";
import { confirmed, verify } from "./review";
import { SRC } from "./sources";

export { CONTENT_VERSION } from "./contentVersion";

export const GUIDANCE_VERSIONS: GuidanceVersion[] = [
  {
    id: "statutory-guidance",
    provenance: verify(
      "guidance-version",
      SRC.statutoryGuidance,
      SRC.statutoryGuidanceChanges,
      SRC.landmarkReconsideration,
      SRC.freeMovementSept2025,
    ),
  },
  { id: "nrm-adult-guidance", provenance: confirmed(SRC.nrmAdultGuidance) },
  { id: "cps-legal-guidance", provenance: verify("cps-stages", SRC.cpsGuidance) },
  { id: "app-modern-slavery", provenance: verify("app-date", SRC.copAppNews, SRC.appResponders) },
  { id: "ictg-interim-guidance", provenance: confirmed(SRC.ictgInterimGuidance) },
  { id: "post-cg-support", provenance: confirmed(SRC.postCgSupport) },
  { id: "crime-recording-rules", provenance: confirmed(SRC.crimeRecordingRules2024) },
];
