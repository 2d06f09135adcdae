import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { quickExit } from "./quickExit";

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="header">
      <div className="header__inner">
        <Link to="/" className="header__name">
          <img src="/icons/icon.svg" alt="" width="28" height="28" className="header__logo" />
          <span>{t("app.name")}</span>
        </Link>
        <nav aria-label={t("nav.label")} className="header__nav">
          <Link to="/settings" className="header__link">
            {t("nav.settings")}
          </Link>
          <button
            type="button"
            className="button button--exit"
            onClick={quickExit}
            data-testid="quick-exit"
            aria-describedby="quick-exit-hint"
          >
            {t("nav.quickExit")}
          </button>
          <span id="quick-exit-hint" className="visually-hidden">
            {t("nav.quickExitHint")}
          </span>
        </nav>
      </div>
    </header>
  );
}
