import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { contentText, getQuestion, offenceText, routeKey, type Facts, type Lookup } from "../../pathway";
import { useLanguageResources } from "../../platform/i18n/useLanguageResources";
import { copyText } from "../../platform/clipboard";
import { buildHandoverSummary, summaryMode, type SummaryKey } from "../handoverSummary";
import { useDecision } from "./useDecision";
import { ClearEncounterButton } from "./ResultScreen";
import { makeLabels } from "./answerLabel";
import { useEncounter, useEncounterSetup } from "./EncounterContext";

/** The referral form is filled in English or Welsh: the summary's language is chosen on its own. */
const SUMMARY_LANGUAGES = [
  { code: "en-GB", label: "English" },
  { code: "cy", label: "Cymraeg" },
] as const;
const SUMMARY_NAMESPACES = ["common", "encounter", "content", "offences"] as const;

/** Plain-text hand-over for the referral form: shown, copied or shared, never stored. */
export function SummaryScreen({ facts }: { facts: Facts }) {
  const { t, i18n } = useTranslation("encounter");
  const selectId = useId();
  const [chosen, setChosen] = useState<string>(SUMMARY_LANGUAGES.some((l) => l.code === i18n.language) ? i18n.language : "en-GB");
  const ready = useLanguageResources(chosen, SUMMARY_NAMESPACES);
  // Until the chosen language's words are here, the summary is in the interface's language.
  const lng = ready ? chosen : i18n.language;
  const decision = useDecision(facts);
  const { answers, ticked } = useEncounter();
  const { paths, training } = useEncounterSetup();
  const [status, setStatus] = useState("");
  const texts = useMemo(() => {
    const fixed = (ns: string): Lookup => {
      const f = i18n.getFixedT(lng, ns as "content") as unknown as (
        key: string,
        values?: Record<string, string | number>,
      ) => string;
      return (key, values) => f(key, values);
    };
    return {
      common: i18n.getFixedT(lng, "common"),
      encounter: i18n.getFixedT(lng, "encounter"),
      content: contentText(fixed("content")),
      offences: offenceText(fixed("offences")),
      summary: fixed("encounter"),
    };
  }, [i18n, lng]);
  const labels = useMemo(() => makeLabels(texts), [texts]);
  const consentQ = getQuestion("q-consent");
  const staysQ = getQuestion("q-stays-in-nrm");
  const canDecideQ = getQuestion("q-can-decide");
  const ageQ = getQuestion("q-age");
  const exploitationQ = getQuestion("q-exploitation");
  const mode = summaryMode(decision);
  const text = useMemo(
    () =>
      buildHandoverSummary(
        {
          facts,
          decision,
          ticked,
          routeLabel: texts.encounter(`route.${routeKey(decision)}.title`),
          consentLabel:
            facts.person.age !== "adult"
              ? texts.encounter("summary.consentNotNeeded")
              : answers.canDecide === false && canDecideQ
                ? labels.answer(canDecideQ, answers)
                : staysQ && answers.staysInNrm !== undefined
                  ? labels.answer(staysQ, answers)
                  : consentQ && answers.consentToNrm !== undefined
                    ? labels.answer(consentQ, answers)
                    : texts.encounter("summary.consentNotAsked"),
          ageLabel: ageQ ? labels.answer(ageQ, answers) : "",
          areaLabel: labels.area(facts.area),
          whereLabel: facts.localArea === undefined ? "" : labels.localArea(facts.localArea),
          exploitationLabel: exploitationQ ? labels.answer(exploitationQ, answers) : "",
          offenceLabel: labels.offence(facts.person.suspect?.offence),
          s45Label: texts.encounter(`s45.status.${decision.section45.status}`),
          schedule4Label: texts.offences.check(decision.section45.schedule4),
          actionTitle: (action) => texts.content.action(action).title,
          contactName: (contact) => texts.content.contact(contact).name,
          generatedAt: new Date(),
        },
        (key: SummaryKey, values?: Record<string, string>) => texts.summary(`summary.${key}`, values),
      ),
    [facts, decision, ticked, answers, consentQ, staysQ, canDecideQ, ageQ, exploitationQ, texts, labels],
  );
  // A training run's summary says so at both ends, so no copied part passes for a real one.
  const marker = texts.summary("summary.trainingMarker");
  const shown = training ? `${marker}\n\n${text}\n\n${marker}` : text;
  const canShare = typeof navigator.share === "function";
  return (
    <>
      <Link to={paths.outcome("result")} className="back-link">
        {t("result.backToResult")}
      </Link>
      <h1>{t("summary.title")}</h1>
      <p>{t("summary.intro")}</p>
      {mode === "anonymous" ? (
        <p className="card card--warning" data-testid="summary-warning">
          {t("summary.dtnWarning")}
        </p>
      ) : null}
      {mode === "before-consent" ? (
        <p className="card card--warning" data-testid="summary-warning">
          {t("summary.pendingWarning")}
        </p>
      ) : null}
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          {t("summary.language")}
        </label>
        <select
          id={selectId}
          className="select"
          data-testid="summary-language"
          value={chosen}
          onChange={(e) => {
            setChosen(e.target.value);
          }}
        >
          {SUMMARY_LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.label}
            </option>
          ))}
        </select>
      </div>
      {/* Focusable, so keyboard users can scroll it (WCAG 2.1.1). */}
      <pre
        lang={lng}
        className="handover handover--scroll"
        data-testid="handover"
        tabIndex={0}
        role="region"
        aria-label={t("summary.textLabel")}
      >
        {shown}
      </pre>
      <div className="button-group">
        <button
          type="button"
          className="button"
          data-testid="copy-summary"
          onClick={() => {
            copyText(shown).then(
              () => {
                setStatus(t("summary.copied"));
              },
              () => {
                setStatus(t("summary.copyFailed"));
              },
            );
          }}
        >
          {t("summary.copy")}
        </button>
        {canShare ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              navigator.share({ text: shown }).catch(() => {
                // The user closed the share sheet: nothing to do.
              });
            }}
          >
            {t("summary.share")}
          </button>
        ) : null}
      </div>
      <p role="status" data-testid="copy-status">
        {status}
      </p>
      <ClearEncounterButton />
    </>
  );
}
