// Facts the engine derives from the answers, so rules and questions test one
// meaning, not a combination of raw fields spelled out in many places.
import { isWelshForceArea } from "../../shared/forceAreas";
import type { CaseState } from "../model/contentSchema";
import { CONCLUDED_NRM_STATUSES, OPEN_NRM_STATUSES, type Nation, type NrmStatus } from "../model/facts";

/**
 * Where the person stands with the NRM. An open case (awaiting or in the
 * recovery period) is updated whatever happened since; a concluded case with
 * new exploitation needs a new decision. `undefined` while a concluded case's
 * "new exploitation?" is not answered yet.
 */
export function caseStateOf(nrmStatus: NrmStatus, newExploitation: boolean | undefined): CaseState | undefined {
  if (nrmStatus === "not-referred") return "none";
  if ((OPEN_NRM_STATUSES as readonly string[]).includes(nrmStatus)) return "open";
  if ((CONCLUDED_NRM_STATUSES as readonly string[]).includes(nrmStatus)) {
    if (newExploitation === undefined) return undefined;
    return newExploitation ? "concluded-new-exploitation" : "concluded";
  }
  return undefined;
}

/** For a finished set of facts: an unanswered "new exploitation?" means no. */
export function caseStateOfFacts(nrmStatus: NrmStatus, newExploitation: boolean | undefined): CaseState {
  return caseStateOf(nrmStatus, newExploitation ?? false) ?? "none";
}

/**
 * Which law and support apply: the force area, or for British Transport
 * Police where the officer is (`localArea`); "not-known" when a BTP officer
 * has not said.
 */
export function nationOf(area: string, localArea: string | undefined): Nation {
  const where = area === "british-transport-police" ? localArea : area;
  if (where === undefined) return "not-known";
  if (where === "scotland") return "scotland";
  return isWelshForceArea(where) ? "wales" : "england";
}
