// Build-time and test-time checks on the pathway content: the schemas, unique
// ids, every reference resolves, questions only depend on earlier answers,
// phone numbers come from the verified list, and for every possible set of
// facts exactly one rule sets each single-valued outcome.
import { z } from "../../shared/zod";
import { verificationSchema } from "../../shared/provenance";
import {
  CASE_STATES,
  offenceCheckSchema,
  pathwayContentSchema,
  SINGLE_VALUED_EFFECTS,
  type ConditionFact,
  type PathwayContent,
} from "../model/contentSchema";
import {
  ageSchema,
  answersSchema,
  consentSchema,
  exploitationSchema,
  FACT_FIELDS,
  forceAreaIdSchema,
  nationSchema,
  nrmStatusSchema,
  type FactField,
} from "../model/facts";
import { phoneDigits, VERIFIED_NUMBERS } from "../content/verifiedNumbers";
import { fireRules } from "../engine/fireRules";
import { enumerateFactValues } from "./enumerateFacts";

export interface ValidationResult {
  ok: boolean;
  errors: string[];
  summary: string;
}

function issuePath(content: unknown, path: readonly PropertyKey[]): string {
  // Name the item by its id when the path goes through a list of items.
  let out = "";
  let node: unknown = content;
  for (const key of path) {
    node = typeof node === "object" && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === "number") {
      const id = typeof node === "object" && node !== null ? (node as Record<string, unknown>)["id"] : undefined;
      out += typeof id === "string" ? `[${String(key)} "${id}"]` : `[${String(key)}]`;
    } else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out || "(root)";
}

