// Which referral route a decision points to, as one key the screens and the
// hand-over summary translate.
import type { Decision } from "../model/decision";

export type RouteKey = "nrmAdult" | "nrmChild" | "dtn" | "pending" | "alreadyReferred";

export function routeKey(decision: Decision): RouteKey {
  const r = decision.referral;
  if (r.alreadyReferred) return "alreadyReferred";
  if (r.route === "pending") return "pending";
  if (r.route === "duty-to-notify") return "dtn";
  return r.consentRequired ? "nrmAdult" : "nrmChild";
}
