import { useState, type SyntheticEvent } from "react";
import { useTranslation } from "react-i18next";
import { AreaOptions } from "../../ui/AreaOptions";
import { isForceAreaId, type ForceAreaId } from "../../shared/forceAreas";
import type { Question } from "../../pathway/model/contentSchema";

export function AreaAnswer(props: {
  question: Question;
  current: ForceAreaId | undefined;
  hintId: string;
  error: string | null;
  errorId: string;
  onError: (message: string | null) => void;
  onAnswer: (area: ForceAreaId) => void;
}) {
  const { t } = useTranslation("encounter");
  const [area, setArea] = useState<string>(props.current ?? "");
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (!isForceAreaId(area)) {
      props.onError(t("question.chooseArea"));
      return;
    }
    props.onAnswer(area);
  };
  return (
    <form onSubmit={submit} noValidate>
      <div className={`field${props.error === null ? "" : " field--error"}`}>
        <h1 className="question">
          <label htmlFor="answer">{props.question.text}</label>
        </h1>
        {props.question.hint === undefined ? null : (
          <p className="hint" id={props.hintId}>
            {props.question.hint}
          </p>
        )}
        {props.error === null ? null : (
          <p className="error-message" id={props.errorId}>
            {props.error}
          </p>
        )}
        <select
          id="answer"
          className="select"
          value={area}
          aria-describedby={
            [props.question.hint === undefined ? "" : props.hintId, props.error === null ? "" : props.errorId].join(" ").trim() ||
            undefined
          }
          onChange={(e) => {
            setArea(e.target.value);
            props.onError(null);
          }}
        >
          <AreaOptions empty={t("question.chooseAreaOption")} />
        </select>
      </div>
      <button type="submit" className="button" data-testid="continue">
        {t("question.continue")}
      </button>
    </form>
  );
}
