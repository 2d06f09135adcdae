// A headless officer: answers the questions one at a time, in the order the
// engine asks them, as the phone would (CHT and ODK Web Forms test their
// forms the same way). Only the public pathway API is used.
import {
  decide,
  factsFromAnswers,
  getNextQuestion,
  pruneAnswers,
  type Answers,
  type Decision,
  type Question,
} from "../../src/pathway";

export class EncounterScenario {
  private answers: Answers = {};
  readonly asked: string[] = [];

  /** The question the phone would show now, or null at check your answers. */
  next(): Question | null {
    return getNextQuestion(this.answers);
  }

  /** Answers the question on screen; fails if the engine would show another one. */
  answer(questionId: string, value: unknown): this {
    const question = this.next();
    if (question === null) throw new Error(`expected question ${questionId}, but every question is answered`);
    if (question.id !== questionId) throw new Error(`expected question ${questionId}, but the engine asks ${question.id}`);
    this.asked.push(question.id);
    this.answers = pruneAnswers({ ...this.answers, [question.field]: value });
    return this;
  }

  /** Changes an earlier answer, as the Change link does. */
  change(field: keyof Answers, value: unknown): this {
    this.answers = pruneAnswers({ ...this.answers, [field]: value });
    return this;
  }

  current(): Answers {
    return this.answers;
  }

  decision(): Decision {
    const facts = factsFromAnswers(this.answers);
    if (!facts.ok) throw new Error(`not every question is answered: next is ${facts.nextQuestion}`);
    return decide(facts.facts);
  }
}
