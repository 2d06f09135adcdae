import type { Question } from "../../pathway/model/contentSchema";
import type { Answers } from "../../pathway/model/facts";
import { FORCE_AREA_NAMES } from "../../shared/forceAreas";
import type { OffenceRef } from "../../pathway/schedule4";

export function offenceLabel(offence: OffenceRef | null | undefined, notKnown: string, commonLaw = "Common law"): string {
  if (offence === null || offence === undefined) return notKnown;
  if ("name" in offence) return `${commonLaw}: ${offence.name}`;
  return `${offence.act} s${offence.section}`;
}

/** The answer to a question in words, for check-your-answers and the hand-over summary. */
export function answerLabel(question: Question, answers: Answers, notKnown: string): string {
  if (question.kind === "force-area") return answers.area === undefined ? "" : FORCE_AREA_NAMES[answers.area];
  if (question.kind === "offence") return offenceLabel(answers.offence, notKnown);
  const value = answers[question.field];
  return question.options?.find((o) => o.value === value)?.label ?? "";
}
