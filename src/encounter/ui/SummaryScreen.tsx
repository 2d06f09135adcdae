import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import type { Facts } from "../../pathway/model/facts";
import { getQuestion } from "../../pathway/engine/questionFlow";
import { buildHandoverSummary, type SummaryKey } from "../handoverSummary";
import { useEncounter } from "../store";
import { useDecision } from "./useDecision";
import { routeKey, ClearEncounterButton } from "./ResultScreen";
import { answerLabel, offenceLabel } from "./answerLabel";
import { RESULT } from "./paths";
import { noteClipboardUsed } from "../../app/shell/quickExit";

/** Plain-text hand-over for the referral form: shown, copied or shared, never stored. */
export function SummaryScreen({ facts }: { facts: Facts }) {
  const { t, i18n } = useTranslation("encounter");
  // Summary keys are built from SummaryKey, which mirrors encounter.json's
  // "summary" object; a plain-string view of t keeps that one call simple.
  const summaryT = i18n.getFixedT(null, "encounter") as unknown as (key: string, values?: Record<string, string>) => string;
  const decision = useDecision(facts);
  const { answers, ticked } = useEncounter();
  const [status, setStatus] = useState("");
  const consentQ = getQuestion("q-consent");
  const ageQ = getQuestion("q-age");
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
              : consentQ && answers.consentToNrm !== undefined
                ? answerLabel(consentQ, answers, "")
                : t("summary.consentNotAsked"),
          ageLabel: ageQ ? answerLabel(ageQ, answers, "") : "",
          offenceLabel: offenceLabel(facts.person.suspect?.offence, t("offence.notKnown")),
          s45Label: t(`s45.status.${decision.section45.status}`),
          schedule4Label:
            t(`s45.match.${decision.section45.schedule4.match}`) +
            (decision.section45.schedule4.entryVerification === "verify" ? ` ${t("s45.unconfirmedSuffix")}` : ""),
          generatedAt: new Date(),
        },
        (key: SummaryKey, values?: Record<string, string>) => summaryT(`summary.${key}`, values),
      ),
    [facts, decision, ticked, answers, consentQ, ageQ, t, summaryT],
  );
  const canShare = typeof navigator.share === "function";
  return (
    <>
      <Link to={RESULT} className="back-link">
        {t("result.backToResult")}
      </Link>
      <h1>{t("summary.title")}</h1>
      <p>{t("summary.intro")}</p>
      {decision.referral.identifying ? null : <p className="card card--warning">{t("summary.dtnWarning")}</p>}
      <pre className="handover" data-testid="handover">
        {text}
      </pre>
      <div className="button-group">
        <button
          type="button"
          className="button"
          data-testid="copy-summary"
          onClick={() => {
            noteClipboardUsed();
            navigator.clipboard.writeText(text).then(
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
