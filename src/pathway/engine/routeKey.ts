// Which referral route a decision points to, as one key the screens and the
// hand-over summary translate.
import type { Decision } from "../model/decision";
import { OPEN_NRM_STATUSES } from "../model/facts";

export type RouteKey =
  "nrmAdult" | "nrmChild" | "dtn" | "dtnScotland" | "pending" | "bestInterests" | "openCase" | "concludedCase";

export function routeKey(decision: Decision): RouteKey {
  const r = decision.referral;
  if (r.alreadyReferred)
    return (OPEN_NRM_STATUSES as readonly string[]).includes(decision.subStage) ? "openCase" : "concludedCase";
  if (r.route === "pending") return "pending";
  if (r.route === "best-interests") return "bestInterests";
  if (r.route === "duty-to-notify") return decision.nation === "scotland" ? "dtnScotland" : "dtn";
  return r.consentRequired ? "nrmAdult" : "nrmChild";
}
