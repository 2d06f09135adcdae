import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { getQuestion, routeKey, useContentText, type Facts } from "../../pathway";
import { copyText } from "../../platform/clipboard";
import { buildHandoverSummary, summaryMode, type SummaryKey } from "../handoverSummary";
import { useDecision } from "./useDecision";
import { ClearEncounterButton } from "./ResultScreen";
import { useAnswerLabel, useLocalAreaName, useOffenceLabel } from "./answerLabel";
import { useEncounter, useEncounterSetup } from "./EncounterContext";
import { useAreaName } from "../../ui/AreaOptions";

/** Plain-text hand-over for the referral form: shown, copied or shared, never stored. */
export function SummaryScreen({ facts }: { facts: Facts }) {
  const { t, i18n } = useTranslation("encounter");
  // Summary keys are built from SummaryKey, which mirrors encounter.json's
  // "summary" object; a plain-string view of t keeps that one call simple.
  const summaryT = i18n.getFixedT(null, "encounter") as unknown as (key: string, values?: Record<string, string>) => string;
  const decision = useDecision(facts);
  const { answers, ticked } = useEncounter();
  const { paths } = useEncounterSetup();
  const answerLabel = useAnswerLabel();
  const offenceLabel = useOffenceLabel();
  const areaName = useAreaName();
  const localAreaName = useLocalAreaName();
  const { text: content, offences } = useContentText();
  const [status, setStatus] = useState("");
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
          routeLabel: t(`route.${routeKey(decision)}.title`),
          consentLabel:
            facts.person.age !== "adult"
              ? t("summary.consentNotNeeded")
              : answers.canDecide === false && canDecideQ
                ? answerLabel(canDecideQ, answers)
                : staysQ && answers.staysInNrm !== undefined
                  ? answerLabel(staysQ, answers)
                  : consentQ && answers.consentToNrm !== undefined
                    ? answerLabel(consentQ, answers)
                    : t("summary.consentNotAsked"),
          ageLabel: ageQ ? answerLabel(ageQ, answers) : "",
          areaLabel: areaName(facts.area),
          whereLabel: facts.localArea === undefined ? "" : localAreaName(facts.localArea),
          exploitationLabel: exploitationQ ? answerLabel(exploitationQ, answers) : "",
          offenceLabel: offenceLabel(facts.person.suspect?.offence),
          s45Label: t(`s45.status.${decision.section45.status}`),
          schedule4Label: offences.check(decision.section45.schedule4),
          actionTitle: (action) => content.action(action).title,
          contactName: (contact) => content.contact(contact).name,
          generatedAt: new Date(),
        },
        (key: SummaryKey, values?: Record<string, string>) => summaryT(`summary.${key}`, values),
      ),
    [
      facts,
      decision,
      ticked,
      answers,
      consentQ,
      staysQ,
      canDecideQ,
      ageQ,
      exploitationQ,
      t,
      summaryT,
      answerLabel,
      offenceLabel,
      areaName,
      localAreaName,
      content,
      offences,
    ],
  );
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
      {/* Focusable, so keyboard users can scroll it (WCAG 2.1.1). */}
      <pre
        className="handover handover--scroll"
        data-testid="handover"
        tabIndex={0}
        role="region"
        aria-label={t("summary.textLabel")}
      >
        {text}
      </pre>
      <div className="button-group">
        <button
          type="button"
          className="button"
          data-testid="copy-summary"
          onClick={() => {
            copyText(text).then(
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
              navigator.share({ text }).catch(() => {
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
