// The built-in scenario library against the engine: every scenario's answers
// are asked one question at a time, as the phone asks them, and the engine
// must give exactly the route, section 45 status, support stage and actions the
// scenario expects. A content change that alters an expected outcome fails here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { routeKey } from "../../../src/pathway";
import {
  BUILTIN_SCENARIOS,
  ROUTE_KEYS,
  builtinScenarioText,
  checkScenario,
  lookupInTree,
  runAnswers,
  scenarioSchema,
  type Scenario,
} from "../../../src/training";

const LANGUAGES = ["en-GB", "cy"] as const;
const words = Object.fromEntries(
  LANGUAGES.map((l) => [
    l,
    JSON.parse(readFileSync(`locales/${l}/training.json`, "utf8")) as { scenarios: Record<string, unknown> },
  ]),
) as Record<(typeof LANGUAGES)[number], { scenarios: Record<string, unknown> }>;

describe("the built-in scenario library", () => {
  it("has at least twelve scenarios, each valid, with unique ids", () => {
    expect(BUILTIN_SCENARIOS.length).toBeGreaterThanOrEqual(12);
    for (const s of BUILTIN_SCENARIOS) expect(scenarioSchema.safeParse(s).success, s.id).toBe(true);
    const ids = BUILTIN_SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("covers the hard cases the issue names and the referral routes", () => {
    const ids = BUILTIN_SCENARIOS.map((s) => s.id);
    for (const id of [
      "car-wash-declines",
      "cannabis-grow-teenager",
      "nail-bar",
      "county-lines",
      "domestic-servitude",
      "exploiter-present",
      "age-in-doubt",
      "cannot-decide",
      "exploited-again",
      "wales-farm",
      "railway-station",
      "schedule-4-robbery",
    ])
      expect(ids).toContain(id);
    const byId = new Map(BUILTIN_SCENARIOS.map((s) => [s.id, s]));
    expect(byId.get("age-in-doubt")?.answers.age).toBe("uncertain");
    expect(byId.get("exploiter-present")?.answers.consentToNrm).toBe("not-asked");
    expect(byId.get("cannot-decide")?.answers.canDecide).toBe(false);
    expect(byId.get("exploited-again")?.answers.newExploitation).toBe(true);
    expect(byId.get("wales-farm")?.expect.nation).toBe("wales");
    expect(byId.get("railway-station")?.answers.area).toBe("british-transport-police");
    expect(byId.get("schedule-4-robbery")?.expect.section45).toBe("excluded-schedule-4");
    const routes = new Set(BUILTIN_SCENARIOS.map((s) => s.expect.routeKey));
    for (const key of ROUTE_KEYS.filter((k) => k !== "dtnScotland" && k !== "concludedCase")) expect(routes, key).toContain(key);
  });

  it.each(BUILTIN_SCENARIOS.map((s) => [s.id, s] as const))("%s: the engine gives the expected outcome", (_id, scenario) => {
    const run = runAnswers(scenario.answers);
    if (!run.ok) throw new Error(run.problems.map((p) => `${p.field}: ${p.message}`).join("\n"));
    const d = run.decision;
    const e = scenario.expect;
    expect(d.referral.route).toBe(e.route);
    expect(routeKey(d)).toBe(e.routeKey);
    expect(d.section45.status).toBe(e.section45);
    expect(d.supportStage).toBe(e.supportStage);
    expect(d.subStage).toBe(e.subStage);
    expect(d.nation).toBe(e.nation);
    expect(d.actions.map((a) => a.id)).toEqual(expect.arrayContaining([...e.actions]));
    // Every answer given is one the phone asks: nothing in the scenario is ignored.
    expect(Object.keys(run.answers).sort()).toEqual(Object.keys(scenario.answers).sort());
    for (const note of scenario.answerNotes) expect(run.asked, note.question).toContain(note.question);
    expect(checkScenario(scenario)).toEqual([]);
  });

  it("a changed expectation fails, naming the field", () => {
    const [first] = BUILTIN_SCENARIOS;
    if (first === undefined) throw new Error("no scenarios");
    const wrong: Scenario = {
      ...first,
      expect: { ...first.expect, route: "nrm", actions: [...first.expect.actions, "withdrawal-form"] },
    };
    const problems = checkScenario(wrong);
    expect(problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(["expect.route", `expect.actions[${first.expect.actions.length}]`]),
    );
    expect(problems.find((p) => p.field === "expect.route")?.message).toMatch(
      /expects "nrm", but the engine gives "duty-to-notify"/,
    );
  });

  it("an answer the phone never asks, or a question left unanswered, is a problem", () => {
    const [first] = BUILTIN_SCENARIOS;
    if (first === undefined) throw new Error("no scenarios");
    expect(checkScenario({ ...first, answers: { ...first.answers, staysInNrm: "yes" } }).map((p) => p.field)).toEqual([
      "answers.staysInNrm",
    ]);
    const { area: _area, ...withoutArea } = first.answers;
    expect(checkScenario({ ...first, answers: withoutArea }).map((p) => p.field)).toEqual(["answers.area"]);
  });

  it.each(LANGUAGES)("has every scenario's words in %s, and no words for a scenario that does not exist", (language) => {
    for (const scenario of BUILTIN_SCENARIOS) {
      const text = builtinScenarioText(scenario, lookupInTree(words[language]));
      expect(text, `${language} ${scenario.id}`).not.toBeNull();
      expect(text?.story.length ?? 0).toBeGreaterThan(0);
      expect(text?.notes.length ?? 0).toBeGreaterThan(0);
    }
    expect(Object.keys(words[language].scenarios).sort()).toEqual(BUILTIN_SCENARIOS.map((s) => s.id).sort());
  });

  it("cites public documents only: a title, an https address where there is one, never a path of this repository", () => {
    const sources = BUILTIN_SCENARIOS.flatMap((s) => [...s.debrief, ...s.answerNotes].flatMap((p) => p.sources));
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect(source.title.length).toBeGreaterThan(0);
      if (source.url !== undefined) expect(source.url).toMatch(/^https:\/\//);
      const all = Object.values(source).join(" ");
      expect(all).not.toMatch(/(^|[\s(])(src|locales|tests|docs|shared)\/|\.tsx?\b|\.\.\//);
    }
  });
});
