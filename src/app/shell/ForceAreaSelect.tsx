import { useId } from "react";
import { useTranslation } from "react-i18next";
import { FORCE_AREA_IDS, FORCE_AREA_NAMES, isForceAreaId } from "../../shared/forceAreas";
import { useSetting } from "../useSetting";

/** The force area, chosen once and remembered on this device. */
export function ForceAreaSelect() {
  const { t } = useTranslation();
  const [area, setArea] = useSetting("forceArea");
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t("settings.forceArea")}
      </label>
      <p className="hint" id={`${id}-hint`}>
        {t("settings.forceAreaHint")}
      </p>
      <select
        id={id}
        aria-describedby={`${id}-hint`}
        className="select"
        data-testid="force-area"
        value={isForceAreaId(area) ? area : ""}
        onChange={(e) => {
          setArea(isForceAreaId(e.target.value) ? e.target.value : null);
        }}
      >
        <option value="">{t("settings.forceAreaNone")}</option>
        {FORCE_AREA_IDS.map((fid) => (
          <option key={fid} value={fid}>
            {FORCE_AREA_NAMES[fid]}
          </option>
        ))}
      </select>
    </div>
  );
}
