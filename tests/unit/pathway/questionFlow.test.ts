// One question per screen: the path, the next question, dropping answers
// that no longer apply, and converting answers to facts and back.
import { describe, expect, it } from "vitest";
import {
  answersFromFacts,
  factsFromAnswers,
  getNextQuestion,
  getQuestionPath,
  pruneAnswers,
  type Answers,
} from "../../../src/pathway";
import { facts } from "./fixtures";

const ADULT_PATH = [
  "q-immediate-danger",
  "q-medical-need",
  "q-age",
  "q-nrm-status",
  "q-consent",
  "q-is-suspect",
  "q-needs-interpreter",
  "q-needs-accommodation",
  "q-area",
];

function answerAll(base: Answers, extra: Answers = {}): Answers {
  return {
    immediateDanger: false,
    medicalNeed: false,
    nrmStatus: "not-referred",
    isSuspect: false,
    needsInterpreter: false,
    needsAccommodation: false,
    area: "essex",
    ...base,
    ...extra,
  };
}

describe("question flow", () => {
  it("starts with immediate danger", () => {
    expect(getNextQuestion({})?.id).toBe("q-immediate-danger");
    expect(getQuestionPath({})).toEqual(["q-immediate-danger"]);
  });

  it("asks consent only for an adult who is not yet referred", () => {
    expect(getQuestionPath(answerAll({ age: "adult", consentToNrm: "yes" }))).toEqual(ADULT_PATH);
    expect(getQuestionPath(answerAll({ age: "under-18" }))).not.toContain("q-consent");
    expect(getQuestionPath(answerAll({ age: "uncertain" }))).not.toContain("q-consent");
    expect(getQuestionPath(answerAll({ age: "adult", nrmStatus: "positive-rg" }))).not.toContain("q-consent");
  });

  it("asks the offence only for a suspect", () => {
    const path = getQuestionPath(answerAll({ age: "under-18", isSuspect: true, offence: null }));
    expect(path.indexOf("q-offence")).toBe(path.indexOf("q-is-suspect") + 1);
    expect(getQuestionPath(answerAll({ age: "under-18" }))).not.toContain("q-offence");
  });

  it("stops the path at the first unanswered question", () => {
    const answers: Answers = { immediateDanger: true, medicalNeed: false, age: "adult" };
    expect(getQuestionPath(answers)).toEqual(["q-immediate-danger", "q-medical-need", "q-age", "q-nrm-status"]);
    expect(getNextQuestion(answers)?.id).toBe("q-nrm-status");
    expect(getNextQuestion({ ...answers, nrmStatus: "not-referred" })?.id).toBe("q-consent");
    expect(getNextQuestion(answerAll({ age: "adult", consentToNrm: "no" }))).toBeNull();
  });

  it("drops answers that no longer apply after a change", () => {
    const before = answerAll({
      age: "adult",
      consentToNrm: "no",
      isSuspect: true,
      offence: { act: "Theft Act 1968", section: "8" },
    });
    const after = pruneAnswers({ ...before, age: "under-18", isSuspect: false });
    expect(after.consentToNrm).toBeUndefined();
    expect(after.offence).toBeUndefined();
    expect(after.age).toBe("under-18");
  });

  it("turns complete answers into facts", () => {
    const result = factsFromAnswers(answerAll({ age: "under-18", isSuspect: true, offence: null }));
    expect(result).toEqual({
      ok: true,
      facts: facts({ age: "under-18", consentToNrm: "not-asked", suspect: {} }, {}, "essex"),
    });
  });

  it("names the next question when answers are incomplete", () => {
    expect(factsFromAnswers({ immediateDanger: false })).toEqual({ ok: false, nextQuestion: "q-medical-need" });
  });

  it("round-trips facts through answers", () => {
    const cases = [
      facts({ consentToNrm: "no" }),
      facts(
        { age: "uncertain", consentToNrm: "not-asked", suspect: { offence: { act: "common law", name: "kidnapping" } } },
        { needsInterpreter: true },
      ),
      facts({ nrmStatus: "positive-cg", consentToNrm: "not-asked" }, { immediateDanger: true }, "british-transport-police"),
    ];
    for (const f of cases) expect(factsFromAnswers(answersFromFacts(f))).toEqual({ ok: true, facts: f });
  });
});
