import { useTranslation } from "react-i18next";
import { FORCE_AREA_IDS, type ForceAreaId } from "../shared/forceAreas";

/** A force area's name in the user's language . */
export function useAreaName(): (area: ForceAreaId) => string {
  const { t } = useTranslation();
  return (area) => t(`areas.${area}`);
}

/** A directory area's name: a force area, or England and Wales for national entries. */
export function useDirectoryAreaName(): (area: ForceAreaId | "national") => string {
  const { t } = useTranslation();
  const areaName = useAreaName();
  return (area) => (area === "national" ? t("app.national") : areaName(area));
}

/**
 * The <option>s of a force-area <select>: the 44 forces, optionally with
 * "England and Wales (national)" for directory entries, and an empty first
 * choice when one is given.
 */
export function AreaOptions({ empty, national = false }: { empty?: string; national?: boolean }) {
  const { t } = useTranslation();
  const areaName = useAreaName();
  return (
    <>
      {empty === undefined ? null : <option value="">{empty}</option>}
      {national ? <option value="national">{t("app.national")}</option> : null}
      {FORCE_AREA_IDS.map((id: ForceAreaId) => (
        <option key={id} value={id}>
          {areaName(id)}
        </option>
      ))}
    </>
  );
}
