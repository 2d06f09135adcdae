import { useState, type SyntheticEvent } from "react";
import { useTranslation } from "react-i18next";
import { navigate } from "../../platform/navigation/history";
import { Link } from "../../platform/navigation/Link";
import { writeSetting } from "../../platform/settings/settings";
import { getQuestionPath, useContentText, type Answers, type Question } from "../../pathway";
import { screenAfterAnswer } from "../nextStep";
import { CheckboxGroup, ChoiceGroup, ErrorSummary } from "../../ui/form";
import { ProvenanceDetails } from "../../ui/ProvenanceDetails";
import { useEncounter, useEncounterSetup } from "./EncounterContext";
import { AreaAnswer, LocalAreaAnswer } from "./AreaAnswer";
import { OffenceAnswer } from "./OffenceAnswer";

export function UnknownQuestion() {
  const { t } = useTranslation("encounter");
  const { paths } = useEncounterSetup();
  return (
    <>
      <h1>{t("question.unknown")}</h1>
      <p>
        <Link to={paths.entry}>{t("question.restart")}</Link>
      </p>
    </>
  );
}

/** The id the first input of every answer form carries, for the error summary link. */
export const ANSWER_ID = "answer";

export function QuestionScreen({ question }: { question: Question }) {
  const { t } = useTranslation("encounter");
  const setup = useEncounterSetup();
  const { answers } = useEncounter();
  const changing = new URLSearchParams(globalThis.location.search).has("change");
  const [error, setError] = useState<{ message: string; target: string; submits: number } | null>(null);
  const [submits, setSubmits] = useState(0);

  const path = getQuestionPath(answers);
  const index = path.indexOf(question.id);
  const previous = index > 0 ? path[index - 1] : undefined;
  const backTo = changing ? setup.paths.check : previous !== undefined ? setup.paths.question(previous) : setup.exitTo;

  const commit = <K extends keyof Answers>(field: K, value: Answers[K]) => {
    setup.store.setAnswer(field, value);
    // After a change, back to check your answers unless a new question (or an interruption) now applies.
    const next = screenAfterAnswer(field, setup.store.get().answers);
    navigate(
      next.kind === "question"
        ? setup.paths.question(next.id, changing)
        : next.kind === "interruption"
          ? setup.paths.interruption(next.id, changing)
          : setup.paths.of(next),
    );
  };
  const fail = (message: string, target: string = ANSWER_ID) => {
    setSubmits((n) => n + 1);
    setError({ message, target, submits: submits + 1 });
  };
  const clearError = () => {
    setError(null);
  };

  return (
    <>
      <Link to={backTo} className="back-link">
        {t("question.back")}
      </Link>
      <ErrorSummary errors={error === null ? [] : [{ message: error.message, href: `#${error.target}` }]} focusKey={submits} />
      <p className="caption">{t("question.progress", { current: index + 1 })}</p>
      {question.kind === "choice" ? (
        <ChoiceForm
          question={question}
          current={answers[question.field]}
          error={error?.message ?? null}
          onError={fail}
          onClear={clearError}
          onAnswer={(value) => {
            commit(question.field, value as never);
          }}
        />
      ) : question.kind === "multi-choice" ? (
        <MultiChoiceForm
          question={question}
          current={answers[question.field]}
          error={error?.message ?? null}
          onError={fail}
          onClear={clearError}
          onAnswer={(values) => {
            commit(question.field, values as never);
          }}
        />
      ) : question.kind === "local-area" ? (
        <LocalAreaAnswer
          question={question}
          current={answers.localArea}
          error={error?.message ?? null}
          onError={fail}
          onClear={clearError}
          onAnswer={(localArea) => {
            commit("localArea", localArea);
          }}
        />
      ) : question.kind === "force-area" ? (
        <AreaAnswer
          question={question}
          current={answers.area}
          error={error?.message ?? null}
          onError={fail}
          onClear={clearError}
          onAnswer={(area) => {
            if (!setup.training) writeSetting("forceArea", area);
            commit("area", area);
          }}
        />
      ) : (
        <OffenceAnswer
          question={question}
          current={answers.offence}
          error={error?.message ?? null}
          onError={fail}
          onClear={clearError}
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
  error: string | null;
  onError: (message: string) => void;
  onClear: () => void;
  onAnswer: (value: string | boolean) => void;
}) {
  const { t } = useTranslation("encounter");
  const { text } = useContentText();
  const { question } = props;
  const words = text.question(question);
  const options = question.options ?? [];
  const [selected, setSelected] = useState<string | undefined>(options.find((o) => o.value === props.current)?.id);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const option = options.find((o) => o.id === selected);
    if (option === undefined) props.onError(t("question.chooseOne"));
    else props.onAnswer(option.value);
  };
  return (
    <form onSubmit={submit} noValidate>
      <ChoiceGroup
        heading
        legend={words.text}
        hint={words.hint}
        error={props.error}
        name={question.id}
        firstId={ANSWER_ID}
        choices={options.map((o) => {
          const option = text.option(question, o.id);
          return { key: o.id, value: o.id, label: option.label, ...(option.hint === undefined ? {} : { hint: option.hint }) };
        })}
        value={selected}
        onChange={(id) => {
          setSelected(id);
          props.onClear();
        }}
      />
      <button type="submit" className="button" data-testid="continue">
        {t("question.continue")}
      </button>
    </form>
  );
}

/** Several answers (the types of exploitation); an exclusive option ("Not known yet") stands alone. */
function MultiChoiceForm(props: {
  question: Question;
  current: Answers[keyof Answers];
  error: string | null;
  onError: (message: string) => void;
  onClear: () => void;
  onAnswer: (values: (string | boolean)[]) => void;
}) {
  const { t } = useTranslation("encounter");
  const { text } = useContentText();
  const { question } = props;
  const words = text.question(question);
  const options = question.options ?? [];
  const current = Array.isArray(props.current) ? (props.current as readonly unknown[]) : [];
  const [selected, setSelected] = useState<string[]>(options.filter((o) => current.includes(o.value)).map((o) => o.id));
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const chosen = options.filter((o) => selected.includes(o.id));
    if (chosen.length === 0) props.onError(t("question.chooseAtLeastOne"));
    else props.onAnswer(chosen.map((o) => o.value));
  };
  return (
    <form onSubmit={submit} noValidate>
      <CheckboxGroup
        heading
        legend={words.text}
        hint={words.hint}
        error={props.error}
        name={question.id}
        firstId={ANSWER_ID}
        choices={options.map((o) => {
          const option = text.option(question, o.id);
          return { key: o.id, value: o.id, label: option.label, ...(option.hint === undefined ? {} : { hint: option.hint }) };
        })}
        values={selected}
        onChange={(ids) => {
          // The newest choice wins: an exclusive option clears the others, and another option clears it.
          const added = ids.find((id) => !selected.includes(id));
          const exclusive = new Set(options.filter((o) => o.exclusive === true).map((o) => o.id));
          setSelected(added === undefined ? ids : exclusive.has(added) ? [added] : ids.filter((id) => !exclusive.has(id)));
          props.onClear();
        }}
      />
      <button type="submit" className="button" data-testid="continue">
        {t("question.continue")}
      </button>
    </form>
  );
}
