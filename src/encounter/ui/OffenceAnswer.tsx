import { useId, useState, type SyntheticEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Question } from "../../pathway/model/contentSchema";
import type { Answers } from "../../pathway/model/facts";
import {
  offenceRefSchema,
  searchSchedule4,
  SCHEDULE4_ENTRIES,
  type OffenceRef,
  type Schedule4Entry,
} from "../../pathway/schedule4";
import { describeEntry } from "../../pathway/schedule4/describeEntry";

type Mode = "list" | "other" | "unknown";

function findListedEntry(ref: OffenceRef): Schedule4Entry | undefined {
  return SCHEDULE4_ENTRIES.find((e) =>
    "name" in ref ? e.act === "common law" && e.name === ref.name : e.act === ref.act && e.section === ref.section,
  );
}

/** A search that finds this entry again: its Act and section, or its common-law name. */
function listedQuery(entry: Schedule4Entry): string {
  return entry.act === "common law" ? (entry.name ?? entry.title) : `${entry.act} s${entry.section ?? ""}`;
}

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
  onError: (message: string | null, target?: string) => void;
  onAnswer: (offence: OffenceRef | null) => void;
}) {
  const { t } = useTranslation("encounter");
  const searchId = useId();
  const actId = useId();
  const sectionId = useId();
  const current = props.current;
  // Restore the previous answer on Back or Change (GOV.UK pattern: answers are kept).
  const listed = current ? findListedEntry(current) : undefined;
  const initialMode: Mode = current === null ? "unknown" : current === undefined || listed ? "list" : "other";
  const [mode, setMode] = useState<Mode>(initialMode);
  const [query, setQuery] = useState(listed ? listedQuery(listed) : "");
  const [picked, setPicked] = useState<Schedule4Entry | null>(listed ?? null);
  const [act, setAct] = useState(current && !listed ? current.act : "");
  const [section, setSection] = useState(current && !listed ? ("name" in current ? current.name : current.section) : "");
  const found = query.trim() === "" ? [] : searchSchedule4(query, 8);
  // The chosen entry stays on screen even if the search text no longer ranks it.
  const results = picked && !found.some((r) => r.id === picked.id) ? [picked, ...found] : found;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mode === "unknown") {
      props.onAnswer(null);
      return;
    }
    if (mode === "list") {
      if (!picked) {
        props.onError(t("offence.pickOne"), searchId);
        return;
      }
      props.onAnswer(refFromEntry(picked));
      return;
    }
    const parsed = offenceRefSchema.safeParse(
      act.trim().toLowerCase() === "common law"
        ? { act: "common law", name: section.trim() }
        : { act: act.trim(), section: section.trim().replace(/^(s|section)\s*/i, "") },
    );
    if (!parsed.success) {
      props.onError(t("offence.badFormat"), actId);
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
      <fieldset className="field" aria-describedby={props.question.hint === undefined ? undefined : props.hintId}>
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
          <p className="hint" id={`${searchId}-hint`}>
            {t("offence.searchHint")}
          </p>
          <input
            id={searchId}
            aria-describedby={[`${searchId}-hint`, props.error === null ? "" : props.errorId].join(" ").trim()}
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
            query.trim() === "" ? null : (
              <p role="status">{t("offence.noResults")}</p>
            )
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
            <p className="hint" id={`${actId}-hint`}>
              {t("offence.actHint")}
            </p>
            <input
              id={actId}
              aria-describedby={[`${actId}-hint`, props.error === null ? "" : props.errorId].join(" ").trim()}
              className="input"
              autoComplete="off"
              spellCheck={false}
              value={act}
              onChange={(e) => {
                setAct(e.target.value);
              }}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor={sectionId}>
              {t("offence.section")}
            </label>
            <p className="hint" id={`${sectionId}-hint`}>
              {t("offence.sectionHint")}
            </p>
            <input
              id={sectionId}
              aria-describedby={`${sectionId}-hint`}
              className="input"
              autoComplete="off"
              spellCheck={false}
              value={section}
              onChange={(e) => {
                setSection(e.target.value);
              }}
            />
          </div>
        </>
      ) : null}

      <button type="submit" className="button" data-testid="continue">
        {t("question.continue")}
      </button>
    </form>
  );
}
