import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { useContentText, type Answers, type ContentText, type OffenceRef, type OffenceText, type Question } from "../../pathway";
import { isForceAreaId, type ForceAreaId } from "../../shared/forceAreas";

/** The translators labels are made from: the interface's language, or the hand-over summary's. */
export interface LabelTexts {
  /** The shell's namespace (force area names). */
  common: TFunction;
  encounter: TFunction<"encounter">;
  content: ContentText;
  offences: OffenceText;
}

export interface Labels {
  area: (area: ForceAreaId) => string;
  localArea: (localArea: string) => string;
  offence: (offence: OffenceRef | null | undefined) => string;
  answer: (question: Question, answers: Answers) => string;
}

/** Answers in words, in the language of the given translators. */
export function makeLabels({ common, encounter, content, offences }: LabelTexts): Labels {
  const area = (id: ForceAreaId): string => common(`areas.${id}`);
  const localArea = (id: string): string => (isForceAreaId(id) ? area(id) : encounter("question.scotland"));
  const offence = (ref: OffenceRef | null | undefined): string =>
    ref === null || ref === undefined ? encounter("offence.notKnown") : offences.offence(ref);
  const answer = (question: Question, answers: Answers): string => {
    if (question.kind === "force-area") return answers.area === undefined ? "" : area(answers.area);
    if (question.kind === "local-area") return answers.localArea === undefined ? "" : localArea(answers.localArea);
    if (question.kind === "offence") return offence(answers.offence);
    const value = answers[question.field];
    const options = question.options ?? [];
    if (Array.isArray(value)) {
      return options
        .filter((o) => (value as readonly unknown[]).includes(o.value))
        .map((o) => content.option(question, o.id).label)
        .join(", ");
    }
    const option = options.find((o) => o.value === value);
    return option === undefined ? "" : content.option(question, option.id).label;
  };
  return { area, localArea, offence, answer };
}

/** Labels in the interface's language. */
export function useLabels(): Labels {
  const { t: common } = useTranslation();
  const { t: encounter } = useTranslation("encounter");
  const { text, offences } = useContentText();
  return makeLabels({ common, encounter, content: text, offences });
}

export const useOffenceLabel = (): Labels["offence"] => useLabels().offence;
export const useLocalAreaName = (): Labels["localArea"] => useLabels().localArea;
export const useAnswerLabel = (): Labels["answer"] => useLabels().answer;
