import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { AreaOptions } from "../../ui/AreaOptions";
import { BackLink } from "../../ui/BackLink";
import { useSetting } from "../../platform/settings/useSetting";
import { isForceAreaId, type ForceAreaId } from "../../shared/forceAreas";
import { NEEDS, PERSON_AUDIENCES, type Need, type PersonAudience } from "../schema/vocabulary";
import {
  DECISION_CHOICES,
  STAGE_CHOICES,
  isDecisionChoice,
  needsDecision,
  stageQueryOf,
  type DecisionChoice,
  type StageChoice,
} from "../query/stageChoice";
import { SupportResults } from "./SupportResults";

/**
 * Support lookup without running the whole flow (MSVLOs, trainers, an officer
 * in a hurry): area and stage, then the count and the first results straight
 * away; who the person is and their needs under "More filters".
 */
export default function SupportLookupScreen() {
  const { t } = useTranslation("directory");
  const [savedArea] = useSetting("forceArea");
  const [area, setArea] = useState<ForceAreaId | "">(isForceAreaId(savedArea) ? savedArea : "");
  const [choice, setChoice] = useState<StageChoice>("not-referred");
  const [decision, setDecision] = useState<DecisionChoice | undefined>(undefined);
  const [audience, setAudience] = useState<PersonAudience>("adult");
  const [needs, setNeeds] = useState<Need[]>([]);
  // Kept here: the filters move below the count once results show, and stay open.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const areaId = useId();
  const decisionId = useId();
  const stageQuery = stageQueryOf(choice, decision);

  const moreFilters = (
    <details
      className="more-filters"
      data-testid="more-filters"
      open={filtersOpen}
      onToggle={(e) => {
        setFiltersOpen(e.currentTarget.open);
      }}
    >
      <summary>
        {t("lookup.moreFilters", {
          audience: t(`audiences.${audience}`),
          needs: needs.length === 0 ? t("lookup.anyNeed") : t("lookup.needsChosen", { count: needs.length }),
        })}
      </summary>
      <fieldset className="field">
        <legend className="field__label">{t("lookup.audience")}</legend>
        {PERSON_AUDIENCES.map((a) => (
          <label key={a} className="radio">
            <input
              type="radio"
              name="audience"
              value={a}
              checked={audience === a}
              onChange={() => {
                setAudience(a);
              }}
            />
            <span>{t(`audiences.${a}`)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend className="field__label">{t("lookup.needs")}</legend>
        <p className="hint">{t("lookup.needsHint")}</p>
        {NEEDS.map((n) => (
          <label key={n} className="checkbox">
            <input
              type="checkbox"
              value={n}
              checked={needs.includes(n)}
              onChange={(e) => {
                setNeeds(e.target.checked ? [...needs, n] : needs.filter((x) => x !== n));
              }}
            />
            <span>{t(`needs.${n}`)}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );

  return (
    <>
      <BackLink />
      <h1>{t("lookup.title")}</h1>
      <div className="field lookup-field">
        <label className="field__label" htmlFor={areaId}>
          {t("lookup.area")}
        </label>
        <select
          id={areaId}
          className="select"
          data-testid="lookup-area"
          value={area}
          onChange={(e) => {
            setArea(isForceAreaId(e.target.value) ? e.target.value : "");
          }}
        >
          <AreaOptions empty={t("lookup.chooseArea")} />
        </select>
      </div>
      <fieldset className="field lookup-field" data-testid="lookup-stage">
        <legend className="field__label">{t("lookup.stage")}</legend>
        {STAGE_CHOICES.map((c) => (
          <label key={c} className="radio">
            <input
              type="radio"
              name="stage"
              value={c}
              checked={choice === c}
              onChange={() => {
                setChoice(c);
              }}
            />
            <span>{t(`lookup.stageChoices.${c}`)}</span>
          </label>
        ))}
      </fieldset>
      {needsDecision(choice) ? (
        // A follow-up to the choice above, as one compact control so the
        // count and first results stay near the top of the screen.
        <div className="field lookup-field">
          <label className="field__label" htmlFor={decisionId}>
            {t("lookup.decision")}
          </label>
          <select
            id={decisionId}
            className="select"
            data-testid="lookup-decision"
            value={decision ?? ""}
            onChange={(e) => {
              const v = e.target.value;
              setDecision(isDecisionChoice(v) ? v : undefined);
            }}
          >
            <option value="">{t("lookup.chooseDecision")}</option>
            {DECISION_CHOICES.map((d) => (
              <option key={d} value={d}>
                {t(`lookup.decisionChoices.${d}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {area === "" || stageQuery === null ? (
        <>
          <p className="hint" role="status" data-testid="support-count">
            {area === "" ? t("lookup.pickAreaFirst") : t("lookup.pickDecision")}
          </p>
          {moreFilters}
        </>
      ) : (
        <SupportResults
          filter={{ area, stage: stageQuery.stage, subStage: stageQuery.subStage, audience, needs }}
          afterCount={moreFilters}
        />
      )}
    </>
  );
}
