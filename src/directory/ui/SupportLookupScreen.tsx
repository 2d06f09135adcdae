import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { AreaOptions } from "../../ui/AreaOptions";
import { BackLink } from "../../ui/BackLink";
import { useSetting } from "../../platform/settings/useSetting";
import { isForceAreaId, type ForceAreaId } from "../../shared/forceAreas";
import {
  NEEDS,
  NRM_STAGES,
  PERSON_AUDIENCES,
  POST_NRM_SUB_STAGES,
  type Need,
  type NrmStage,
  type PersonAudience,
  type PostNrmSubStage,
} from "../schema/vocabulary";
import { SupportResults } from "./SupportResults";

/** Support lookup without running the whole flow (MSVLOs, trainers, an officer in a hurry). */
export default function SupportLookupScreen() {
  const { t } = useTranslation("directory");
  const [savedArea] = useSetting("forceArea");
  const [area, setArea] = useState<ForceAreaId | "">(isForceAreaId(savedArea) ? savedArea : "");
  const [stage, setStage] = useState<NrmStage>("pre-nrm");
  const [subStage, setSubStage] = useState<PostNrmSubStage | "">("");
  const [audience, setAudience] = useState<PersonAudience>("adult");
  const [needs, setNeeds] = useState<Need[]>([]);
  const areaId = useId();
  const subId = useId();
  return (
    <>
      <BackLink />
      <h1>{t("lookup.title")}</h1>
      <p>{t("lookup.intro")}</p>
      <div className="field">
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
      <fieldset className="field">
        <legend className="field__label">{t("lookup.stage")}</legend>
        {NRM_STAGES.map((s) => (
          <label key={s} className="radio">
            <input
              type="radio"
              name="stage"
              value={s}
              checked={stage === s}
              onChange={() => {
                setStage(s);
              }}
            />
            <span>{t(`stages.${s}`)}</span>
          </label>
        ))}
      </fieldset>
      {stage === "post-nrm" ? (
        <div className="field">
          <label className="field__label" htmlFor={subId}>
            {t("lookup.subStage")}
          </label>
          <select
            id={subId}
            className="select"
            value={subStage}
            onChange={(e) => {
              const v = e.target.value;
              setSubStage((POST_NRM_SUB_STAGES as readonly string[]).includes(v) ? (v as PostNrmSubStage) : "");
            }}
          >
            <option value="">{t("lookup.anySubStage")}</option>
            {POST_NRM_SUB_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`subStages.${s}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
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
              checked={needs.includes(n)}
              onChange={(e) => {
                setNeeds(e.target.checked ? [...needs, n] : needs.filter((x) => x !== n));
              }}
            />
            <span>{t(`needs.${n}`)}</span>
          </label>
        ))}
      </fieldset>
      {area === "" ? (
        <p className="hint">{t("lookup.pickAreaFirst")}</p>
      ) : (
        <SupportResults
          filter={{ area, stage, subStage: stage === "post-nrm" && subStage !== "" ? subStage : undefined, audience, needs }}
        />
      )}
    </>
  );
}
