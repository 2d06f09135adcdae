// Spotting the signs: indicators by type of exploitation. They help decide
// whether the person may be a victim; no single sign proves anything.
import type { IndicatorGroup } from "../model/contentSchema";
import { confirmed, verify } from "./review";
import { SRC } from "./sources";

const TYPE_NOTE =
  "Compiled from the Helpline, the NCA and local partnership pages; not checked against the current statutory guidance indicator lists.";

export const INDICATORS: IndicatorGroup[] = [
  {
    id: "signs-general",
    type: "general",
    title: "General signs",
    summary: "Signs seen across every kind of exploitation.",
    indicators: [
      {
        id: "signs-general-appearance",
        text: "Signs of physical or psychological abuse, untreated injuries, malnourished or unkempt, anxious or withdrawn.",
      },
      {
        id: "signs-general-control",
        text: "Seems controlled by others, rarely alone, someone else speaks for them, or a relationship that does not seem right.",
      },
      {
        id: "signs-general-living",
        text: "Dirty, cramped or overcrowded living conditions, or living and working at the same address.",
      },
      {
        id: "signs-general-documents",
        text: "No identity documents, passport held by someone else, few possessions, or the same unsuitable clothes every day.",
      },
      {
        id: "signs-general-movement",
        text: "Little freedom of movement; dropped off and collected for work very early or late.",
      },
      {
        id: "signs-general-fear",
        text: "Afraid of the police, of deportation, or of violence to themselves or their family; reluctant to talk; unsure of their own address.",
      },
    ],
    provenance: confirmed(SRC.helplineSpotSigns, SRC.lichfield),
  },
  {
    id: "signs-labour",
    type: "labour",
    title: "Labour exploitation",
    summary:
      "Common in hand car washes, nail bars, factories, restaurants and takeaways, agriculture, construction, hospitality and fishing.",
    indicators: [
      { id: "signs-labour-equipment", text: "No proper uniform or safety equipment; poor hygiene." },
      { id: "signs-labour-address", text: "Workers do not know the address where they work; owners are evasive." },
      { id: "signs-labour-debt", text: "Debts that can never be repaid; threats about immigration status." },
      { id: "signs-labour-pay", text: "Unpaid, or paid very little." },
      { id: "signs-labour-documents", text: "Identity documents withheld by the employer or someone else." },
    ],
    provenance: verify(TYPE_NOTE, SRC.devonCornwallLeph, SRC.zebraTypes, SRC.ncaThreats),
  },
  {
    id: "signs-sexual",
    type: "sexual",
    title: "Sexual exploitation",
    summary:
      "Often in pop-up or fixed brothels, and increasingly in ordinary housing and hotels; adult services websites are often involved.",
    indicators: [
      { id: "signs-sexual-address", text: "Several women at one address with frequent short visits by men." },
      { id: "signs-sexual-control", text: "Controlled through violence, threats, drugs or alcohol, deception or grooming." },
      { id: "signs-sexual-adverts", text: "Sexual services advertised on adult services websites." },
    ],
    provenance: verify(TYPE_NOTE, SRC.humber, SRC.cityHearts, SRC.ncaThreats),
  },
  {
    id: "signs-criminal",
    type: "criminal",
    title: "Criminal exploitation, including county lines and cannabis cultivation",
    summary:
      "Forced to commit crimes such as drug supply, cannabis cultivation, shoplifting, pickpocketing, begging or benefit fraud.",
    indicators: [
      {
        id: "signs-criminal-county-lines",
        text: "A child or vulnerable adult moving drugs or money between a city and towns or rural areas (county lines).",
      },
      {
        id: "signs-criminal-cannabis",
        text: "Found working where cannabis is grown (in V.C.L. and A.N. v UK, two trafficked children were found working in cannabis factories).",
      },
      {
        id: "signs-criminal-local-knowledge",
        text: "Lack of local knowledge: unfamiliar with the neighbourhood, or someone else buys their travel tickets.",
      },
      {
        id: "signs-criminal-bond",
        text: "A child may show loyalty to the people exploiting them and have been groomed not to say anything.",
      },
    ],
    provenance: verify(
      TYPE_NOTE,
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
    title: "Domestic servitude",
    summary:
      "Made to work as a cleaner, carer or nanny while obliged to live in the household, with no way to change their situation.",
    indicators: [
      {
        id: "signs-domestic-treatment",
        text: "A person living with a family who is treated badly, or seems scared or withdrawn.",
      },
      {
        id: "signs-domestic-live-in",
        text: "Obliged to live where they work, with no way to change their situation; rarely allowed out alone.",
      },
    ],
    provenance: verify(TYPE_NOTE, SRC.appTypes, SRC.humber, SRC.hestia, SRC.helplineSpotSigns),
  },
  {
    id: "signs-organ-harvesting",
    type: "organ-harvesting",
    title: "Organ harvesting",
    summary:
      "Trafficked so that an organ or tissue (for example a kidney or part of a liver) can be removed without consent and sold.",
    indicators: [
      {
        id: "signs-organ-forced",
        text: "Says they were forced to donate an organ, or that an organ or tissue was taken without their consent.",
      },
    ],
    provenance: verify(TYPE_NOTE, SRC.humber, SRC.nidirect),
  },
];
