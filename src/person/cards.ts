// The cards the person reads (or hears) in their own language: one idea each,
// short and plain so they translate well. Which cards, in which order, and
// which answers each offers, is decided here from the decision; the words are
// in locales/<lang>/person.json. Every card carries its source: the cards say
// what the pathway's own guidance says, to the person.
import { CONTENT_SOURCES as SRC, confirmedProvenance as confirmed, unconfirmedProvenance as verify } from "../pathway";
import type { Provenance } from "../shared/provenance";

export const PERSON_CARD_IDS = [
  "hello",
  "not-your-fault",
  "interpreter",
  "child",
  "what-nrm",
  "support",
  "decisions",
  "shared",
  "immigration",
  "saying-no",
  "tonight",
  "helpline",
  "consent",
  "thanks",
] as const;
export type PersonCardId = (typeof PERSON_CARD_IDS)[number];

/** What the person can tap. "yes" and "no" fill the officer's consent answer; nothing else is kept. */
export type PersonAnswer = "understand" | "question" | "interpreter" | "yes" | "no";

export interface PersonCard {
  id: PersonCardId;
  answers: readonly PersonAnswer[];
  provenance: Provenance;
}

const INFO: readonly PersonAnswer[] = ["understand", "question", "interpreter"];

const PROVENANCE: Record<PersonCardId, Provenance> = {
  hello: confirmed(SRC.appFirstResponse),
  "not-your-fault": confirmed(SRC.vclAn, SRC.appFirstResponse),
  interpreter: confirmed(SRC.policingSlavery),
  child: confirmed(SRC.nrmAdultGuidance, SRC.msaS51),
  "what-nrm": verify("consent-secondary", SRC.nrmAdultGuidance, SRC.wmasnConsent),
  support: verify("consent-secondary", SRC.wmasnConsent),
  decisions: verify("consent-secondary", SRC.wmasnConsent, SRC.nrmAdultGuidance),
  shared: verify("consent-secondary", SRC.wmasnConsent),
  immigration: confirmed(SRC.nrmStats2023, SRC.nabaS65),
  "saying-no": confirmed(SRC.msaS52, SRC.nrmAdultGuidance),
  tonight: confirmed(SRC.placesOfSafetyDropped),
  helpline: confirmed(SRC.helplineCall),
  consent: verify("consent-secondary", SRC.nrmAdultGuidance, SRC.wmasnConsent),
  thanks: confirmed(SRC.appFirstResponse),
};

export interface CardsFor {
  /** A child, or someone who may be under 18: referred without consent, so no consent cards. */
  audience: "adult" | "child";
  /** The adult's consent is still to be asked (the route is pending). */
  askConsent: boolean;
}

function ids({ audience, askConsent }: CardsFor): PersonCardId[] {
  if (audience === "child") return ["hello", "not-your-fault", "interpreter", "child", "tonight", "helpline", "thanks"];
  const explain: PersonCardId[] = [
    "hello",
    "not-your-fault",
    "interpreter",
    "what-nrm",
    "support",
    "decisions",
    "shared",
    "immigration",
  ];
  return askConsent
    ? [...explain, "saying-no", "tonight", "helpline", "consent", "thanks"]
    : [...explain, "tonight", "helpline", "thanks"];
}

export function personCards(input: CardsFor): PersonCard[] {
  return ids(input).map((id) => ({
    id,
    answers: id === "consent" ? ["yes", "no", "question"] : id === "thanks" ? [] : INFO,
    provenance: PROVENANCE[id],
  }));
}
