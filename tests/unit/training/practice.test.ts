// Practice: a learner's answers against the good officer's. Each difference
// is found, the outcome difference explained by the rules behind it, and the
// score counts only the good officer's questions.
import { describe, expect, it } from "vitest";
import { getNextQuestion, pruneAnswers, type Answers } from "../../../src/pathway";
import { BUILTIN_SCENARIOS, compareRun, sameAnswer, type Scenario } from "../../../src/training";

function scenario(id: string): Scenario {
  const found = BUILTIN_SCENARIOS.find((s) => s.id === id);
  if (found === undefined) throw new Error(id);
  return found;
}

/** Answers the phone's questions one at a time from `given`, as a learner would. */
function answer(given: Answers): Answers {
  let answers: Answers = {};
  for (let q = getNextQuestion(answers); q !== null; q = getNextQuestion(answers)) {
    if (given[q.field] === undefined) throw new Error(`no answer to ${q.id}`);
    answers = pruneAnswers({ ...answers, [q.field]: given[q.field] });
  }
  return answers;
}

describe("comparing a practice run", () => {
  it("the expected answers score full marks with nothing to explain", () => {
    for (const s of BUILTIN_SCENARIOS) {
      const c = compareRun(s, answer(s.answers));
      if (!c.ok) throw new Error(`${s.id}: ${c.reason}`);
      expect(c.differences, s.id).toEqual([]);
      expect(c.outcome, s.id).toEqual([]);
      expect(c.score.correct).toBe(c.score.total);
      expect(c.score.routeCorrect).toBe(true);
    }
  });

  it("one wrong answer: the question, both answers, the route that changes and the rules behind it", () => {
    const carWash = scenario("car-wash-declines");
    const c = compareRun(carWash, answer({ ...carWash.answers, consentToNrm: "yes" }));
    if (!c.ok) throw new Error(c.reason);
    expect(c.differences.map((d) => [d.question.id, d.given, d.expected])).toEqual([["q-consent", "yes", "no"]]);
    expect(c.outcome).toEqual([
      { part: "route", expected: "dtn", given: "nrmAdult" },
      { part: "supportStage", expected: "declined-nrm", given: "pre-nrm" },
    ]);
    expect(c.missedRules.map((r) => r.ruleId)).toEqual(
      expect.arrayContaining(["referral-adult-declined", "dtn-england-and-wales"]),
    );
    for (const rule of c.missedRules) expect(rule.provenance.sources.length).toBeGreaterThan(0);
    expect(c.score).toEqual({ correct: c.score.total - 1, total: c.score.total, routeCorrect: false });
  });

  it("a different age asks different questions: both paths are compared", () => {
    const ageDoubt = scenario("age-in-doubt");
    const c = compareRun(ageDoubt, answer({ ...ageDoubt.answers, age: "adult", canDecide: true, consentToNrm: "no" }));
    if (!c.ok) throw new Error(c.reason);
    const ids = c.differences.map((d) => d.question.id);
    expect(ids).toEqual(["q-age", "q-can-decide", "q-consent"]);
    expect(c.differences[1]?.expected).toBeUndefined();
    expect(c.score.total).toBe(c.answers.filter((a) => a.expected !== undefined).length);
    expect(c.outcome.map((o) => o.part)).toContain("route");
  });

  it("an unfinished run is not compared", () => {
    expect(compareRun(scenario("nail-bar"), { immediateDanger: false })).toEqual({ ok: false, reason: "not-finished" });
  });

  it("treats lists in any order and the same offence as the same answer", () => {
    expect(sameAnswer("exploitation", ["labour", "criminal"], ["criminal", "labour"])).toBe(true);
    expect(sameAnswer("exploitation", ["labour"], ["labour", "criminal"])).toBe(false);
    expect(sameAnswer("offence", { act: "Theft Act 1968", section: "8" }, { act: "theft act 1968", section: "8" })).toBe(true);
    expect(sameAnswer("offence", { act: "Theft Act 1968", section: "8" }, null)).toBe(false);
    expect(sameAnswer("area", undefined, "kent")).toBe(false);
  });
});
