import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { useContentText, type Answers, type FactField, type OffenceRef, type Question } from "../../pathway";

/** An answer in the interface's words, as the phone's options say it. */
export function useAnswerWords(): (question: Question, value: Answers[FactField]) => string {
  const { t: common } = useTranslation();
  const { t: encounter } = useTranslation("encounter");
  const { text, offences } = useContentText();
  return useCallback(
    (question, value) => {
      if (value === undefined) return "";
      if (question.kind === "force-area" || question.kind === "local-area") {
        if (value === "scotland") return encounter("question.scotland");
        return typeof value === "string" ? common(`areas.${value}` as never) : "";
      }
      if (question.kind === "offence")
        return value === null ? encounter("offence.notKnown") : offences.offence(value as OffenceRef);
      const options = question.options ?? [];
      const chosen = Array.isArray(value)
        ? options.filter((o) => (value as readonly unknown[]).includes(o.value))
        : options.filter((o) => o.value === value);
      return chosen.map((o) => text.option(question, o.id).label).join(", ");
    },
    [common, encounter, text, offences],
  );
}
