import { useTranslation } from "react-i18next";
import { formatOffence, type Answers, type OffenceRef, type Question } from "../../pathway";
import { useAreaName } from "../../ui/AreaOptions";

/** An offence in words: "Theft Act 1968 s8", "Common law: kidnapping", or "Not known yet". */
export function useOffenceLabel(): (offence: OffenceRef | null | undefined) => string {
  const { t } = useTranslation("encounter");
  const { t: tc } = useTranslation();
  return (offence) =>
    offence === null || offence === undefined ? t("offence.notKnown") : formatOffence(offence, tc("app.commonLaw"));
}

/** The answer to a question in words, for check-your-answers and the hand-over summary. */
export function useAnswerLabel(): (question: Question, answers: Answers) => string {
  const areaName = useAreaName();
  const offenceLabel = useOffenceLabel();
  return (question, answers) => {
    if (question.kind === "force-area") return answers.area === undefined ? "" : areaName(answers.area);
    if (question.kind === "offence") return offenceLabel(answers.offence);
    const value = answers[question.field];
    return question.options?.find((o) => o.value === value)?.label ?? "";
  };
}
