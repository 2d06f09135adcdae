// Evaluates named conditions against fact values. A fact that is not known
// yet makes a fact test false, so partly answered journeys are safe to test.
// A list-valued fact (the types of exploitation) holds when any item is one
// of the values tested.
import type { ConditionFact, FactValue } from "../model/contentSchema";
import type { ContentIndex } from "./contentIndex";

export type FactValues = Partial<Record<ConditionFact, FactValue | readonly string[]>>;

function matches(value: FactValue | readonly string[] | undefined, oneOf: readonly FactValue[]): boolean {
  if (value === undefined) return false;
  if (typeof value === "object") return value.some((item) => oneOf.includes(item));
  return oneOf.includes(value);
}

export function evaluateCondition(
  index: ContentIndex,
  id: string,
  values: FactValues,
  seen: ReadonlySet<string> = new Set(),
): boolean {
  const condition = index.conditions.get(id);
  if (!condition) throw new Error(`unknown condition "${id}"`);
  if (seen.has(id)) throw new Error(`condition "${id}" refers to itself`);
  if ("fact" in condition) return matches(values[condition.fact], condition.oneOf);
  const inner = new Set(seen).add(id);
  return condition.allOf.every((part) => evaluateCondition(index, part, values, inner));
}

export function allHold(index: ContentIndex, ids: readonly string[], values: FactValues): boolean {
  return ids.every((id) => evaluateCondition(index, id, values));
}
