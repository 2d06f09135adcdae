// Converts between the UI's flat answers and the canonical nested facts.
import type { PathwayContent } from "../model/contentSchema";
import type { Answers, Facts } from "../model/facts";
import { PATHWAY_CONTENT } from "../content";
import { caseStateOfFacts } from "./derivedFacts";
import { consentFromAnswers } from "./factValues";
import { getNextQuestion, pruneAnswers, type QuestionId } from "./questionFlow";

export type FactsFromAnswers = { ok: true; facts: Facts } | { ok: false; nextQuestion: QuestionId };

/**
 * Complete facts once every applicable question is answered. Consent that was
 * not asked (a child, or a case that has ended) becomes "not-asked"; "cannot
 * decide" becomes "lacks-capacity"; for an open case, wanting to stay in the
 * NRM is the consent.
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
  const person: Facts["person"] = { age: a.age, consentToNrm: consentFromAnswers(a) ?? "not-asked", nrmStatus: a.nrmStatus };
  if (a.newExploitation !== undefined) person.newExploitation = a.newExploitation;
  if (a.isSuspect) person.suspect = a.offence ? { offence: a.offence } : {};
  const situation: Facts["situation"] = {
    immediateDanger: a.immediateDanger,
    medicalNeed: a.medicalNeed,
    needsInterpreter: a.needsInterpreter,
    needsAccommodation: a.needsAccommodation,
  };
  if (a.exploitation !== undefined) situation.exploitation = [...a.exploitation];
  const facts: Facts = { area: a.area, person, situation };
  if (a.localArea !== undefined) facts.localArea = a.localArea;
  return { ok: true, facts };
}

/** The answers that would produce these facts (for practice scenarios and tests). */
export function answersFromFacts(facts: Facts, content: PathwayContent = PATHWAY_CONTENT): Answers {
  const consent = facts.person.consentToNrm;
  const open = caseStateOfFacts(facts.person.nrmStatus, facts.person.newExploitation) === "open";
  const answers: Answers = {
    area: facts.area,
    age: facts.person.age,
    nrmStatus: facts.person.nrmStatus,
    canDecide: consent !== "lacks-capacity",
    isSuspect: facts.person.suspect !== undefined,
    immediateDanger: facts.situation.immediateDanger,
    medicalNeed: facts.situation.medicalNeed,
    needsInterpreter: facts.situation.needsInterpreter,
    needsAccommodation: facts.situation.needsAccommodation,
    // The phone asks for at least one type; "not known" when the facts do not say.
    exploitation: facts.situation.exploitation ?? ["not-known"],
    newExploitation: facts.person.newExploitation ?? false,
  };
  if (consent !== "lacks-capacity") {
    if (open) answers.staysInNrm = consent;
    else answers.consentToNrm = consent;
  }
  if (facts.localArea !== undefined) answers.localArea = facts.localArea;
  if (facts.person.suspect) answers.offence = facts.person.suspect.offence ?? null;
  return pruneAnswers(answers, content);
}
