import { useTranslation } from "react-i18next";
import { Link } from "../Link";
import { ForceAreaSelect } from "./ForceAreaSelect";

export function StartScreen() {
  const { t } = useTranslation();
  return (
    <>
      <div className="danger-callout" role="note" aria-labelledby="danger-title">
        <h2 id="danger-title" className="danger-callout__title">
          {t("start.dangerTitle")}
        </h2>
        <a href="tel:999" className="button button--danger" data-testid="call-999">
          {t("start.call999")}
        </a>
      </div>
      <h1>{t("start.title")}</h1>
      <p className="lead">{t("start.lead")}</p>
      <Link to="/encounter" className="button button--start" data-testid="start">
        {t("start.begin")}
      </Link>
      <ForceAreaSelect />
      <h2>{t("start.toolsTitle")}</h2>
      <ul className="tool-list">
        <li>
          <Link to="/support" className="tool-list__link">
            {t("start.support")}
          </Link>
        </li>
        <li>
          <Link to="/schedule-4" className="tool-list__link">
            {t("start.schedule4")}
          </Link>
        </li>
        <li>
          <Link to="/signs" className="tool-list__link">
            {t("start.signs")}
          </Link>
        </li>
        <li>
          <Link to="/directory" className="tool-list__link">
            {t("start.directory")}
          </Link>
        </li>
        <li>
          <Link to="/about" className="tool-list__link">
            {t("nav.about")}
          </Link>
        </li>
      </ul>
    </>
  );
}
