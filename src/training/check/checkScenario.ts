// Whether the engine says what a scenario expects. Run by the unit tests for
// the built-in library (so a content change that alters an expected outcome
// fails the build) and on every imported scenario before it is offered.
import { routeKey } from "../../pathway";
import type { Scenario } from "../model/scenario";
import { runAnswers, type RunProblem } from "./expectedRun";

export function checkScenario(scenario: Scenario): RunProblem[] {
  const run = runAnswers(scenario.answers);
  if (!run.ok) return run.problems;
  const problems: RunProblem[] = [];
  const { decision, asked } = run;
  const e = scenario.expect;
  const differs = (field: string, expected: string, actual: string): void => {
    if (expected !== actual)
      problems.push({
        field: `expect.${field}`,
        message: `the scenario expects "${expected}", but the engine gives "${actual}" for its answers`,
      });
  };
  differs("route", e.route, decision.referral.route);
  differs("routeKey", e.routeKey, routeKey(decision));
  differs("section45", e.section45, decision.section45.status);
  differs("supportStage", e.supportStage, decision.supportStage);
  differs("subStage", e.subStage, decision.subStage);
  differs("nation", e.nation, decision.nation);
  const actions = new Set(decision.actions.map((a) => a.id));
  e.actions.forEach((id, i) => {
    if (!actions.has(id))
      problems.push({ field: `expect.actions[${i}]`, message: `the engine does not give the action "${id}" for these answers` });
  });
  scenario.answerNotes.forEach((note, i) => {
    if (!asked.includes(note.question))
      problems.push({
        field: `answerNotes[${i}].question`,
        message: `a note for ${note.question}, which the phone does not ask with these answers`,
      });
  });
  return problems;
}
