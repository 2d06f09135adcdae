// Flattens facts (or partial answers) into the values conditions test,
// including the derived facts (derivedFacts.ts). Both routes go through
// `factValuesFromInputs`, so the phone and the `decide` command cannot
// disagree about what a set of answers means.
import type { ConditionFact } from "../model/contentSchema";
import type { Schedule4Result } from "../model/decision";
import type { Answers, ConsentToNrm, Exploitation, Facts, NrmStatus } from "../model/facts";
import type { Verification } from "../../shared/provenance";
import type { FactValues } from "./evaluateCondition";
import { caseStateOf, nationOf } from "./derivedFacts";

/** The raw inputs conditions depend on; every field may be unknown yet. */
export interface FactInputs {
  area?: string | undefined;
  localArea?: string | undefined;
  age?: string | undefined;
  consentToNrm?: ConsentToNrm | undefined;
  canDecide?: boolean | undefined;
  nrmStatus?: NrmStatus | undefined;
  newExploitation?: boolean | undefined;
  isSuspect?: boolean | undefined;
  offenceCheck?: string | undefined;
  offenceEntryVerification?: Verification | undefined;
  immediateDanger?: boolean | undefined;
  medicalNeed?: boolean | undefined;
  needsInterpreter?: boolean | undefined;
  needsAccommodation?: boolean | undefined;
  exploitation?: readonly Exploitation[] | undefined;
}

export function factValuesFromInputs(inputs: FactInputs): FactValues {
  const values: FactValues = {};
  const set = <K extends ConditionFact>(fact: K, value: FactValues[K] | undefined): void => {
    if (value !== undefined) values[fact] = value;
  };
  set("area", inputs.area);
  set("age", inputs.age);
  set("consentToNrm", inputs.consentToNrm);
  // Capacity is presumed: only "lacks-capacity" says otherwise.
  set(
    "canDecide",
    inputs.canDecide ?? (inputs.consentToNrm === undefined ? undefined : inputs.consentToNrm !== "lacks-capacity"),
  );
  set("nrmStatus", inputs.nrmStatus);
  if (inputs.nrmStatus !== undefined) set("caseState", caseStateOf(inputs.nrmStatus, inputs.newExploitation));
  if (inputs.area !== undefined && (inputs.area !== "british-transport-police" || inputs.localArea !== undefined))
    set("nation", nationOf(inputs.area, inputs.localArea));
  set("isSuspect", inputs.isSuspect);
  set("offenceCheck", inputs.offenceCheck);
  set("offenceEntryVerification", inputs.offenceEntryVerification);
  set("immediateDanger", inputs.immediateDanger);
  set("medicalNeed", inputs.medicalNeed);
  set("needsInterpreter", inputs.needsInterpreter);
  set("needsAccommodation", inputs.needsAccommodation);
  set("exploitation", inputs.exploitation);
  return values;
}

/** Complete facts: a BTP officer who has not said where they are is "not-known". */
export function factValuesFromFacts(facts: Facts, schedule4: Schedule4Result): FactValues {
  const values = factValuesFromInputs({
    area: facts.area,
    localArea: facts.localArea,
    age: facts.person.age,
    consentToNrm: facts.person.consentToNrm,
    nrmStatus: facts.person.nrmStatus,
    newExploitation: facts.person.newExploitation ?? false,
    isSuspect: facts.person.suspect !== undefined,
    offenceCheck: schedule4.match,
    offenceEntryVerification: schedule4.entryVerification,
    immediateDanger: facts.situation.immediateDanger,
    medicalNeed: facts.situation.medicalNeed,
    needsInterpreter: facts.situation.needsInterpreter,
    needsAccommodation: facts.situation.needsAccommodation,
    exploitation: facts.situation.exploitation,
  });
  values.nation = nationOf(facts.area, facts.localArea);
  return values;
}

/**
 * The adult's consent as the phone asks it: "cannot decide" first; for an
 * open case, whether they want to stay in the NRM; otherwise consent to a
 * new referral.
 */
export function consentFromAnswers(answers: Answers): ConsentToNrm | undefined {
  if (answers.canDecide === false) return "lacks-capacity";
  if (answers.nrmStatus !== undefined && caseStateOf(answers.nrmStatus, answers.newExploitation) === "open")
    return answers.staysInNrm;
  return answers.consentToNrm;
}

/** Unanswered fields stay absent; the Schedule 4 facts are only known once decided. */
export function factValuesFromAnswers(answers: Answers): FactValues {
  return factValuesFromInputs({
    area: answers.area,
    localArea: answers.localArea,
    age: answers.age,
    consentToNrm: consentFromAnswers(answers),
    canDecide: answers.canDecide,
    nrmStatus: answers.nrmStatus,
    newExploitation: answers.newExploitation,
    isSuspect: answers.isSuspect,
    immediateDanger: answers.immediateDanger,
    medicalNeed: answers.medicalNeed,
    needsInterpreter: answers.needsInterpreter,
    needsAccommodation: answers.needsAccommodation,
    exploitation: answers.exploitation,
  });
}
