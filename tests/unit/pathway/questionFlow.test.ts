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
  type Facts,
} from "../../../src/pathway";
import { facts } from "./fixtures";

const ADULT_PATH = [
  "q-immediate-danger",
  "q-medical-need",
  "q-age",
  "q-exploitation",
  "q-nrm-status",
  "q-is-suspect",
  "q-needs-interpreter",
  "q-can-decide",
  "q-consent",
  "q-needs-accommodation",
  "q-area",
];

function answerAll(base: Answers, extra: Answers = {}): Answers {
  return {
    immediateDanger: false,
    medicalNeed: false,
    exploitation: ["not-known"],
    nrmStatus: "not-referred",
    isSuspect: false,
    needsInterpreter: false,
    canDecide: true,
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

  it("asks capacity, then consent, only for an adult with a decision to make", () => {
    expect(getQuestionPath(answerAll({ age: "adult", consentToNrm: "yes" }))).toEqual(ADULT_PATH);
    for (const age of ["under-18", "uncertain"] as const) {
      const path = getQuestionPath(answerAll({ age }));
      expect(path).not.toContain("q-consent");
      expect(path).not.toContain("q-can-decide");
    }
    // An open case: capacity, then whether they want to stay (not consent to a new referral).
    const open = getQuestionPath(answerAll({ age: "adult", nrmStatus: "positive-rg", staysInNrm: "yes" }));
    expect(open).toEqual(expect.arrayContaining(["q-can-decide", "q-stays-in-nrm"]));
    expect(open).not.toContain("q-consent");
    // A case that has ended, nothing new: nothing to decide.
    const ended = getQuestionPath(answerAll({ age: "adult", nrmStatus: "negative-cg", newExploitation: false }));
    expect(ended).toContain("q-new-exploitation");
    expect(ended).not.toContain("q-can-decide");
    // New exploitation: a new decision, with consent.
    expect(
      getQuestionPath(answerAll({ age: "adult", nrmStatus: "negative-cg", newExploitation: true, consentToNrm: "no" })),
    ).toContain("q-consent");
  });

  it("does not ask for consent from an adult who cannot decide", () => {
    const path = getQuestionPath(answerAll({ age: "adult", canDecide: false }));
    expect(path).toContain("q-can-decide");
    expect(path).not.toContain("q-consent");
    expect(getNextQuestion(answerAll({ age: "adult", canDecide: false }))).toBeNull();
  });

  it("asks the offence only for a suspect", () => {
    const path = getQuestionPath(answerAll({ age: "under-18", isSuspect: true, offence: null }));
    expect(path.indexOf("q-offence")).toBe(path.indexOf("q-is-suspect") + 1);
    expect(getQuestionPath(answerAll({ age: "under-18" }))).not.toContain("q-offence");
  });

  it("stops the path at the first unanswered question", () => {
    const answers: Answers = { immediateDanger: true, medicalNeed: false, age: "adult" };
    expect(getQuestionPath(answers)).toEqual(["q-immediate-danger", "q-medical-need", "q-age", "q-exploitation"]);
    expect(getNextQuestion(answers)?.id).toBe("q-exploitation");
    const upToConsent: Answers = {
      ...answers,
      exploitation: ["sexual"],
      nrmStatus: "not-referred",
      isSuspect: false,
      needsInterpreter: true,
      canDecide: true,
    };
    expect(getNextQuestion(upToConsent)?.id).toBe("q-consent");
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
    expect(after.canDecide).toBeUndefined();
    expect(after.offence).toBeUndefined();
    expect(after.age).toBe("under-18");
    // Leaving British Transport Police drops where the officer was.
    const btp = pruneAnswers({ ...answerAll({ age: "under-18" }), area: "british-transport-police", localArea: "gwent" });
    expect(btp.localArea).toBe("gwent");
    expect(pruneAnswers({ ...btp, area: "gwent" }).localArea).toBeUndefined();
  });

  it("turns complete answers into facts", () => {
    const result = factsFromAnswers(answerAll({ age: "under-18", isSuspect: true, offence: null }));
    expect(result).toEqual({
      ok: true,
      facts: facts({ age: "under-18", consentToNrm: "not-asked", suspect: {} }, { exploitation: ["not-known"] }, "essex"),
    });
  });

  it("maps the phone's hard-case answers onto the contract's consent", () => {
    const lacks = factsFromAnswers(answerAll({ age: "adult", canDecide: false }));
    expect(lacks.ok && lacks.facts.person.consentToNrm).toBe("lacks-capacity");
    const withdraws = factsFromAnswers(answerAll({ age: "adult", nrmStatus: "awaiting-rg", staysInNrm: "no" }));
    expect(withdraws.ok && withdraws.facts.person.consentToNrm).toBe("no");
    const again = factsFromAnswers(
      answerAll({ age: "adult", nrmStatus: "exited-support", newExploitation: true, consentToNrm: "no" }),
    );
    expect(again.ok && again.facts.person).toEqual({
      age: "adult",
      consentToNrm: "no",
      nrmStatus: "exited-support",
      newExploitation: true,
    });
    const btp = factsFromAnswers(answerAll({ age: "under-18", area: "british-transport-police", localArea: "scotland" }));
    expect(btp.ok && btp.facts.localArea).toBe("scotland");
  });

  it("names the next question when answers are incomplete", () => {
    expect(factsFromAnswers({ immediateDanger: false })).toEqual({ ok: false, nextQuestion: "q-medical-need" });
  });

  it("round-trips facts through answers", () => {
    const withSigns = (f: Facts): Facts => ({
      ...f,
      situation: { ...f.situation, exploitation: f.situation.exploitation ?? ["not-known"] },
    });
    const cases: Facts[] = [
      withSigns(facts({ consentToNrm: "no" })),
      withSigns(facts({ consentToNrm: "lacks-capacity" })),
      withSigns(
        facts(
          { age: "uncertain", consentToNrm: "not-asked", suspect: { offence: { act: "common law", name: "kidnapping" } } },
          { needsInterpreter: true, exploitation: ["criminal", "labour"] },
        ),
      ),
      withSigns(
        facts({ nrmStatus: "positive-cg", consentToNrm: "not-asked", newExploitation: false }, { immediateDanger: true }),
      ),
      withSigns(facts({ nrmStatus: "positive-rg", consentToNrm: "no" })),
      withSigns(facts({ nrmStatus: "exited-support", consentToNrm: "yes", newExploitation: true })),
      { ...withSigns(facts({}, {}, "british-transport-police")), localArea: "north-wales" },
    ];
    for (const f of cases) expect(factsFromAnswers(answersFromFacts(f))).toEqual({ ok: true, facts: f });
  });
});
