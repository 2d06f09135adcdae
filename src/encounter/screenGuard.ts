// Which screen to show for an address, given the answers so far. A question
// or outcome that does not apply yet sends the officer to the next question
// that does, so a bookmarked or typed address never shows a screen out of turn.
import { factsFromAnswers, getQuestion, getQuestionPath, type Answers } from "../pathway";
import type { EncounterScreen } from "./paths";

export type GuardResult =
  { kind: "show"; screen: EncounterScreen } | { kind: "redirect"; to: EncounterScreen } | { kind: "unknown" };

function next(answers: Answers): EncounterScreen {
  const facts = factsFromAnswers(answers);
  return facts.ok ? { kind: "check" } : { kind: "question", id: facts.nextQuestion };
}

export function guardScreen(screen: EncounterScreen, answers: Answers): GuardResult {
  switch (screen.kind) {
    case "entry":
      return { kind: "redirect", to: next(answers) };
    case "check":
      return { kind: "show", screen };
    case "interruption":
      // Only while the answer that raised it stands.
      return answers.immediateDanger === true ? { kind: "show", screen } : { kind: "redirect", to: next(answers) };
    case "question": {
      if (getQuestion(screen.id) === undefined) return { kind: "unknown" };
      // Answered questions and the first unanswered one may be shown.
      return getQuestionPath(answers).includes(screen.id) ? { kind: "show", screen } : { kind: "redirect", to: next(answers) };
    }
    case "outcome": {
      const facts = factsFromAnswers(answers);
      if (!facts.ok) return { kind: "redirect", to: { kind: "question", id: facts.nextQuestion } };
      if (screen.screen === "section-45" && facts.facts.person.suspect === undefined) {
        return { kind: "redirect", to: { kind: "outcome", screen: "result" } };
      }
      return { kind: "show", screen };
    }
  }
}
