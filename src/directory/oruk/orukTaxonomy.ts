// The Waymark taxonomy: how Waymark's own facts about a service (NRM stage,
// audience, needs, gender restriction, sample) and a location (confidential
// address) travel in Open Referral UK, as attributes whose taxonomy term is
// taken from the taxonomy "waymark". The only place these codes are defined;
// docs/open-referral.md lists them for directories that want to use them.
//
// A term's code is "facet:value" (or a bare facet for flags). Its id is a
// name-based UUID of the code, so the same term has the same id in every
// export, as a taxonomy term should.
import {
  AUDIENCES,
  GENDER_RESTRICTIONS,
  NEEDS,
  NRM_STAGES,
  POST_NRM_SUB_STAGES,
  type Audience,
  type GenderRestriction,
  type Need,
  type NrmStage,
  type PostNrmSubStage,
} from "../schema/vocabulary";
import { uuidV5 } from "./uuid";

/** The value of `taxonomy_term.taxonomy` for Waymark's terms. */
export const WAYMARK_TAXONOMY = "waymark";
export const WAYMARK_TAXONOMY_ID = uuidV5("taxonomy:waymark");

/** The facets, as the part of a code before the colon (also used as the attribute's link_type). */
export const WAYMARK_FACETS = ["nrm-stage", "post-nrm-sub-stage", "audience", "need", "gender"] as const;
export type WaymarkFacet = (typeof WAYMARK_FACETS)[number];

/** Flags: a term with no value. */
export const SAMPLE_CODE = "sample";
export const CONFIDENTIAL_ADDRESS_CODE = "confidential-address";

// English names for the feed, matching the words the app shows (locales/en-GB/directory.json).
const STAGE_NAMES: Record<NrmStage, string> = {
  "pre-nrm": "Not referred into the NRM yet",
  "post-nrm": "Referred into the NRM",
  "declined-nrm": "Adult who declined the NRM",
};
const SUB_STAGE_NAMES: Record<PostNrmSubStage, string> = {
  "awaiting-rg": "Waiting for the reasonable grounds decision",
  "positive-rg": "Positive reasonable grounds decision (recovery period)",
  "negative-rg": "Negative reasonable grounds decision",
  "positive-cg": "Positive conclusive grounds decision (move-on)",
  "negative-cg": "Negative conclusive grounds decision",
  "exited-support": "Has left NRM support",
};
const AUDIENCE_NAMES: Record<Audience, string> = {
  adult: "Adults",
  child: "Children, or people who may be under 18",
  both: "Adults and children",
};
const NEED_NAMES: Record<Need, string> = {
  "emergency-accommodation": "Emergency accommodation",
  "immediate-needs-fund": "Immediate needs fund (food, clothes, phone)",
  "advocacy-navigator": "Advocate or victim navigator",
  "legal-advice": "Legal advice",
  health: "Health",
  interpreting: "Interpreting",
  "children-safeguarding": "Children's safeguarding",
  "child-trafficking-guardian": "Child trafficking guardian",
  helpline: "Helpline",
  "practical-support": "Practical support",
};
const GENDER_NAMES: Record<GenderRestriction, string> = {
  women: "Women only",
  men: "Men only",
};

const FACET_DESCRIPTIONS: Record<WaymarkFacet, string> = {
  "nrm-stage":
    "Waymark: a stage of the National Referral Mechanism (NRM) at which this service helps a possible victim of modern slavery.",
  "post-nrm-sub-stage":
    "Waymark: a step after an NRM referral at which this service helps. Without any, the service helps at every step after referral.",
  audience: "Waymark: who the service is for.",
  need: "Waymark: a kind of support this service gives a possible victim of modern slavery.",
  gender: "Waymark: the service itself serves only this gender.",
};

export interface WaymarkTerm {
  code: string;
  name: string;
  description: string;
  /** The facet, or the flag's own code. */
  linkType: string;
}

function facetTerms<V extends string>(facet: WaymarkFacet, names: Record<V, string>): WaymarkTerm[] {
  return (Object.keys(names) as V[]).map((value) => ({
    code: `${facet}:${value}`,
    name: names[value],
    description: FACET_DESCRIPTIONS[facet],
    linkType: facet,
  }));
}

/** Every Waymark term, in a stable order. */
export const WAYMARK_TERMS: readonly WaymarkTerm[] = [
  ...facetTerms("nrm-stage", STAGE_NAMES),
  ...facetTerms("post-nrm-sub-stage", SUB_STAGE_NAMES),
  ...facetTerms("audience", AUDIENCE_NAMES),
  ...facetTerms("need", NEED_NAMES),
  ...facetTerms("gender", GENDER_NAMES),
  {
    code: SAMPLE_CODE,
    name: "Sample entry",
    description:
      "Waymark: illustrative data drawn from a public document, not an official local route. The attribute's value names the document.",
    linkType: SAMPLE_CODE,
  },
  {
    code: CONFIDENTIAL_ADDRESS_CODE,
    name: "Confidential address",
    description: "Waymark: this location's address is confidential (for example a refuge or safe house) and is never published.",
    linkType: CONFIDENTIAL_ADDRESS_CODE,
  },
];

const BY_CODE = new Map(WAYMARK_TERMS.map((t) => [t.code, t]));

export function waymarkTerm(code: string): WaymarkTerm | undefined {
  return BY_CODE.get(code);
}

export function termId(code: string): string {
  return uuidV5(`taxonomy-term:waymark:${code}`);
}

/** A code read back from a feed: which facet and value it sets, or undefined for a code Waymark does not define. */
export type WaymarkClassification =
  | { facet: "nrm-stage"; value: NrmStage }
  | { facet: "post-nrm-sub-stage"; value: PostNrmSubStage }
  | { facet: "audience"; value: Audience }
  | { facet: "need"; value: Need }
  | { facet: "gender"; value: GenderRestriction }
  | { facet: "sample" }
  | { facet: "confidential-address" };

function member<V extends string>(list: readonly V[], value: string): value is V {
  return (list as readonly string[]).includes(value);
}

export function parseWaymarkCode(code: string): WaymarkClassification | undefined {
  const trimmed = code.trim().toLowerCase();
  if (trimmed === SAMPLE_CODE) return { facet: "sample" };
  if (trimmed === CONFIDENTIAL_ADDRESS_CODE) return { facet: "confidential-address" };
  const colon = trimmed.indexOf(":");
  if (colon < 0) return undefined;
  const facet = trimmed.slice(0, colon);
  const value = trimmed.slice(colon + 1);
  if (facet === "nrm-stage" && member(NRM_STAGES, value)) return { facet, value };
  if (facet === "post-nrm-sub-stage" && member(POST_NRM_SUB_STAGES, value)) return { facet, value };
  if (facet === "audience" && member(AUDIENCES, value)) return { facet, value };
  if (facet === "need" && member(NEEDS, value)) return { facet, value };
  if (facet === "gender" && member(GENDER_RESTRICTIONS, value)) return { facet, value };
  return undefined;
}
