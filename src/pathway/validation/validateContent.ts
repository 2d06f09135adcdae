// Build-time and test-time checks on the pathway content: the schemas, unique
// ids, every reference resolves, questions only depend on earlier answers,
// phone numbers come from the verified list, and for every possible set of
// facts exactly one rule sets each single-valued outcome.
import type { z } from "../../shared/zod";
import { verificationSchema } from "../../shared/provenance";
import {
  conditionFactSchema,
  offenceCheckSchema,
  pathwayContentSchema,
  SINGLE_VALUED_EFFECTS,
  type ConditionFact,
  type PathwayContent,
} from "../model/contentSchema";
import { answersSchema, FACT_FIELDS, type FactField } from "../model/facts";
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

function valueIsValid(fact: ConditionFact, value: unknown): boolean {
  if (fact === "offenceCheck") return offenceCheckSchema.safeParse(value).success;
  if (fact === "offenceEntryVerification") return verificationSchema.safeParse(value).success;
  return answersSchema.shape[fact].safeParse(value).success;
}

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

const PHONE_PATTERN = /(?:\+44\s?|\b0)\d[\d ]{7,12}\d\b/g;

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
  // Numbers written into text anywhere else must be confirmed or sit in an item marked "verify".
  const sections = {
    questions: content.questions,
    actions: content.actions,
    guidance: content.guidance,
    rules: content.rules,
    indicators: content.indicators,
    conditions: content.conditions,
  };
  for (const [section, items] of Object.entries(sections)) {
    for (const item of items as readonly { id: string; provenance?: { verification: string } }[]) {
      const strings: { path: string; text: string }[] = [];
      collectStrings(item, "", strings);
      for (const { path, text } of strings) {
        for (const match of text.matchAll(PHONE_PATTERN)) {
          const digits = phoneDigits(match[0]);
          const where = `${section} "${item.id}".${path}`;
          if (confirmedDigits.has(digits)) continue;
          if (!unconfirmedDigits.has(digits))
            errors.push(`${where}: phone number ${match[0]} is not in the verified contacts list`);
          else if (item.provenance?.verification !== "verify")
            errors.push(`${where}: unconfirmed phone number ${match[0]} needs verification "verify"`);
        }
      }
    }
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
  };
  const used = {
    condition: new Set<string>(),
    action: new Set<string>(),
    guidance: new Set<string>(),
    contact: new Set<string>(),
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
  });
  // Content nothing can reach is a mistake too. Contacts are exempt: the UI
  // also lists every national contact on its own screen.
  for (const kind of ["condition", "action", "guidance"] as const) {
    for (const id of ids[kind])
      if (!used[kind].has(id)) errors.push(`${kind} "${id}": never used by any rule, question or action`);
  }
  return errors;
}

function questionErrors(content: PathwayContent, errors: string[]): void {
  const askedBefore = new Set<ConditionFact>();
  const fieldsAsked = new Map<FactField, string>();
  for (const q of content.questions) {
    const where = `questions "${q.id}"`;
    const prior = fieldsAsked.get(q.field);
    if (prior !== undefined) errors.push(`${where}.field: "${q.field}" is already set by "${prior}"`);
    fieldsAsked.set(q.field, q.id);
    for (const id of q.showWhen) {
      for (const fact of conditionFacts(content, id, errors)) {
        if (!askedBefore.has(fact))
          errors.push(`${where}.showWhen: condition "${id}" depends on "${fact}", which no earlier question sets`);
      }
    }
    if (q.kind === "choice") {
      if (!q.options) errors.push(`${where}.options: a choice question needs options`);
      for (const option of q.options ?? []) {
        if (!answersSchema.shape[q.field].safeParse(option.value).success) {
          errors.push(
            `${where}.options "${option.id}".value: ${JSON.stringify(option.value)} is not a valid value for ${q.field}`,
          );
        }
      }
    } else if (q.options) errors.push(`${where}.options: only choice questions carry options`);
    const asFact = conditionFactSchema.safeParse(q.field);
    if (asFact.success) askedBefore.add(asFact.data);
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
      content.indicators.flatMap((g) => [g.id, ...g.indicators.map((i) => i.id)]),
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
