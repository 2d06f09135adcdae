import { useState, type SyntheticEvent } from "react";
import { useTranslation } from "react-i18next";
import { FORCE_AREA_IDS, type ForceAreaId } from "../../shared/forceAreas";
import type { Question } from "../../pathway";
import { EnumSelect, Field } from "../../ui/form";
import { useAreaName } from "../../ui/AreaOptions";
import { ANSWER_ID } from "./QuestionScreen";

export function AreaAnswer(props: {
  question: Question;
  current: ForceAreaId | undefined;
  error: string | null;
  onError: (message: string) => void;
  onClear: () => void;
  onAnswer: (area: ForceAreaId) => void;
}) {
  const { t } = useTranslation("encounter");
  const areaName = useAreaName();
  const [area, setArea] = useState<ForceAreaId | "">(props.current ?? "");
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (area === "") props.onError(t("question.chooseArea"));
    else props.onAnswer(area);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Field heading id={ANSWER_ID} label={props.question.text} hint={props.question.hint} error={props.error}>
        {(control) => (
          <EnumSelect
            control={control}
            options={FORCE_AREA_IDS}
            label={areaName}
            empty={{ value: "", label: t("question.chooseAreaOption") }}
            value={area}
            onChange={(v) => {
              setArea(v);
              props.onClear();
            }}
          />
        )}
      </Field>
      <button type="submit" className="button" data-testid="continue">
        {t("question.continue")}
      </button>
    </form>
  );
}
