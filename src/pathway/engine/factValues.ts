// Flattens facts (or partial answers) into the values conditions test.
import type { Schedule4Result } from "../model/decision";
import type { Answers, Facts } from "../model/facts";
import type { FactValues } from "./evaluateCondition";

export function factValuesFromFacts(facts: Facts, schedule4: Schedule4Result): FactValues {
  const values: FactValues = {
    area: facts.area,
    age: facts.person.age,
    consentToNrm: facts.person.consentToNrm,
    nrmStatus: facts.person.nrmStatus,
    isSuspect: facts.person.suspect !== undefined,
    offenceCheck: schedule4.match,
    immediateDanger: facts.situation.immediateDanger,
    medicalNeed: facts.situation.medicalNeed,
    needsInterpreter: facts.situation.needsInterpreter,
    needsAccommodation: facts.situation.needsAccommodation,
  };
  if (schedule4.entryVerification !== undefined) values.offenceEntryVerification = schedule4.entryVerification;
  return values;
}

/** Unanswered fields stay absent; the Schedule 4 facts are only known once decided. */
export function factValuesFromAnswers(answers: Answers): FactValues {
  const values: FactValues = {};
  if (answers.area !== undefined) values.area = answers.area;
  if (answers.age !== undefined) values.age = answers.age;
  if (answers.consentToNrm !== undefined) values.consentToNrm = answers.consentToNrm;
  if (answers.nrmStatus !== undefined) values.nrmStatus = answers.nrmStatus;
  if (answers.isSuspect !== undefined) values.isSuspect = answers.isSuspect;
  if (answers.immediateDanger !== undefined) values.immediateDanger = answers.immediateDanger;
  if (answers.medicalNeed !== undefined) values.medicalNeed = answers.medicalNeed;
  if (answers.needsInterpreter !== undefined) values.needsInterpreter = answers.needsInterpreter;
  if (answers.needsAccommodation !== undefined) values.needsAccommodation = answers.needsAccommodation;
  return values;
}
