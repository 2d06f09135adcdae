import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";
import { quickExit } from "./quickExit";
import { changeLocale } from "../../platform/i18n/i18n";

/** The other interface language, offered on every screen from the first start (as Welsh public services do). */
const TOGGLE = { "en-GB": { to: "cy", label: "Cymraeg" }, cy: { to: "en-GB", label: "English" } } as const;

export function Header() {
  const { t, i18n } = useTranslation();
  const toggle = i18n.language === "cy" ? TOGGLE.cy : TOGGLE["en-GB"];
  return (
    <header className="header">
      <div className="header__inner">
        <Link to="/" className="header__name">
          <img src="/icons/icon.svg" alt="" width="28" height="28" className="header__logo" />
          <span>{t("app.name")}</span>
        </Link>
        <nav aria-label={t("nav.label")} className="header__nav">
          <button
            type="button"
            className="header__link header__language"
            lang={toggle.to}
            data-testid="language-toggle"
            onClick={() => {
              void changeLocale(toggle.to);
            }}
          >
            {toggle.label}
          </button>
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
