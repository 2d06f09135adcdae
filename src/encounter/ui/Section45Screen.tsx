import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { Schedule4Search, schedule4CoverageNotes, SCHEDULE4_PROVENANCE, useContentText, type Facts } from "../../pathway";
import { ProvenanceDetails } from "../../ui/ProvenanceDetails";
import { Disclosure } from "../../ui/Disclosure";
import { useDecision } from "./useDecision";
import { GuidanceList } from "./GuidanceList";
import { useOffenceLabel } from "./answerLabel";
import { useEncounterSetup } from "./EncounterContext";

/** Section 45: what to consider for this person, never a verdict. */
export function Section45Screen({ facts }: { facts: Facts }) {
  const { t } = useTranslation("encounter");
  const decision = useDecision(facts);
  const { paths } = useEncounterSetup();
  const offenceLabel = useOffenceLabel();
  const { offences } = useContentText();
  const s45 = decision.section45;
  const offence = facts.person.suspect?.offence;
  const gaps = offence ? schedule4CoverageNotes(offence) : [];
  const result = s45.schedule4;
  const conditions = offences.conditions(result);
  return (
    <>
      <Link to={paths.outcome("result")} className="back-link">
        {t("result.backToResult")}
      </Link>
      <h1>{t("s45.title")}</h1>
      <p className="hint">{t("s45.notAVerdict")}</p>
      <section
        className={`card${s45.status === "excluded-schedule-4" ? " card--warning" : ""}`}
        data-testid="s45-status"
        data-status={s45.status}
      >
        <h2>{t(`s45.status.${s45.status}`)}</h2>
        {s45.schedule4.entryVerification === "verify" ? (
          <p data-testid="s45-entry-unconfirmed">
            <span className="tag tag--warning">{t("why.unconfirmed")}</span> {t("s45.entryUnconfirmed")}
          </p>
        ) : null}
        {s45.status === "not-applicable" ? null : (
          <p>
            {t("s45.offence")} <strong>{offenceLabel(offence)}</strong>
          </p>
        )}
        {s45.status === "scotland" ? null : (
          <p data-testid="s45-schedule4" data-match={s45.schedule4.match}>
            {t(`s45.match.${s45.schedule4.match}`)}
            {result.entryId === undefined ? null : <> — {offences.title(result.entryId)}</>}
          </p>
        )}
        {conditions.length === 0 ? null : (
          <p data-testid="s45-condition">
            <strong>{t("s45.onlyWhen")}</strong> {conditions.join(" ")}
          </p>
        )}
        {result.problem === undefined ? null : <p>{offences.problem(result.problem)}</p>}
        {gaps.map((g) => (
          <p key={g} className="card--verify">
            <span className="tag tag--warning">{t("why.unconfirmed")}</span> {offences.gap(g)}
          </p>
        ))}
        {/* "Not listed" carries the list's own provenance: one source block, behind a tap. */}
        <ProvenanceDetails provenance={s45.schedule4.provenance ?? SCHEDULE4_PROVENANCE} />
      </section>
      <h2>{t("s45.considerTitle")}</h2>
      <GuidanceList items={s45.considerations} compact />
      <Disclosure summary={t("s45.searchTitle")} testId="s45-search">
        <Schedule4Search headingLevel={3} />
      </Disclosure>
    </>
  );
}
