// A scenario's answers run through the engine exactly as the phone asks them:
// one question at a time, in the engine's order, each answered from the
// scenario. The result is the questions asked and the engine's decision.
import {
  decide,
  factsFromAnswers,
  getNextQuestion,
  pruneAnswers,
  type Answers,
  type Decision,
  type FactField,
  type QuestionId,
} from "../../pathway";

export interface RunProblem {
  /** Dotted path in the scenario, e.g. "answers.consentToNrm". */
  field: string;
  message: string;
}

export type ExpectedRun =
  { ok: true; asked: QuestionId[]; answers: Answers; decision: Decision } | { ok: false; problems: RunProblem[] };

/** More questions than the pathway has: a guard against content that loops. */
const MAX_QUESTIONS = 40;

export function runAnswers(given: Answers): ExpectedRun {
  let answers: Answers = {};
  const asked: QuestionId[] = [];
  for (let q = getNextQuestion(answers); q !== null; q = getNextQuestion(answers)) {
    const value = given[q.field];
    if (value === undefined) {
      return {
        ok: false,
        problems: [{ field: `answers.${q.field}`, message: `the phone asks ${q.id}, but the scenario gives no answer to it` }],
      };
    }
    asked.push(q.id);
    answers = pruneAnswers({ ...answers, [q.field]: value });
    if (asked.length > MAX_QUESTIONS) return { ok: false, problems: [{ field: "answers", message: "the questions never end" }] };
  }
  const unused = (Object.keys(given) as FactField[]).filter(
    (field) => given[field] !== undefined && answers[field] === undefined,
  );
  if (unused.length > 0) {
    return {
      ok: false,
      problems: unused.map((field) => ({
        field: `answers.${field}`,
        message: "given, but the phone never asks this question with the scenario's other answers",
      })),
    };
  }
  const facts = factsFromAnswers(answers);
  if (!facts.ok) return { ok: false, problems: [{ field: "answers", message: `the answers stop before ${facts.nextQuestion}` }] };
  return { ok: true, asked, answers, decision: decide(facts.facts) };
}
