// Where Next, Back and Reveal take the presenter's phone. The phone shows the
// real encounter screens under the presenter's address; Next gives the good
// officer's answer to the question on screen and moves on, Back goes to the
// screen before, Reveal gives every remaining answer and shows the outcome.
// The screen says where it is; this decides where it goes.
import { getQuestion, getQuestionPath, type Answers } from "../../pathway";
import { guardScreen, nextScreen, screenAfterAnswer, type EncounterScreen } from "../../encounter";
import type { Scenario } from "../model/scenario";

export type PresenterCommand = "next" | "back" | "reveal";

export interface PresenterMove {
  /** Answers to record before moving (Next: one; Reveal: all of the scenario's, replacing any others). */
  answers?: { replace: boolean; values: Answers };
  to: EncounterScreen;
}

const RESULT: EncounterScreen = { kind: "outcome", screen: "result" };

export function presenterMove(
  command: PresenterCommand,
  scenario: Scenario,
  answers: Answers,
  screen: EncounterScreen,
): PresenterMove | null {
  if (command === "reveal") return { answers: { replace: true, values: scenario.answers }, to: RESULT };
  return command === "next" ? next(scenario, answers, screen) : back(answers, screen);
}

function next(scenario: Scenario, answers: Answers, screen: EncounterScreen): PresenterMove | null {
  switch (screen.kind) {
    case "entry": {
      const guard = guardScreen(screen, answers);
      return guard.kind === "redirect" ? { to: guard.to } : null;
    }
    case "question": {
      const question = getQuestion(screen.id);
      if (question === undefined) return null;
      const value = scenario.answers[question.field];
      // A question the scenario does not answer (the trainer took another path): follow the phone.
      if (value === undefined) return { to: nextScreen(answers) };
      const after = { ...answers, [question.field]: value };
      return { answers: { replace: false, values: { [question.field]: value } }, to: screenAfterAnswer(question.field, after) };
    }
    case "interruption":
      return { to: nextScreen(answers) };
    case "check":
      return { answers: { replace: true, values: scenario.answers }, to: RESULT };
    case "outcome":
      return null;
  }
}

function back(answers: Answers, screen: EncounterScreen): PresenterMove | null {
  const path = getQuestionPath(answers);
  const last = path.at(-1);
  switch (screen.kind) {
    case "entry":
      return null;
    case "question": {
      const index = path.indexOf(screen.id);
      const previous = index > 0 ? path[index - 1] : undefined;
      return previous === undefined ? null : { to: { kind: "question", id: previous } };
    }
    case "interruption":
      return { to: { kind: "question", id: "q-immediate-danger" } };
    case "check":
      return last === undefined ? null : { to: { kind: "question", id: last } };
    case "outcome":
      return screen.screen === "result" ? { to: { kind: "check" } } : { to: RESULT };
  }
}

export interface PresenterProgress {
  /** 1-based position among the good officer's questions, or null off that path. */
  question: number | null;
  total: number;
  revealed: boolean;
}

/** How far through the scenario the phone is, for "Question 3 of 11" and the reveal. */
export function presenterProgress(asked: readonly string[], screen: EncounterScreen): PresenterProgress {
  // The entry shows the first question as soon as the phone has loaded.
  const index = screen.kind === "question" ? asked.indexOf(screen.id) : screen.kind === "entry" ? 0 : -1;
  return {
    question: index >= 0 && asked.length > 0 ? index + 1 : null,
    total: asked.length,
    revealed: screen.kind === "outcome",
  };
}
