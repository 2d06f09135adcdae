import { useId } from "react";
import { useTranslation } from "react-i18next";
import { AreaOptions } from "../../ui/AreaOptions";
import { isForceAreaId } from "../../shared/forceAreas";
import { useSetting } from "../../platform/settings/useSetting";

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
        <AreaOptions empty={t("settings.forceAreaNone")} />
      </select>
    </div>
  );
}
