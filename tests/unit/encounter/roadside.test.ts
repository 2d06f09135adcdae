// The roadside flow's decisions, without a browser: danger interrupts, the
// answer to record from the outcome, and the actions in phases.
import { describe, expect, it } from "vitest";
import { screenAfterAnswer, nextScreen } from "../../../src/encounter/nextStep";
import { answerToRecord } from "../../../src/encounter/recordFromOutcome";
import { actionPhases } from "../../../src/encounter/actionPhases";
import { guardScreen } from "../../../src/encounter/screenGuard";
import { ACTION_PHASES, decide, factsFromAnswers, PATHWAY_CONTENT, type Answers } from "../../../src/pathway";
import { facts } from "../pathway/fixtures";

const BASE: Answers = {
  immediateDanger: false,
  medicalNeed: false,
  age: "adult",
  exploitation: ["not-known"],
  nrmStatus: "not-referred",
  isSuspect: false,
  needsInterpreter: false,
  canDecide: true,
  needsAccommodation: false,
  area: "kent",
};

const decisionOf = (answers: Answers) => {
  const f = factsFromAnswers(answers);
  if (!f.ok) throw new Error(`incomplete: ${f.nextQuestion}`);
  return decide(f.facts);
};

describe("danger interrupts", () => {
  it("'Yes' to immediate danger goes to the interruption, 'No' to the next question", () => {
    expect(screenAfterAnswer("immediateDanger", { immediateDanger: true })).toEqual({ kind: "interruption", id: "danger" });
    expect(screenAfterAnswer("immediateDanger", { immediateDanger: false })).toEqual({ kind: "question", id: "q-medical-need" });
    expect(screenAfterAnswer("medicalNeed", { immediateDanger: true, medicalNeed: false })).toEqual({
      kind: "question",
      id: "q-age",
    });
    expect(nextScreen({ ...BASE, consentToNrm: "yes" })).toEqual({ kind: "check" });
  });

  it("the interruption's address shows only while the danger answer stands", () => {
    expect(guardScreen({ kind: "interruption", id: "danger" }, { immediateDanger: true })).toEqual({
      kind: "show",
      screen: { kind: "interruption", id: "danger" },
    });
    expect(guardScreen({ kind: "interruption", id: "danger" }, {})).toEqual({
      kind: "redirect",
      to: { kind: "question", id: "q-immediate-danger" },
    });
  });
});

describe("recording the person's answer from the outcome", () => {
  it("offers consent, refusal or cannot decide while consent is not asked, each setting the contract's answers", () => {
    const answers = { ...BASE, consentToNrm: "not-asked" } as const;
    const question = answerToRecord(answers, decisionOf(answers));
    expect(question?.kind).toBe("consent");
    const routes = question?.choices.map((c) => [c.id, decisionOf({ ...answers, ...c.set }).referral.route]);
    expect(routes).toEqual([
      ["consents", "nrm"],
      ["declines", "duty-to-notify"],
      ["cannot-decide", "best-interests"],
    ]);
  });

  it("offers staying or withdrawing for an adult in an open case not yet asked", () => {
    const answers = { ...BASE, nrmStatus: "awaiting-rg", staysInNrm: "not-asked" } as const;
    const question = answerToRecord(answers, decisionOf(answers));
    expect(question?.kind).toBe("stay");
    const withdraw = question?.choices.find((c) => c.id === "withdraws");
    expect(decisionOf({ ...answers, ...withdraw?.set }).actions.map((a) => a.id)).toContain("withdrawal-form");
  });

  it("offers nothing once answered, or for a child", () => {
    const consented = { ...BASE, consentToNrm: "yes" } as const;
    expect(answerToRecord(consented, decisionOf(consented))).toBeNull();
    const child: Answers = { ...BASE, age: "under-18", canDecide: undefined };
    expect(answerToRecord(child, decisionOf(child))).toBeNull();
  });
});

describe("actions in phases", () => {
  it("puts every action of every decision in one of the three phases", () => {
    for (const action of PATHWAY_CONTENT.actions) expect(ACTION_PHASES, action.id).toContain(action.phase);
    const decision = decide(
      facts({ consentToNrm: "yes", suspect: {} }, { immediateDanger: true, medicalNeed: true, needsAccommodation: true }),
    );
    const groups = actionPhases(decision.actions, []);
    expect(groups.map((g) => g.phase)).toEqual(["now", "before-you-leave", "after"]);
    expect(groups.flatMap((g) => g.actions.map((a) => a.id)).sort()).toEqual(decision.actions.map((a) => a.id).sort());
  });

  it("opens 'now' first, then the next phase once every earlier one is done, and counts each", () => {
    const decision = decide(facts({ consentToNrm: "yes" }, { immediateDanger: true }));
    expect(actionPhases(decision.actions, []).map((g) => g.openAtFirst)).toEqual([true, false, false]);
    const nowIds = decision.actions.filter((a) => a.phase === "now").map((a) => a.id);
    const afterNow = actionPhases(decision.actions, nowIds);
    expect(afterNow.map((g) => g.openAtFirst)).toEqual([false, true, false]);
    expect(afterNow[0]?.done).toBe(nowIds.length);
    const all = decision.actions.map((a) => a.id);
    expect(actionPhases(decision.actions, all).map((g) => g.openAtFirst)).toEqual([true, false, false]);
  });
});
