// The pathway engine: facts in, decision out. Pure and deterministic: no
// clock, no I/O, output order fixed by the content.
import type { Effects, GuidanceItem, NeedCategory, PathwayContent } from "../model/contentSchema";
import { NEED_CATEGORIES } from "../model/contentSchema";
import type { Decision, OutcomeSummary, Schedule4Result, SupportQuery, TraceEntry } from "../model/decision";
import { POST_NRM_SUB_STAGES } from "../../shared/supportVocabulary";
import type { Facts } from "../model/facts";
import { PATHWAY_CONTENT } from "../content";
import { confirmed } from "../content/review";
import { SRC } from "../content/sources";
import { checkOffence } from "./checkOffence";
import { indexContent, type ContentIndex } from "./contentIndex";
import type { FactValues } from "./evaluateCondition";
import { caseStateOfFacts, nationOf } from "./derivedFacts";
import { factValuesFromFacts } from "./factValues";
import { fireRules } from "./fireRules";

type Single<K extends "referral" | "section45Status" | "supportStage"> = NonNullable<Effects[K]>;

interface RuleOutcome {
  referral: Single<"referral">;
  section45Status: Single<"section45Status">;
  supportStage: Single<"supportStage">;
  actions: Set<string>;
  guidance: Set<string>;
  needs: Set<NeedCategory>;
  contacts: Set<string>;
  signs: Set<string>;
  trace: TraceEntry[];
}

export class PathwayContentError extends Error {}

/** Runs the rules once. Throws PathwayContentError if the content is incomplete. */
export function evaluateRules(content: PathwayContent, values: FactValues): RuleOutcome {
  let referral: Single<"referral"> | undefined;
  let section45Status: Single<"section45Status"> | undefined;
  let supportStage: Single<"supportStage"> | undefined;
  const actions = new Set<string>();
  const guidance = new Set<string>();
  const needs = new Set<NeedCategory>();
  const contacts = new Set<string>();
  const signs = new Set<string>();
  const trace: TraceEntry[] = [];
  for (const rule of fireRules(content, values)) {
    const then = rule.then;
    // First rule wins; the content validator proves only one can fire.
    if (then.referral && !referral) referral = then.referral;
    if (then.section45Status && !section45Status) section45Status = then.section45Status;
    if (then.supportStage && !supportStage) supportStage = then.supportStage;
    for (const id of then.actions ?? []) actions.add(id);
    for (const id of then.guidance ?? []) guidance.add(id);
    for (const need of then.needs ?? []) needs.add(need);
    for (const id of then.contacts ?? []) contacts.add(id);
    for (const id of then.signs ?? []) signs.add(id);
    trace.push({ ruleId: rule.id, provenance: rule.provenance });
  }
  if (!referral || !section45Status || !supportStage) {
    const missing = [!referral && "referral", !section45Status && "section45Status", !supportStage && "supportStage"]
      .filter(Boolean)
      .join(", ");
    throw new PathwayContentError(`no rule set ${missing} for ${JSON.stringify(values)}`);
  }
  return { referral, section45Status, supportStage, actions, guidance, needs, contacts, signs, trace };
}

/** The Schedule 4 check, first in the trace, with the result it explains. */
function schedule4Trace(check: Schedule4Result): TraceEntry | null {
  if (check.match === "not-suspect") return null;
  return { ruleId: "schedule4-check", provenance: check.provenance ?? confirmed(SRC.msaSchedule4), schedule4: check };
}

/**
 * Whose directory to read: the force area, or for British Transport Police
 * the local force area where the officer is; none in Scotland, and BTP's own
 * directory when the officer has not said where they are.
 */
function supportArea(facts: Facts): SupportQuery["area"] {
  if (facts.area !== "british-transport-police" || facts.localArea === undefined) return facts.area;
  return facts.localArea === "scotland" ? null : facts.localArea;
}

/** Indicator groups in content order (general first). */
function signsOf(index: ContentIndex, ids: ReadonlySet<string>): string[] {
  return [...ids].sort((a, b) => (index.indicatorOrder.get(a) ?? 0) - (index.indicatorOrder.get(b) ?? 0));
}

function summarise(outcome: RuleOutcome): OutcomeSummary {
  return {
    route: outcome.referral.route,
    consentRequired: outcome.referral.consentRequired,
    identifying: outcome.referral.identifying,
    supportStage: outcome.supportStage.stage,
    subStage: outcome.supportStage.subStage,
  };
}

export function decide(facts: Facts, content: PathwayContent = PATHWAY_CONTENT): Decision {
  const index = indexContent(content);
  const schedule4 = checkOffence(facts.person.suspect);
  const values = factValuesFromFacts(facts, schedule4);
  const outcome = evaluateRules(content, values);

  const guidanceItems = [...outcome.guidance]
    .sort((a, b) => (index.guidanceOrder.get(a) ?? 0) - (index.guidanceOrder.get(b) ?? 0))
    .map((id) => index.guidance.get(id))
    .filter((item): item is GuidanceItem => item !== undefined);
  const inGroup = (...groups: GuidanceItem["group"][]): GuidanceItem[] => guidanceItems.filter((g) => groups.includes(g.group));

  const actions = [...outcome.actions]
    .flatMap((id) => {
      const action = index.actions.get(id);
      return action ? [action] : [];
    })
    .sort((a, b) => a.priority - b.priority);
  // Contacts named by the chosen actions are shown too.
  for (const action of actions) for (const id of action.contacts ?? []) outcome.contacts.add(id);
  const contacts = [...outcome.contacts]
    .sort((a, b) => (index.contactOrder.get(a) ?? 0) - (index.contactOrder.get(b) ?? 0))
    .flatMap((id) => {
      const contact = index.contacts.get(id);
      return contact ? [contact] : [];
    });

  // Referred before, and this is a new decision: the earlier reference is quoted.
  const previousReferral =
    caseStateOfFacts(facts.person.nrmStatus, facts.person.newExploitation) === "concluded-new-exploitation";
  const referral: Decision["referral"] = { ...outcome.referral, previousReferral };
  if (referral.route === "pending") {
    referral.pending = {
      yes: summarise(evaluateRules(content, { ...values, consentToNrm: "yes" })),
      no: summarise(evaluateRules(content, { ...values, consentToNrm: "no" })),
    };
  }

  const s4trace = schedule4Trace(schedule4);
  const nation = nationOf(facts.area, facts.localArea);
  const supportNeeds = NEED_CATEGORIES.filter((need) => outcome.needs.has(need));
  const subStage = POST_NRM_SUB_STAGES.find((s) => s === outcome.supportStage.subStage);
  const supportQuery: SupportQuery = {
    area: supportArea(facts),
    stage: outcome.supportStage.stage,
    // Someone who may be under 18 is treated as a child, for support too.
    audience: facts.person.age === "adult" ? "adult" : "child",
    needs: supportNeeds,
  };
  if (subStage !== undefined) supportQuery.subStage = subStage;
  return {
    contentVersion: content.contentVersion,
    nation,
    referral,
    section45: { status: outcome.section45Status, schedule4, considerations: inGroup("section45") },
    supportStage: outcome.supportStage.stage,
    subStage: outcome.supportStage.subStage,
    supportNeeds,
    supportQuery,
    actions,
    contacts,
    guidance: {
      informedConsent: inGroup("informed-consent"),
      whatHappensNext: inGroup("next-steps"),
      support: inGroup("support"),
      notes: inGroup("referral", "age", "area"),
    },
    signs: signsOf(index, outcome.signs),
    trace: s4trace ? [s4trace, ...outcome.trace] : outcome.trace,
  };
}
