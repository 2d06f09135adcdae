// Index keys computed when a service is written. Facet keys make the officer's
// lookup (area x stage x audience x need) a handful of indexed range reads, in
// display order: 24/7 services first, then by name.
import { POST_NRM_SUB_STAGES, type DirectoryArea, type NrmStage, type PersonAudience, type PostNrmSubStage, type Need } from "../schema/vocabulary";
import type { Service } from "../schema/service";
import type { Organisation } from "../schema/organisation";

export const ANY_NEED = "*";
const SORT_NAME_IN_KEY = 24;

/** Lower case, accents removed, punctuation to spaces: for sorting and search. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function sortNameOf(service: Service): string {
  return normaliseText(service.name);
}

export function nameTokensOf(service: Service, organisation: Organisation): string[] {
  const words = [service.name, service.alternateName ?? "", organisation.name]
    .map(normaliseText)
    .join(" ")
    .split(" ")
    .filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, 48);
}

/** The stage segments a service is found under: coarse stages plus post-NRM sub-stages. */
export function stageSegmentsOf(service: Service): (NrmStage | PostNrmSubStage)[] {
  const out: (NrmStage | PostNrmSubStage)[] = [];
  for (const stage of service.stages) {
    out.push(stage);
    if (stage === "post-nrm") out.push(...(service.postNrmSubStages ?? POST_NRM_SUB_STAGES));
  }
  return [...new Set(out)];
}

export function audienceSegmentsOf(service: Service): PersonAudience[] {
  return service.audience === "both" ? ["adult", "child"] : [service.audience];
}

/** "0" sorts 24/7 services first. */
export function rankOf(service: Service): string {
  return service.hours?.open247 === true ? "0" : "1";
}

export function facetPrefix(area: DirectoryArea, stage: NrmStage | PostNrmSubStage, audience: PersonAudience, need: Need | typeof ANY_NEED): string {
  return `${area}|${stage}|${audience}|${need}|`;
}

/** Retired (inactive) services get none, so officer lookups never return them. */
export function facetKeysOf(service: Service): string[] {
  if (service.status !== "active") return [];
  const suffix = rankOf(service) + sortNameOf(service).slice(0, SORT_NAME_IN_KEY);
  const keys: string[] = [];
  for (const stage of stageSegmentsOf(service)) {
    for (const audience of audienceSegmentsOf(service)) {
      for (const need of [ANY_NEED, ...service.needs] as const) {
        keys.push(facetPrefix(service.area.forceArea, stage, audience, need) + suffix);
      }
    }
  }
  return keys;
}
