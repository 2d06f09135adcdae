// Where the flow goes after an answer: the next question that applies, check
// your answers, or an interruption first when the answer needs acting on at
// once ("Yes" to immediate danger). Plain data in, a screen out: the question
// screen only follows it.
import { getNextQuestion, type Answers } from "../pathway";
import type { EncounterScreen } from "./paths";

/** The next unanswered question, or check your answers. */
export function nextScreen(answers: Answers): EncounterScreen {
  const next = getNextQuestion(answers);
  return next ? { kind: "question", id: next.id } : { kind: "check" };
}

/** After answering `field`: "Yes" to immediate danger interrupts before anything else. */
export function screenAfterAnswer(field: keyof Answers, answers: Answers): EncounterScreen {
  if (field === "immediateDanger" && answers.immediateDanger === true) return { kind: "interruption", id: "danger" };
  return nextScreen(answers);
}
