import { useState, type SyntheticEvent } from "react";
import { useTranslation } from "react-i18next";
import { FORCE_AREA_IDS, type ForceAreaId } from "../../shared/forceAreas";
import { LOCAL_AREA_VALUES, useContentText, type LocalArea, type Question } from "../../pathway";
import { EnumSelect, Field } from "../../ui/form";
import { useAreaName } from "../../ui/AreaOptions";
import { useLocalAreaName } from "./answerLabel";
import { ANSWER_ID } from "./QuestionScreen";

/** A select over a fixed list, as a question screen (the force, or where a BTP officer is). */
function SelectAnswer<T extends string>(props: {
  question: Question;
  options: readonly T[];
  label: (value: T) => string;
  emptyLabel: string;
  required: string;
  current: T | undefined;
  error: string | null;
  onError: (message: string) => void;
  onClear: () => void;
  onAnswer: (value: T) => void;
}) {
  const { t } = useTranslation("encounter");
  const { text } = useContentText();
  const words = text.question(props.question);
  const [value, setValue] = useState<T | "">(props.current ?? "");
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (value === "") props.onError(props.required);
    else props.onAnswer(value);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Field heading id={ANSWER_ID} label={words.text} hint={words.hint} error={props.error}>
        {(control) => (
          <EnumSelect
            control={control}
            options={props.options}
            label={props.label}
            empty={{ value: "", label: props.emptyLabel }}
            value={value}
            onChange={(v) => {
              setValue(v);
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

type AnswerProps<T> = {
  question: Question;
  current: T | undefined;
  error: string | null;
  onError: (message: string) => void;
  onClear: () => void;
  onAnswer: (value: T) => void;
};

export function AreaAnswer(props: AnswerProps<ForceAreaId>) {
  const { t } = useTranslation("encounter");
  const areaName = useAreaName();
  return (
    <SelectAnswer
      {...props}
      options={FORCE_AREA_IDS}
      label={areaName}
      emptyLabel={t("question.chooseAreaOption")}
      required={t("question.chooseArea")}
    />
  );
}

export function LocalAreaAnswer(props: AnswerProps<LocalArea>) {
  const { t } = useTranslation("encounter");
  const localAreaName = useLocalAreaName();
  return (
    <SelectAnswer
      {...props}
      options={LOCAL_AREA_VALUES}
      label={localAreaName}
      emptyLabel={t("question.chooseLocalAreaOption")}
      required={t("question.chooseLocalArea")}
    />
  );
}
