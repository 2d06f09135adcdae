// Index keys computed when a service is written. A facet key makes the
// officer's lookup (area x stage x audience x need) a handful of indexed
// prefix reads, already in display order (24/7 first, then by name).
//
// Keys are short fixed-width codes: a 50,000-service directory stores about
// 400,000 of them, and their size decides how fast a pack imports.
//   [area 2][stage 1][audience 1][need 1][rank 1][sort name, 16]
// A service for adults and children is stored under both "a" and "c" (one
// prefix per query instead of two, which halves lookup time), while a service
// for every post-NRM step is stored once under stage "A", read by every
// post-NRM query (six times fewer keys for the commonest case).
import {
  DIRECTORY_AREAS,
  NEEDS,
  POST_NRM_SUB_STAGES,
  type DirectoryArea,
  type Need,
  type NrmStage,
  type PersonAudience,
  type PostNrmSubStage,
} from "../schema/vocabulary";
import type { Service } from "../schema/service";
import type { Organisation } from "../schema/organisation";

const SORT_NAME_IN_KEY = 16;

const AREA_CODE = new Map<DirectoryArea, string>(DIRECTORY_AREAS.map((a, i) => [a, i.toString(36).padStart(2, "0")]));
const NEED_CODE = new Map<Need, string>(NEEDS.map((n, i) => [n, i.toString(36)]));
const SUB_STAGE_CODE = new Map<PostNrmSubStage, string>(POST_NRM_SUB_STAGES.map((s, i) => [s, String(i + 1)]));
const STAGE_CODE = { "pre-nrm": "p", "declined-nrm": "d", postAll: "A", postSome: "S" } as const;
const AUDIENCE_CODE = { adult: "a", child: "c" } as const;
const ANY_NEED_CODE = "*";

function code<K>(map: ReadonlyMap<K, string>, key: K): string {
  const c = map.get(key);
  if (c === undefined) throw new Error(`no index code for ${String(key)}`);
  return c;
}

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

/** The two-character code of an area, which starts its facet and name-token keys. */
export function areaCode(area: DirectoryArea): string {
  return code(AREA_CODE, area);
}

export const AREA_CODE_LENGTH = 2;

/** Words of the service and organisation names, each prefixed with the area code so a search reads only its area. */
export function nameTokensOf(service: Service, organisation: Organisation): string[] {
  const words = [service.name, service.alternateName ?? "", organisation.name]
    .map(normaliseText)
    .join(" ")
    .split(" ")
    .filter((w) => w.length > 0);
  const prefix = areaCode(service.area.forceArea);
  return [...new Set(words)].slice(0, 48).map((w) => prefix + w);
}

/** Every stage and post-NRM step a service helps at (for browsing and summaries). */
export function stageSegmentsOf(service: Service): (NrmStage | PostNrmSubStage)[] {
  const out: (NrmStage | PostNrmSubStage)[] = [];
  for (const stage of service.stages) {
    out.push(stage);
    if (stage === "post-nrm") out.push(...(service.postNrmSubStages ?? POST_NRM_SUB_STAGES));
  }
  return [...new Set(out)];
}

/** None for an unclassified service: nobody has said who it is for. */
export function audienceSegmentsOf(service: Service): PersonAudience[] {
  if (service.audience === undefined) return [];
  return service.audience === "both" ? ["adult", "child"] : [service.audience];
}

/** Ranks in display order: "0" sorts 24/7 services first. */
export const RANKS = ["0", "1"] as const;

export function rankOf(service: Service): (typeof RANKS)[number] {
  return service.hours?.open247 === true ? "0" : "1";
}

function storedStageCodes(service: Service): string[] {
  const out: string[] = [];
  for (const stage of service.stages) {
    if (stage !== "post-nrm") out.push(STAGE_CODE[stage]);
    else if (service.postNrmSubStages === undefined) out.push(STAGE_CODE.postAll);
    else out.push(STAGE_CODE.postSome, ...service.postNrmSubStages.map((s) => code(SUB_STAGE_CODE, s)));
  }
  return [...new Set(out)];
}

/**
 * Retired (inactive) and unclassified services get none, so officer lookups
 * never return them.
 */
export function facetKeysOf(service: Service): string[] {
  if (service.status !== "active" || service.unclassified === true) return [];
  const area = code(AREA_CODE, service.area.forceArea);
  const audiences = audienceSegmentsOf(service).map((a) => AUDIENCE_CODE[a]);
  const suffix = rankOf(service) + sortNameOf(service).slice(0, SORT_NAME_IN_KEY);
  const needs = [ANY_NEED_CODE, ...service.needs.map((n) => code(NEED_CODE, n))];
  return storedStageCodes(service).flatMap((stage) =>
    audiences.flatMap((audience) => needs.map((need) => area + stage + audience + need + suffix)),
  );
}

export interface FacetQuery {
  areas: readonly DirectoryArea[];
  stage: NrmStage;
  subStage?: PostNrmSubStage | undefined;
  audience: PersonAudience;
  /** Empty: any need. */
  needs: readonly Need[];
}

/** Length of the part of a facet key that a query matches exactly. */
export const FACET_PREFIX_LENGTH = 5;

/** The key prefixes whose union is exactly the services matching the query. */
export function facetPrefixes(q: FacetQuery): string[] {
  const stages =
    q.stage !== "post-nrm"
      ? [STAGE_CODE[q.stage]]
      : q.subStage === undefined
        ? [STAGE_CODE.postAll, STAGE_CODE.postSome]
        : [STAGE_CODE.postAll, code(SUB_STAGE_CODE, q.subStage)];
  const audiences = [AUDIENCE_CODE[q.audience]];
  const needs = q.needs.length === 0 ? [ANY_NEED_CODE] : q.needs.map((n) => code(NEED_CODE, n));
  const out: string[] = [];
  for (const area of q.areas)
    for (const stage of stages)
      for (const audience of audiences) for (const need of needs) out.push(code(AREA_CODE, area) + stage + audience + need);
  return out;
}
