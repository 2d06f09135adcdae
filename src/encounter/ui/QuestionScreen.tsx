import { useId, useState, type SyntheticEvent } from "react";
import { useTranslation } from "react-i18next";
import { navigate } from "../../platform/navigation/history";
import { Link } from "../../platform/navigation/Link";
import { getQuestion, getQuestionPath, getNextQuestion } from "../../pathway/engine/questionFlow";
import type { Question } from "../../pathway/model/contentSchema";
import type { Answers } from "../../pathway/model/facts";
import { setAnswer, useEncounter, getEncounter } from "../store";
import { ErrorSummary } from "../../ui/form/ErrorSummary";
import { AreaAnswer } from "./AreaAnswer";
import { OffenceAnswer } from "./OffenceAnswer";
import { CHECK, questionPath } from "./paths";
import { ProvenanceDetails } from "../../ui/ProvenanceDetails";
import { writeSetting } from "../../platform/settings/settings";

/** After answering: back to check-your-answers when changing, unless a new question now applies. */
function goNext(changing: boolean): void {
  const next = getNextQuestion(getEncounter().answers);
  if (next) navigate(questionPath(next.id, changing));
  else navigate(CHECK);
}

export function QuestionScreen({ questionId }: { questionId: string }) {
  const question = getQuestion(questionId);
  if (!question) return <UnknownQuestion />;
  return <QuestionForm question={question} />;
}

function UnknownQuestion() {
  const { t } = useTranslation("encounter");
  return (
    <>
      <h1>{t("question.unknown")}</h1>
      <p>
        <Link to="/encounter">{t("question.restart")}</Link>
      </p>
    </>
  );
}

function QuestionForm({ question }: { question: Question }) {
  const { t } = useTranslation("encounter");
  const { answers } = useEncounter();
  const changing = new URLSearchParams(globalThis.location.search).has("change");
  const [error, setErrorState] = useState<{ message: string; target: string } | null>(null);
  const setError = (message: string | null, target = "answer") => {
    setErrorState(message === null ? null : { message, target });
  };
  const hintId = useId();
  const errorId = useId();

  const path = getQuestionPath(answers);
  const index = path.indexOf(question.id);
  const previous = index > 0 ? path[index - 1] : undefined;
  const backTo = changing ? CHECK : previous !== undefined ? questionPath(previous) : "/";

  const commit = <K extends keyof Answers>(field: K, value: Answers[K]) => {
    setAnswer(field, value);
    goNext(changing);
  };

  const describedBy =
    [question.hint === undefined ? null : hintId, error === null ? null : errorId].filter(Boolean).join(" ") || undefined;

  return (
    <>
      <Link to={backTo} className="back-link">
        {t("question.back")}
      </Link>
      {error === null ? null : <ErrorSummary errors={[{ message: error.message, href: `#${error.target}` }]} />}
      <p className="caption">{t("question.progress", { current: index + 1 })}</p>
      {question.kind === "choice" ? (
        <ChoiceForm
          question={question}
          current={answers[question.field]}
          describedBy={describedBy}
          hintId={hintId}
          error={error?.message ?? null}
          errorId={errorId}
          onError={setError}
          onAnswer={(value) => {
            commit(question.field, value as never);
          }}
        />
      ) : question.kind === "force-area" ? (
        <AreaAnswer
          question={question}
          current={answers.area}
          hintId={hintId}
          error={error?.message ?? null}
          errorId={errorId}
          onError={setError}
          onAnswer={(area) => {
            writeSetting("forceArea", area);
            commit("area", area);
          }}
        />
      ) : (
        <OffenceAnswer
          question={question}
          current={answers.offence}
          hintId={hintId}
          error={error?.message ?? null}
          errorId={errorId}
          onError={setError}
          onAnswer={(offence) => {
            commit("offence", offence);
          }}
        />
      )}
      <ProvenanceDetails provenance={question.provenance} />
    </>
  );
}

function ChoiceForm(props: {
  question: Question;
  current: Answers[keyof Answers];
  describedBy: string | undefined;
  hintId: string;
  error: string | null;
  errorId: string;
  onError: (message: string | null) => void;
  onAnswer: (value: string | boolean) => void;
}) {
  const { t } = useTranslation("encounter");
  const { question } = props;
  const options = question.options ?? [];
  const initial = options.find((o) => o.value === props.current)?.id ?? null;
  const [selected, setSelected] = useState<string | null>(initial);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const option = options.find((o) => o.id === selected);
    if (!option) {
      props.onError(t("question.chooseOne"));
      return;
    }
    props.onAnswer(option.value);
  };
  return (
    <form onSubmit={submit} noValidate>
      <fieldset className={`field${props.error === null ? "" : " field--error"}`} aria-describedby={props.describedBy}>
        <legend>
          <h1 className="question">{question.text}</h1>
        </legend>
        {question.hint === undefined ? null : (
          <p className="hint" id={props.hintId}>
            {question.hint}
          </p>
        )}
        {props.error === null ? null : (
          <p className="error-message" id={props.errorId}>
            <span className="visually-hidden">{t("question.errorPrefix")}</span> {props.error}
          </p>
        )}
        <div className="radios">
          {options.map((option, i) => (
            <div key={option.id} className="radio-item">
              <label className="radio">
                <input
                  id={i === 0 ? "answer" : undefined}
                  type="radio"
                  name={question.id}
                  value={option.id}
                  checked={selected === option.id}
                  aria-describedby={option.hint === undefined ? undefined : `${option.id}-hint`}
                  onChange={() => {
                    setSelected(option.id);
                    props.onError(null);
                  }}
                />
                <span>{option.label}</span>
              </label>
              {option.hint === undefined ? null : (
                <p className="hint radio__hint" id={`${option.id}-hint`}>
                  {option.hint}
                </p>
              )}
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button" data-testid="continue">
        {t("question.continue")}
      </button>
    </form>
  );
}
