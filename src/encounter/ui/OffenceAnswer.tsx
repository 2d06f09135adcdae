import { useId, useState, type SyntheticEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Question } from "../../pathway/model/contentSchema";
import type { Answers } from "../../pathway/model/facts";
import { offenceRefSchema, searchSchedule4, type OffenceRef, type Schedule4Entry } from "../../pathway/schedule4";
import { describeEntry } from "../../pathway/schedule4/describeEntry";

type Mode = "list" | "other" | "unknown";

function refFromEntry(entry: Schedule4Entry): OffenceRef {
  return entry.act === "common law"
    ? { act: "common law", name: entry.name ?? entry.title }
    : { act: entry.act, section: entry.section ?? "" };
}

/**
 * The suspected offence: search the built-in Schedule 4 list and pick one,
 * or enter an Act and section that is not on it, or say it is not known yet.
 * A hand-typed offence lives in memory only (see encounterStore).
 */
export function OffenceAnswer(props: {
  question: Question;
  current: Answers["offence"];
  hintId: string;
  error: string | null;
  errorId: string;
  onError: (message: string | null) => void;
  onAnswer: (offence: OffenceRef | null) => void;
}) {
  const { t } = useTranslation("encounter");
  const searchId = useId();
  const actId = useId();
  const sectionId = useId();
  const current = props.current;
  const [mode, setMode] = useState<Mode>(current === null ? "unknown" : current === undefined ? "list" : "list");
  const [query, setQuery] = useState("");
  const [picked, setPicked] = useState<Schedule4Entry | null>(null);
  const [act, setAct] = useState(current && current.act !== "common law" ? current.act : "");
  const [section, setSection] = useState(current && "section" in current ? current.section : "");
  const results = query.trim() === "" ? [] : searchSchedule4(query, 8);

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mode === "unknown") {
      props.onAnswer(null);
      return;
    }
    if (mode === "list") {
      if (!picked) {
        props.onError(t("offence.pickOne"));
        document.getElementById(searchId)?.focus();
        return;
      }
      props.onAnswer(refFromEntry(picked));
      return;
    }
    const parsed = offenceRefSchema.safeParse(act.trim().toLowerCase() === "common law" ? { act: "common law", name: section.trim() } : { act: act.trim(), section: section.trim().replace(/^(s|section)\s*/i, "") });
    if (!parsed.success) {
      props.onError(t("offence.badFormat"));
      document.getElementById(actId)?.focus();
      return;
    }
    props.onAnswer(parsed.data);
  };

  return (
    <form onSubmit={submit} noValidate>
      <h1 className="question">{props.question.text}</h1>
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
      <fieldset className="field">
        <legend className="field__label">{t("offence.how")}</legend>
        {(["list", "other", "unknown"] as const).map((m, i) => (
          <label key={m} className="radio">
            <input
              id={i === 0 ? "answer" : undefined}
              type="radio"
              name="offence-mode"
              checked={mode === m}
              onChange={() => {
                setMode(m);
                props.onError(null);
              }}
            />
            <span>{t(`offence.mode.${m}`)}</span>
          </label>
        ))}
      </fieldset>

      {mode === "list" ? (
        <div className="field">
          <label className="field__label" htmlFor={searchId}>
            {t("offence.search")}
          </label>
          <p className="hint">{t("offence.searchHint")}</p>
          <input
            id={searchId}
            className="input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setPicked(null);
            }}
          />
          {results.length === 0 ? (
            query.trim() === "" ? null : <p role="status">{t("offence.noResults")}</p>
          ) : (
            <fieldset className="field">
              <legend className="visually-hidden">{t("offence.results")}</legend>
              {results.map((entry) => (
                <label key={entry.id} className="radio">
                  <input
                    type="radio"
                    name="offence-entry"
                    checked={picked?.id === entry.id}
                    onChange={() => {
                      setPicked(entry);
                      props.onError(null);
                    }}
                  />
                  <span>{describeEntry(entry)}</span>
                </label>
              ))}
            </fieldset>
          )}
        </div>
      ) : null}

      {mode === "other" ? (
        <>
          <div className="field">
            <label className="field__label" htmlFor={actId}>
              {t("offence.act")}
            </label>
            <p className="hint">{t("offence.actHint")}</p>
            <input id={actId} className="input" autoComplete="off" spellCheck={false} value={act} onChange={(e) => { setAct(e.target.value); }} />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={sectionId}>
              {t("offence.section")}
            </label>
            <p className="hint">{t("offence.sectionHint")}</p>
            <input id={sectionId} className="input" autoComplete="off" spellCheck={false} value={section} onChange={(e) => { setSection(e.target.value); }} />
          </div>
        </>
      ) : null}

      <button type="submit" className="button" data-testid="continue">
        {t("question.continue")}
      </button>
    </form>
  );
}
