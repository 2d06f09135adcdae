// A learner's run of a scenario against the good officer's: which answers
// differ, whether the outcome differs, and the rules that explain the
// difference (each with its source). Nothing about the learner goes in or
// comes out: only the answers they tapped and the scenario's id.
import {
  decide,
  factsFromAnswers,
  findCatalogueEntry,
  getQuestion,
  getQuestionPath,
  routeKey,
  type Answers,
  type Decision,
  type FactField,
  type OffenceRef,
  type Question,
  type QuestionId,
  type TraceEntry,
} from "../../pathway";
import { runAnswers } from "../check/expectedRun";
import type { Scenario } from "../model/scenario";

export interface AnswerComparison {
  question: Question;
  /** The good officer's answer; undefined when the question does not arise for them. */
  expected: Answers[FactField];
  /** The learner's; undefined when they were not asked it. */
  given: Answers[FactField];
  same: boolean;
}

export type OutcomePart = "route" | "section45" | "supportStage";

export interface OutcomeDifference {
  part: OutcomePart;
  expected: string;
  given: string;
}

export interface Score {
  /** Questions on the good officer's path the learner answered the same way. */
  correct: number;
  total: number;
  routeCorrect: boolean;
}

export type RunComparison =
  | { ok: false; reason: "not-finished" | "scenario-broken" }
  | {
      ok: true;
      answers: AnswerComparison[];
      differences: AnswerComparison[];
      outcome: OutcomeDifference[];
      expectedDecision: Decision;
      givenDecision: Decision;
      /** Rules behind the expected outcome that did not apply to the learner's answers. */
      missedRules: TraceEntry[];
      /** Rules that applied to the learner's answers but not to the expected ones. */
      extraRules: TraceEntry[];
      score: Score;
    };

/** An offence as typed: Act and section (or name), ignoring case and spacing. */
function offenceKey(ref: OffenceRef): string {
  const tidy = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, " ");
  return `${tidy(ref.act)}|${tidy("section" in ref ? ref.section : ref.name)}`;
}

function sameOffence(a: OffenceRef | null, b: OffenceRef | null): boolean {
  if (a === null || b === null) return a === b;
  const ea = findCatalogueEntry(a);
  const eb = findCatalogueEntry(b);
  if (ea !== undefined && eb !== undefined) return ea.id === eb.id;
  return offenceKey(a) === offenceKey(b);
}

/** Two answers to the same question mean the same thing (a list in any order; an offence by catalogue entry). */
export function sameAnswer(field: FactField, a: Answers[FactField], b: Answers[FactField]): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (field === "offence") return sameOffence(a as OffenceRef | null, b as OffenceRef | null);
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && (a as readonly unknown[]).every((v) => (b as readonly unknown[]).includes(v));
  }
  return a === b;
}

/** The questions of both runs: the good officer's order first, then any only the learner was asked. */
function questionsOf(expected: readonly QuestionId[], given: readonly QuestionId[]): Question[] {
  const ids = [...expected, ...given.filter((id) => !expected.includes(id))];
  return ids.map((id) => getQuestion(id)).filter((q): q is Question => q !== undefined);
}

export function compareRun(scenario: Scenario, learner: Answers): RunComparison {
  const expectedRun = runAnswers(scenario.answers);
  if (!expectedRun.ok) return { ok: false, reason: "scenario-broken" };
  const facts = factsFromAnswers(learner);
  if (!facts.ok) return { ok: false, reason: "not-finished" };
  const givenDecision = decide(facts.facts);
  const expectedDecision = expectedRun.decision;
  const expectedAnswers = expectedRun.answers;

  const answers = questionsOf(expectedRun.asked, getQuestionPath(learner)).map((question) => {
    const expected = expectedRun.asked.includes(question.id) ? expectedAnswers[question.field] : undefined;
    const given = learner[question.field];
    return { question, expected, given, same: sameAnswer(question.field, expected, given) };
  });
  const differences = answers.filter((a) => !a.same);

  const outcome: OutcomeDifference[] = [];
  const part = (name: OutcomePart, expected: string, given: string): void => {
    if (expected !== given) outcome.push({ part: name, expected, given });
  };
  part("route", routeKey(expectedDecision), routeKey(givenDecision));
  part("section45", expectedDecision.section45.status, givenDecision.section45.status);
  part("supportStage", expectedDecision.supportStage, givenDecision.supportStage);

  const givenRules = new Set(givenDecision.trace.map((t) => t.ruleId));
  const expectedRules = new Set(expectedDecision.trace.map((t) => t.ruleId));
  const missedRules = expectedDecision.trace.filter((t) => !givenRules.has(t.ruleId));
  const extraRules = givenDecision.trace.filter((t) => !expectedRules.has(t.ruleId));

  const onPath = answers.filter((a) => expectedRun.asked.includes(a.question.id));
  const score: Score = {
    correct: onPath.filter((a) => a.same).length,
    total: onPath.length,
    routeCorrect: routeKey(expectedDecision) === routeKey(givenDecision),
  };
  return { ok: true, answers, differences, outcome, expectedDecision, givenDecision, missedRules, extraRules, score };
}
