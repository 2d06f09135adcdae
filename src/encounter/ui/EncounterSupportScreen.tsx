import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import type { Facts } from "../../pathway/model/facts";
import { SupportResults } from "../../directory/ui/SupportResults";
import { POST_NRM_SUB_STAGES, type PostNrmSubStage } from "../../directory/schema/vocabulary";
import { FORCE_AREA_NAMES } from "../../shared/forceAreas";
import { useDecision } from "./useDecision";
import { GuidanceList } from "./GuidanceList";
import { RESULT } from "./paths";

/** Support for this person's stage and age group, in the chosen area. */
export function EncounterSupportScreen({ facts }: { facts: Facts }) {
  const { t } = useTranslation("encounter");
  const { t: td } = useTranslation("directory");
  const decision = useDecision(facts);
  // Someone who may be under 18 is treated as a child (MSA s51), for support too.
  const audience = facts.person.age === "adult" ? "adult" : "child";
  const subStage = (POST_NRM_SUB_STAGES as readonly string[]).includes(decision.subStage)
    ? (decision.subStage as PostNrmSubStage)
    : undefined;
  return (
    <>
      <Link to={RESULT} className="back-link">
        {t("result.backToResult")}
      </Link>
      <h1>{t("support.title")}</h1>
      <dl
        className="summary-list"
        data-testid="support-stage"
        data-stage={decision.supportStage}
        data-substage={decision.subStage}
      >
        <div className="summary-list__row">
          <dt>{t("support.stage")}</dt>
          <dd>
            {td(`stages.${decision.supportStage}`)}
            {subStage === undefined ? null : ` — ${td(`subStages.${subStage}`)}`}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt>{td("lookup.audience")}</dt>
          <dd>{td(`audiences.${audience}`)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{td("lookup.area")}</dt>
          <dd>{FORCE_AREA_NAMES[facts.area]}</dd>
        </div>
      </dl>
      <h2>{t("support.needsTitle")}</h2>
      <ul>
        {decision.supportNeeds.map((n) => (
          <li key={n}>{td(`needs.${n}`)}</li>
        ))}
      </ul>
      <GuidanceList items={decision.guidance.support} />
      <SupportResults
        filter={{ area: facts.area, stage: decision.supportStage, subStage, audience, needs: decision.supportNeeds }}
      />
    </>
  );
}
