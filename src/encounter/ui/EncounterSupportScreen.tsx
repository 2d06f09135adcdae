import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import type { Facts } from "../../pathway";
import { SupportResults } from "../../directory";
import { useAreaName } from "../../ui/AreaOptions";
import { useDecision } from "./useDecision";
import { GuidanceList } from "./GuidanceList";
import { Disclosure } from "../../ui/Disclosure";
import { useEncounterSetup } from "./EncounterContext";

/** Support for this person's stage and age group, in the chosen area: the decision says which. */
export function EncounterSupportScreen({ facts }: { facts: Facts }) {
  const { t } = useTranslation("encounter");
  const { t: td } = useTranslation("directory");
  const decision = useDecision(facts);
  const { paths } = useEncounterSetup();
  const areaName = useAreaName();
  const query = decision.supportQuery;
  return (
    <>
      <Link to={paths.outcome("result")} className="back-link">
        {t("result.backToResult")}
      </Link>
      <h1>{t("support.title")}</h1>
      <dl className="summary-list" data-testid="support-stage" data-stage={query.stage} data-substage={decision.subStage}>
        <div className="summary-list__row">
          <dt>{t("support.stage")}</dt>
          <dd>
            {td(`stages.${query.stage}`)}
            {query.subStage === undefined ? null : ` — ${td(`subStages.${query.subStage}`)}`}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{td("lookup.audience")}</dt>
          <dd>{td(`audiences.${query.audience}`)}</dd>
        </div>
        {query.area === null ? null : (
          <div className="summary-list__row">
            <dt>{td("lookup.area")}</dt>
            <dd>{areaName(query.area)}</dd>
          </div>
        )}
      </dl>
      {decision.nation === "scotland" ? <p data-testid="support-scotland">{t("support.noDirectory")}</p> : null}
      {decision.nation === "not-known" ? <p>{t("support.whereNotKnown")}</p> : null}
      <Disclosure summary={t("support.needsTitle", { count: query.needs.length })} testId="support-needs">
        <ul>
          {query.needs.map((n) => (
            <li key={n}>{td(`needs.${n}`)}</li>
          ))}
        </ul>
      </Disclosure>
      <GuidanceList items={decision.guidance.support} compact />
      {query.area === null ? null : <SupportResults filter={{ ...query, area: query.area }} />}
    </>
  );
}
