import { useState, type SyntheticEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  findCatalogueEntry,
  formatCatalogueEntry,
  offenceRefSchema,
  refFromCatalogue,
  searchOffences,
  searchTextFor,
  useContentText,
  type Answers,
  type CatalogueEntry,
  type OffenceRef,
  type Question,
} from "../../pathway";
import { ChoiceGroup, Field } from "../../ui/form";
import { ANSWER_ID } from "./QuestionScreen";

type Mode = "list" | "other" | "unknown";
const MODES: readonly Mode[] = ["list", "other", "unknown"];
const SEARCH_ID = "offence-search";
const ACT_ID = "offence-act";
const SECTION_ID = "offence-section";

/**
 * The suspected offence: search the offence catalogue (the offences officers
 * meet and every Schedule 4 listing) by everyday words, or enter an Act and
 * section that is not in it, or say it is not known yet. Each match shows
 * whether Schedule 4 lists it. A hand-typed offence lives in memory only
 * (see store.ts).
 */
export function OffenceAnswer(props: {
  question: Question;
  current: Answers["offence"];
  error: string | null;
  onError: (message: string, target?: string) => void;
  onClear: () => void;
  onAnswer: (offence: OffenceRef | null) => void;
}) {
  const { t } = useTranslation("encounter");
  const { text, offences } = useContentText();
  const words = text.question(props.question);
  const current = props.current;
  // Restore the previous answer on Back or Change (GOV.UK pattern: answers are kept).
  const listed = current ? findCatalogueEntry(current) : undefined;
  const [mode, setMode] = useState<Mode>(current === null ? "unknown" : current === undefined || listed ? "list" : "other");
  const [query, setQuery] = useState(listed ? searchTextFor(listed) : "");
  const [picked, setPicked] = useState<CatalogueEntry | null>(listed ?? null);
  const [act, setAct] = useState(current && !listed ? current.act : "");
  const [section, setSection] = useState(current && !listed ? ("name" in current ? current.name : current.section) : "");
  const found = query.trim() === "" ? [] : searchOffences(query, { limit: 8, titleOf: offences.title });
  // The chosen entry stays on screen even if the search text no longer ranks it.
  const results = picked && !found.some((r) => r.id === picked.id) ? [picked, ...found] : found;
  const [errorTarget, setErrorTarget] = useState<string>(ANSWER_ID);
  const errorFor = (target: string): string | null => (props.error !== null && errorTarget === target ? props.error : null);
  const fail = (message: string, target: string) => {
    setErrorTarget(target);
    props.onError(message, target);
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (mode === "unknown") {
      props.onAnswer(null);
      return;
    }
    if (mode === "list") {
      if (!picked) fail(t("offence.pickOne"), SEARCH_ID);
      else props.onAnswer(refFromCatalogue(picked));
      return;
    }
    const parsed = offenceRefSchema.safeParse(
      act.trim().toLowerCase() === "common law"
        ? { act: "common law", name: section.trim() }
        : { act: act.trim(), section: section.trim().replace(/^(s|section)\s*/i, "") },
    );
    if (!parsed.success) fail(t("offence.badFormat"), ACT_ID);
    else props.onAnswer(parsed.data);
  };

  return (
    <form onSubmit={submit} noValidate>
      <h1 className="question">{words.text}</h1>
      {words.hint === undefined ? null : <p className="hint">{words.hint}</p>}
      <ChoiceGroup
        legend={t("offence.how")}
        name="offence-mode"
        firstId={ANSWER_ID}
        choices={MODES.map((m) => ({ key: m, value: m, label: t(`offence.mode.${m}`) }))}
        value={mode}
        onChange={(m) => {
          setMode(m);
          props.onClear();
        }}
      />

      {mode === "list" ? (
        <>
          <Field id={SEARCH_ID} label={t("offence.search")} hint={t("offence.searchHint")} error={errorFor(SEARCH_ID)}>
            {(control) => (
              <input
                id={control.id}
                aria-describedby={control.describedBy}
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
            )}
          </Field>
          {results.length === 0 ? (
            query.trim() === "" ? null : (
              <p role="status">{t("offence.noResults")}</p>
            )
          ) : (
            <ChoiceGroup
              legend={<span className="visually-hidden">{t("offence.results")}</span>}
              name="offence-entry"
              choices={results.map((entry) => ({
                key: entry.id,
                value: entry.id,
                label: formatCatalogueEntry(entry, offences.title(entry.id), offences.commonLaw()),
                hint: t(`offence.status.${entry.schedule4}`),
              }))}
              value={picked?.id}
              onChange={(id) => {
                setPicked(results.find((r) => r.id === id) ?? null);
                props.onClear();
              }}
            />
          )}
        </>
      ) : null}

      {mode === "other" ? (
        <>
          <Field id={ACT_ID} label={t("offence.act")} hint={t("offence.actHint")} error={errorFor(ACT_ID)}>
            {(control) => (
              <input
                id={control.id}
                aria-describedby={control.describedBy}
                className="input"
                autoComplete="off"
                spellCheck={false}
                value={act}
                onChange={(e) => {
                  setAct(e.target.value);
                }}
              />
            )}
          </Field>
          <Field id={SECTION_ID} label={t("offence.section")} hint={t("offence.sectionHint")}>
            {(control) => (
              <input
                id={control.id}
                aria-describedby={control.describedBy}
                className="input"
                autoComplete="off"
                spellCheck={false}
                value={section}
                onChange={(e) => {
                  setSection(e.target.value);
                }}
              />
            )}
          </Field>
        </>
      ) : null}

      <button type="submit" className="button" data-testid="continue">
        {t("question.continue")}
      </button>
    </form>
  );
}
