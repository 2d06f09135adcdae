import { useTranslation } from "react-i18next";
import { useContentText, type Answers, type OffenceRef, type Question } from "../../pathway";
import { useAreaName } from "../../ui/AreaOptions";
import { isForceAreaId } from "../../shared/forceAreas";

/** An offence in words: "Theft Act 1968 s8", "Common law: kidnapping", or "Not known yet". */
export function useOffenceLabel(): (offence: OffenceRef | null | undefined) => string {
  const { t } = useTranslation("encounter");
  const { offences } = useContentText();
  return (offence) => (offence === null || offence === undefined ? t("offence.notKnown") : offences.offence(offence));
}

/** Where a BTP officer is: a force area's name, or Scotland. */
export function useLocalAreaName(): (localArea: string) => string {
  const { t } = useTranslation("encounter");
  const areaName = useAreaName();
  return (localArea) => (isForceAreaId(localArea) ? areaName(localArea) : t("question.scotland"));
}

/** The answer to a question in words, for check-your-answers and the hand-over summary. */
export function useAnswerLabel(): (question: Question, answers: Answers) => string {
  const areaName = useAreaName();
  const localAreaName = useLocalAreaName();
  const offenceLabel = useOffenceLabel();
  const { text } = useContentText();
  return (question, answers) => {
    if (question.kind === "force-area") return answers.area === undefined ? "" : areaName(answers.area);
    if (question.kind === "local-area") return answers.localArea === undefined ? "" : localAreaName(answers.localArea);
    if (question.kind === "offence") return offenceLabel(answers.offence);
    const value = answers[question.field];
    const options = question.options ?? [];
    if (Array.isArray(value)) {
      return options
        .filter((o) => (value as readonly unknown[]).includes(o.value))
        .map((o) => text.option(question, o.id).label)
        .join(", ");
    }
    const option = options.find((o) => o.value === value);
    return option === undefined ? "" : text.option(question, option.id).label;
  };
}
