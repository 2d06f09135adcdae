// Spotting the signs: indicators by type of exploitation. They help decide
// whether the person may be a victim; no single sign proves anything. Words
// (titles, summaries, each sign) are in the content locale file.
import type { IndicatorGroup } from "../model/contentSchema";
import { confirmed, verify } from "./review";
import { SRC } from "./sources";

export const INDICATORS: IndicatorGroup[] = [
  {
    id: "signs-general",
    type: "general",
    indicators: [
      "signs-general-appearance",
      "signs-general-control",
      "signs-general-living",
      "signs-general-documents",
      "signs-general-movement",
      "signs-general-fear",
    ],
    provenance: confirmed(SRC.helplineSpotSigns, SRC.lichfield),
  },
  {
    id: "signs-labour",
    type: "labour",
    indicators: [
      "signs-labour-equipment",
      "signs-labour-address",
      "signs-labour-debt",
      "signs-labour-pay",
      "signs-labour-documents",
    ],
    provenance: verify("indicator-lists", SRC.devonCornwallLeph, SRC.zebraTypes, SRC.ncaThreats),
  },
  {
    id: "signs-sexual",
    type: "sexual",
    indicators: ["signs-sexual-address", "signs-sexual-control", "signs-sexual-adverts"],
    provenance: verify("indicator-lists", SRC.humber, SRC.cityHearts, SRC.ncaThreats),
  },
  {
    id: "signs-criminal",
    type: "criminal",
    indicators: [
      "signs-criminal-county-lines",
      "signs-criminal-cannabis",
      "signs-criminal-local-knowledge",
      "signs-criminal-bond",
    ],
    provenance: verify(
      "indicator-lists",
      SRC.devonCornwallLeph,
      SRC.cpsGuidance,
      SRC.vclAn,
      SRC.helplineSpotSigns,
      SRC.lichfield,
      SRC.zebraTypes,
    ),
  },
  {
    id: "signs-domestic-servitude",
    type: "domestic-servitude",
    indicators: ["signs-domestic-treatment", "signs-domestic-live-in"],
    provenance: verify("indicator-lists", SRC.appTypes, SRC.humber, SRC.hestia, SRC.helplineSpotSigns),
  },
  {
    id: "signs-organ-removal",
    type: "organ-removal",
    indicators: ["signs-organ-forced"],
    provenance: verify("indicator-lists", SRC.humber, SRC.nidirect),
  },
];