function schemaErrors(input: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issuePath(input, issue.path)}: ${issue.message}`);
}

function duplicates(kind: string, ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const errors: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) errors.push(`${kind} "${id}": duplicate id`);
    seen.add(id);
  }
  return errors;
}

/** Facts a condition depends on, following allOf; reports cycles and unknown ids. */
function conditionFacts(content: PathwayContent, id: string, errors: string[], stack: string[] = []): Set<ConditionFact> {
  const facts = new Set<ConditionFact>();
  const condition = content.conditions.find((c) => c.id === id);
  if (!condition) return facts;
  if (stack.includes(id)) {
    errors.push(`condition "${id}": cycle through ${[...stack, id].join(" -> ")}`);
    return facts;
  }
  if ("fact" in condition) facts.add(condition.fact);
  else for (const part of condition.allOf) for (const f of conditionFacts(content, part, errors, [...stack, id])) facts.add(f);
  return facts;
}

/** What each condition fact may be: the facts' own schemas, and the derived facts' values. */
const FACT_VALUE_SCHEMAS: Record<ConditionFact, z.ZodType> = {
  immediateDanger: z.boolean(),
  medicalNeed: z.boolean(),
  age: ageSchema,
  exploitation: exploitationSchema,
  nrmStatus: nrmStatusSchema,
  caseState: z.enum(CASE_STATES),
  consentToNrm: consentSchema,
  canDecide: z.boolean(),
  isSuspect: z.boolean(),
  offenceCheck: offenceCheckSchema,
  offenceEntryVerification: verificationSchema,
  needsInterpreter: z.boolean(),
  needsAccommodation: z.boolean(),
  area: forceAreaIdSchema,
  nation: nationSchema,
};

const valueIsValid = (fact: ConditionFact, value: unknown): boolean => FACT_VALUE_SCHEMAS[fact].safeParse(value).success;

/**
 * The answer fields a condition fact is known from: a question's showWhen may
 * only use facts whose fields earlier questions set.
 */
const FIELDS_OF: Record<ConditionFact, readonly FactField[]> = {
  immediateDanger: ["immediateDanger"],
  medicalNeed: ["medicalNeed"],
  age: ["age"],
  exploitation: ["exploitation"],
  nrmStatus: ["nrmStatus"],
  caseState: ["nrmStatus", "newExploitation"],
  consentToNrm: ["canDecide", "consentToNrm", "staysInNrm"],
  canDecide: ["canDecide"],
  isSuspect: ["isSuspect"],
  offenceCheck: ["isSuspect", "offence"],
  offenceEntryVerification: ["offence"],
  needsInterpreter: ["needsInterpreter"],
  needsAccommodation: ["needsAccommodation"],
  area: ["area"],
  nation: ["area", "localArea"],
};

function collectStrings(node: unknown, path: string, out: { path: string; text: string }[]): void {
  if (typeof node === "string") out.push({ path, text: node });
  else if (Array.isArray(node))
    node.forEach((child, i) => {
      collectStrings(child, `${path}[${String(i)}]`, out);
    });
  else if (typeof node === "object" && node !== null) {
    for (const [key, child] of Object.entries(node)) collectStrings(child, path ? `${path}.${key}` : key, out);
  }
}

function phoneErrors(content: PathwayContent): string[] {
  const errors: string[] = [];
  const confirmedDigits = new Set(VERIFIED_NUMBERS.confirmed.map(phoneDigits));
  const unconfirmedDigits = new Set(VERIFIED_NUMBERS.unconfirmed.map(phoneDigits));
  for (const contact of content.contacts) {
    const digits = phoneDigits(contact.phone);
    const where = `contacts "${contact.id}".phone`;
    if (confirmedDigits.has(digits)) continue;
    if (!unconfirmedDigits.has(digits)) errors.push(`${where}: ${contact.phone} is not in the verified contacts list`);
    else if (contact.provenance.verification !== "verify")
      errors.push(`${where}: ${contact.phone} is unconfirmed and must have verification "verify"`);
  }
  return errors;
}

function referenceErrors(content: PathwayContent): string[] {
  const errors: string[] = [];
  const ids = {
    condition: new Set(content.conditions.map((c) => c.id)),
    action: new Set(content.actions.map((a) => a.id)),
    guidance: new Set(content.guidance.map((g) => g.id)),
    contact: new Set(content.contacts.map((c) => c.id)),
    "indicator group": new Set(content.indicators.map((g) => g.id)),
  };
  const used = {
    condition: new Set<string>(),
    action: new Set<string>(),
    guidance: new Set<string>(),
    contact: new Set<string>(),
    "indicator group": new Set<string>(),
  };
  const ref = (kind: keyof typeof ids, id: string, where: string): void => {
    used[kind].add(id);
    if (!ids[kind].has(id)) errors.push(`${where}: unknown ${kind} "${id}"`);
  };
  content.conditions.forEach((c) => {
    if ("allOf" in c)
      c.allOf.forEach((id, i) => {
        ref("condition", id, `conditions "${c.id}".allOf[${String(i)}]`);
      });
  });
  content.questions.forEach((q) => {
    q.showWhen.forEach((id, i) => {
      ref("condition", id, `questions "${q.id}".showWhen[${String(i)}]`);
    });
  });
  content.actions.forEach((a) => {
    (a.contacts ?? []).forEach((id, i) => {
      ref("contact", id, `actions "${a.id}".contacts[${String(i)}]`);
    });
  });
  content.rules.forEach((r) => {
    r.when.forEach((id, i) => {
      ref("condition", id, `rules "${r.id}".when[${String(i)}]`);
    });
    (r.then.actions ?? []).forEach((id, i) => {
      ref("action", id, `rules "${r.id}".then.actions[${String(i)}]`);
    });
    (r.then.guidance ?? []).forEach((id, i) => {
      ref("guidance", id, `rules "${r.id}".then.guidance[${String(i)}]`);
    });
    (r.then.contacts ?? []).forEach((id, i) => {
      ref("contact", id, `rules "${r.id}".then.contacts[${String(i)}]`);
    });
    (r.then.signs ?? []).forEach((id, i) => {
      ref("indicator group", id, `rules "${r.id}".then.signs[${String(i)}]`);
    });
  });
  // Content nothing can reach is a mistake too. Contacts are exempt: the UI
  // also lists every national contact on its own screen.
  for (const kind of ["condition", "action", "guidance", "indicator group"] as const) {
    for (const id of ids[kind])
      if (!used[kind].has(id)) errors.push(`${kind} "${id}": never used by any rule, question or action`);
  }
  return errors;
}

function questionErrors(content: PathwayContent, errors: string[]): void {
  const askedBefore = new Set<FactField>();
  const fieldsAsked = new Map<FactField, string>();
  for (const q of content.questions) {
    const where = `questions "${q.id}"`;
    const prior = fieldsAsked.get(q.field);
    if (prior !== undefined) errors.push(`${where}.field: "${q.field}" is already set by "${prior}"`);
    fieldsAsked.set(q.field, q.id);
    for (const id of q.showWhen) {
      for (const fact of conditionFacts(content, id, errors)) {
        const missing = FIELDS_OF[fact].filter((field) => !askedBefore.has(field));
        if (missing.length > 0)
          errors.push(
            `${where}.showWhen: condition "${id}" depends on "${fact}", which needs ${missing.join(", ")} from an earlier question`,
          );
      }
    }
    if (q.kind === "choice" || q.kind === "multi-choice") {
      if (!q.options) errors.push(`${where}.options: a ${q.kind} question needs options`);
      for (const option of q.options ?? []) {
        const answer = q.kind === "multi-choice" ? [option.value] : option.value;
        if (!answersSchema.shape[q.field].safeParse(answer).success) {
          errors.push(
            `${where}.options "${option.id}".value: ${JSON.stringify(option.value)} is not a valid value for ${q.field}`,
          );
        }
      }
    } else if (q.options) errors.push(`${where}.options: only choice questions carry options`);
    askedBefore.add(q.field);
  }
  for (const field of FACT_FIELDS) if (!fieldsAsked.has(field)) errors.push(`questions: no question sets "${field}"`);
}

function conditionValueErrors(content: PathwayContent): string[] {
  const errors: string[] = [];
  for (const c of content.conditions) {
    if (!("fact" in c)) continue;
    c.oneOf.forEach((value, i) => {
      if (!valueIsValid(c.fact, value))
        errors.push(`conditions "${c.id}".oneOf[${String(i)}]: ${JSON.stringify(value)} is not a valid value for ${c.fact}`);
    });
  }
  return errors;
}

function dateErrors(content: PathwayContent): string[] {
  const errors: string[] = [];
  const strings: { path: string; text: string }[] = [];
  collectStrings(content, "", strings);
  for (const { path, text } of strings) {
    if (path.endsWith(".lastReviewed") && text > content.reviewedOn)
      errors.push(`${path}: reviewed ${text}, after the content review date ${content.reviewedOn}`);
  }
  return errors;
}

/** For every combination of facts, each single-valued outcome is set by exactly one rule. */
function exhaustiveErrors(content: PathwayContent): { errors: string[]; combinations: number } {
  const errors: string[] = [];
  let combinations = 0;
  for (const values of enumerateFactValues(content)) {
    combinations++;
    const fired = fireRules(content, values);
    for (const effect of SINGLE_VALUED_EFFECTS) {
      const setters = fired.filter((r) => r.then[effect] !== undefined).map((r) => r.id);
      if (setters.length !== 1 && errors.length < 20) {
        errors.push(
          `rules: ${setters.length === 0 ? "no rule sets" : `rules ${setters.join(", ")} all set`} ${effect} for ${JSON.stringify(values)}`,
        );
      }
    }
  }
  return { errors, combinations };
}

export function validateContent(input: unknown): ValidationResult {
  const parsed = pathwayContentSchema.safeParse(input);
  if (!parsed.success) {
    const errors = schemaErrors(input, parsed.error);
    return { ok: false, errors, summary: `pathway content: ${String(errors.length)} schema error(s)` };
  }
  const content = parsed.data;
  const errors = [
    ...duplicates(
      "condition",
      content.conditions.map((c) => c.id),
    ),
    ...duplicates(
      "question",
      content.questions.map((q) => q.id),
    ),
    ...duplicates(
      "question option",
      content.questions.flatMap((q) => (q.options ?? []).map((o) => o.id)),
    ),
    ...duplicates(
      "action",
      content.actions.map((a) => a.id),
    ),
    ...duplicates(
      "action priority",
      content.actions.map((a) => String(a.priority)),
    ),
    ...duplicates(
      "guidance",
      content.guidance.map((g) => g.id),
    ),
    ...duplicates(
      "contact",
      content.contacts.map((c) => c.id),
    ),
    ...duplicates(
      "indicator",
      content.indicators.flatMap((g) => [g.id, ...g.indicators]),
    ),
    ...duplicates(
      "phase",
      content.phases.map((p) => p.id),
    ),
    ...duplicates(
      "rule",
      content.rules.map((r) => r.id),
    ),
    ...duplicates(
      "guidance version",
      content.guidanceVersions.map((v) => v.id),
    ),
    ...referenceErrors(content),
    ...conditionValueErrors(content),
    ...phoneErrors(content),
    ...dateErrors(content),
  ];
  for (const c of content.conditions) conditionFacts(content, c.id, errors);
  questionErrors(content, errors);
  const unique = [...new Set(errors)];
  if (unique.length > 0)
    return { ok: false, errors: unique, summary: `pathway content ${content.contentVersion}: ${String(unique.length)} error(s)` };

  const exhaustive = exhaustiveErrors(content);
  if (exhaustive.errors.length > 0) {
    return {
      ok: false,
      errors: exhaustive.errors,
      summary: `pathway content ${content.contentVersion}: rules are not exhaustive and exclusive`,
    };
  }
  return {
    ok: true,
    errors: [],
    summary:
      `pathway content ${content.contentVersion} OK: ${String(content.questions.length)} questions, ${String(content.conditions.length)} conditions, ` +
      `${String(content.rules.length)} rules, ${String(content.actions.length)} actions, ${String(content.guidance.length)} guidance items, ` +
      `${String(content.contacts.length)} contacts, ${String(content.indicators.length)} indicator groups; ${String(exhaustive.combinations)} fact combinations checked`,
  };
}
