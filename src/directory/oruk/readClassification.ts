// Waymark's facts about a service, read from its attributes in the Waymark
// taxonomy (orukTaxonomy.ts). Terms of any other taxonomy are not read: their
// meaning is the publisher's, and mapping them to NRM stages or needs would be
// a guess. A service without a complete classification (a stage, an audience
// and a need) arrives unclassified, keeping whatever part it has, for an
// MSVLO to finish before officers see it.
import type { Audience, GenderRestriction, Need, NrmStage, PostNrmSubStage } from "../schema/vocabulary";
import type { OrukAttribute } from "./orukSchema";
import type { OrukProblems, Subject } from "./orukProblems";
import {
  WAYMARK_TAXONOMY,
  WAYMARK_TAXONOMY_ID,
  WAYMARK_TERMS,
  parseWaymarkCode,
  termId,
  type WaymarkClassification,
} from "./orukTaxonomy";
import { cleanText } from "./readFields";

export interface Classification {
  stages: NrmStage[];
  postNrmSubStages: PostNrmSubStage[];
  audience?: Audience;
  needs: Need[];
  genderRestriction?: GenderRestriction;
  /** Present when the feed marks the service as a sample; `source` is the attribute's value. */
  sample?: { source?: string };
  /** The service's own attributes mark its addresses confidential. */
  confidentialAddress: boolean;
  /** Whether a stage, an audience and a need are all present. */
  complete: boolean;
}

const CODE_BY_TERM_ID = new Map(WAYMARK_TERMS.map((t) => [termId(t.code), t.code]));

/** The Waymark code an attribute carries, or undefined when it is not a Waymark term. */
export function waymarkCodeOf(a: OrukAttribute): { code: string; field: (string | number)[] } | undefined {
  const term = a.taxonomy_term;
  const taxonomy = cleanText(term?.taxonomy)?.toLowerCase();
  const taxonomyId = term?.taxonomy_id === null || term?.taxonomy_id === undefined ? undefined : String(term.taxonomy_id);
  if (term !== null && term !== undefined && (taxonomy === WAYMARK_TAXONOMY || taxonomyId === WAYMARK_TAXONOMY_ID)) {
    const fromTerm = cleanText(term.term);
    if (fromTerm !== undefined) return { code: fromTerm, field: ["taxonomy_term", "term"] };
    const fromCode = cleanText(term.code);
    if (fromCode !== undefined) return { code: fromCode, field: ["taxonomy_term", "code"] };
    const fromName = cleanText(term.name);
    return { code: fromName ?? "", field: ["taxonomy_term", "name"] };
  }
  // A tabular feed may give only the term's id.
  const byId = CODE_BY_TERM_ID.get(String(a.taxonomy_term_id ?? term?.id ?? ""));
  return byId === undefined ? undefined : { code: byId, field: ["taxonomy_term_id"] };
}

export function readClassification(
  attributes: readonly OrukAttribute[],
  field: readonly (string | number)[],
  problems: OrukProblems,
  subject: Subject,
): Classification {
  const stages: NrmStage[] = [];
  const postNrmSubStages: PostNrmSubStage[] = [];
  const audiences = new Set<Audience>();
  const needs: Need[] = [];
  const genders = new Set<GenderRestriction>();
  const out: Classification = { stages, postNrmSubStages, needs, confidentialAddress: false, complete: false };
  attributes.forEach((a, i) => {
    const found = waymarkCodeOf(a);
    if (found === undefined) return;
    const parsed: WaymarkClassification | undefined = parseWaymarkCode(found.code);
    if (parsed === undefined) {
      problems.error(
        subject,
        [...field, i, ...found.field],
        "Waymark term",
        `"${found.code.slice(0, 60)}" is not a term of the Waymark taxonomy (see docs/open-referral.md for the list)`,
      );
      return;
    }
    const add = <T>(list: T[], value: T) => {
      if (!list.includes(value)) list.push(value);
    };
    switch (parsed.facet) {
      case "nrm-stage":
        add(stages, parsed.value);
        break;
      case "post-nrm-sub-stage":
        add(postNrmSubStages, parsed.value);
        break;
      case "audience":
        audiences.add(parsed.value);
        break;
      case "need":
        add(needs, parsed.value);
        break;
      case "gender":
        genders.add(parsed.value);
        break;
      case "sample": {
        const source = cleanText(a.value);
        out.sample = source === undefined ? {} : { source };
        break;
      }
      case "confidential-address":
        out.confidentialAddress = true;
        break;
    }
  });
  if (audiences.has("both") || (audiences.has("adult") && audiences.has("child"))) out.audience = "both";
  else {
    const [only] = audiences;
    if (only !== undefined) out.audience = only;
  }
  if (genders.size > 1) {
    problems.error(subject, field, "Waymark gender term", "the service is marked both women only and men only");
  } else {
    const [only] = genders;
    if (only !== undefined) out.genderRestriction = only;
  }
  if (postNrmSubStages.length > 0 && !stages.includes("post-nrm")) {
    problems.error(
      subject,
      field,
      "Waymark terms",
      'the service names steps after an NRM referral (post-nrm-sub-stage) but not the stage "nrm-stage:post-nrm"',
    );
  }
  out.complete = stages.length > 0 && out.audience !== undefined && needs.length > 0;
  return out;
}
