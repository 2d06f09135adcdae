// Converts between the UI's flat answers and the canonical nested facts.
import type { PathwayContent } from "../model/contentSchema";
import type { Answers, Facts } from "../model/facts";
import { PATHWAY_CONTENT } from "../content";
import { getNextQuestion, pruneAnswers, type QuestionId } from "./questionFlow";

export type FactsFromAnswers = { ok: true; facts: Facts } | { ok: false; nextQuestion: QuestionId };

/**
 * Complete facts once every applicable question is answered. Consent that was
 * not asked (a child, or someone already referred) becomes "not-asked".
 */
export function factsFromAnswers(answers: Answers, content: PathwayContent = PATHWAY_CONTENT): FactsFromAnswers {
  const next = getNextQuestion(answers, content);
  if (next) return { ok: false, nextQuestion: next.id };
  const a = pruneAnswers(answers, content);
  if (
    a.area === undefined ||
    a.age === undefined ||
    a.nrmStatus === undefined ||
    a.isSuspect === undefined ||
    a.immediateDanger === undefined ||
    a.medicalNeed === undefined ||
    a.needsInterpreter === undefined ||
    a.needsAccommodation === undefined
  ) {
    // Only reachable if the content stops asking a required question.
    throw new Error("pathway content does not ask every required question");
  }
  const person: Facts["person"] = { age: a.age, consentToNrm: a.consentToNrm ?? "not-asked", nrmStatus: a.nrmStatus };
  if (a.isSuspect) person.suspect = a.offence ? { offence: a.offence } : {};
  return {
    ok: true,
    facts: {
      area: a.area,
      person,
      situation: {
        immediateDanger: a.immediateDanger,
        medicalNeed: a.medicalNeed,
        needsInterpreter: a.needsInterpreter,
        needsAccommodation: a.needsAccommodation,
      },
    },
  };
}

/** The answers that would produce these facts (for practice scenarios). */
export function answersFromFacts(facts: Facts, content: PathwayContent = PATHWAY_CONTENT): Answers {
  const answers: Answers = {
    area: facts.area,
    age: facts.person.age,
    nrmStatus: facts.person.nrmStatus,
    consentToNrm: facts.person.consentToNrm,
    isSuspect: facts.person.suspect !== undefined,
    immediateDanger: facts.situation.immediateDanger,
    medicalNeed: facts.situation.medicalNeed,
    needsInterpreter: facts.situation.needsInterpreter,
    needsAccommodation: facts.situation.needsAccommodation,
  };
  if (facts.person.suspect) answers.offence = facts.person.suspect.offence ?? null;
  return pruneAnswers(answers, content);
}
