// Lookup tables over a content object, built once per object.
import type { Action, Condition, Contact, GuidanceItem, PathwayContent, Question } from "../model/contentSchema";

export interface ContentIndex {
  conditions: ReadonlyMap<string, Condition>;
  questions: ReadonlyMap<string, Question>;
  actions: ReadonlyMap<string, Action>;
  guidance: ReadonlyMap<string, GuidanceItem>;
  contacts: ReadonlyMap<string, Contact>;
  /** Position of each guidance item and contact in the content, for stable output order. */
  guidanceOrder: ReadonlyMap<string, number>;
  contactOrder: ReadonlyMap<string, number>;
  indicatorOrder: ReadonlyMap<string, number>;
}

const cache = new WeakMap<PathwayContent, ContentIndex>();

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function order(items: readonly { id: string }[]): Map<string, number> {
  return new Map(items.map((item, i) => [item.id, i]));
}

export function indexContent(content: PathwayContent): ContentIndex {
  const hit = cache.get(content);
  if (hit) return hit;
  const index: ContentIndex = {
    conditions: byId(content.conditions),
    questions: byId(content.questions),
    actions: byId(content.actions),
    guidance: byId(content.guidance),
    contacts: byId(content.contacts),
    guidanceOrder: order(content.guidance),
    contactOrder: order(content.contacts),
    indicatorOrder: order(content.indicators),
  };
  cache.set(content, index);
  return index;
}
