// One question per screen. The path is the questions that apply to the
// current answers, in content order, up to the first unanswered one; the UI
// builds Back links and check-your-answers from it.
import type { PathwayContent, Question } from "../model/contentSchema";
import type { Answers, FactField } from "../model/facts";
import { PATHWAY_CONTENT } from "../content";
import { indexContent } from "./contentIndex";
import { allHold } from "./evaluateCondition";
import { factValuesFromAnswers } from "./factValues";

export type QuestionId = string;

function isAnswered(answers: Answers, field: FactField): boolean {
  return answers[field] !== undefined;
}

/** Questions that apply to these answers, whether answered or not. */
function applicableQuestions(answers: Answers, content: PathwayContent): Question[] {
  const index = indexContent(content);
  const values = factValuesFromAnswers(answers);
  return content.questions.filter((q) => allHold(index, q.showWhen, values));
}

export function getQuestionPath(answers: Answers, content: PathwayContent = PATHWAY_CONTENT): QuestionId[] {
  const path: QuestionId[] = [];
  for (const q of applicableQuestions(answers, content)) {
    path.push(q.id);
    if (!isAnswered(answers, q.field)) break;
  }
  return path;
}

export function getNextQuestion(answers: Answers, content: PathwayContent = PATHWAY_CONTENT): Question | null {
  return applicableQuestions(answers, content).find((q) => !isAnswered(answers, q.field)) ?? null;
}

export function getQuestion(id: QuestionId, content: PathwayContent = PATHWAY_CONTENT): Question | undefined {
  return indexContent(content).questions.get(id);
}

/** Drops answers to questions that no longer apply (after a Change). */
export function pruneAnswers(answers: Answers, content: PathwayContent = PATHWAY_CONTENT): Answers {
  const pruned: Answers = {};
  for (const q of applicableQuestions(answers, content)) {
    const value = answers[q.field];
    if (value !== undefined) Object.assign(pruned, { [q.field]: value });
  }
  return pruned;
}
