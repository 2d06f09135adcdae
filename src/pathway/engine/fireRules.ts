// Which rules fire for a set of fact values, in content order.
import type { PathwayContent, Rule } from "../model/contentSchema";
import { indexContent } from "./contentIndex";
import { allHold, type FactValues } from "./evaluateCondition";

export function fireRules(content: PathwayContent, values: FactValues): Rule[] {
  const index = indexContent(content);
  return content.rules.filter((rule) => allHold(index, rule.when, values));
}
