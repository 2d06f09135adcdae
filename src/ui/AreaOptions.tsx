import { useTranslation } from "react-i18next";
import { FORCE_AREA_IDS, FORCE_AREA_NAMES } from "../shared/forceAreas";

/**
 * The <option>s of a force-area <select>: the 44 forces, optionally with
 * "England and Wales (national)" for directory entries, and an empty first
 * choice when one is given.
 */
export function AreaOptions({ empty, national = false }: { empty?: string; national?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {empty === undefined ? null : <option value="">{empty}</option>}
      {national ? <option value="national">{t("app.national")}</option> : null}
      {FORCE_AREA_IDS.map((id) => (
        <option key={id} value={id}>
          {FORCE_AREA_NAMES[id]}
        </option>
      ))}
    </>
  );
}
