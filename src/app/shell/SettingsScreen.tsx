import { useId } from "react";
import { useTranslation } from "react-i18next";
import { isLocaleCode, selectableLocales } from "../../platform/i18n/locales";
import { changeLocale } from "../../platform/i18n/i18n";
import { useSetting } from "../../platform/settings/useSetting";
import { BackLink } from "../../ui/BackLink";
import { ForceAreaSelect } from "./ForceAreaSelect";
import { UpdateNotice } from "./UpdateNotice";
import { Link } from "../../platform/navigation/Link";
import { TRAINING_PATHS } from "../../training";

export default function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const [theme, setTheme] = useSetting("theme");
  const [discreet, setDiscreet] = useSetting("discreet");
  const langId = useId();
  return (
    <>
      <BackLink />
      <h1>{t("settings.title")}</h1>

      <div className="field">
        <label htmlFor={langId} className="field__label">
          {t("settings.language")}
        </label>
        <select
          id={langId}
          className="select"
          value={i18n.language}
          onChange={(e) => {
            if (isLocaleCode(e.target.value)) void changeLocale(e.target.value);
          }}
        >
          {selectableLocales(import.meta.env.DEV).map((l) => (
            <option key={l.code} value={l.code} lang={l.code}>
              {l.pseudo ? `${l.name} — ${t("settings.testingOnly")}` : l.name}
            </option>
          ))}
        </select>
      </div>

      <ForceAreaSelect />

      <fieldset className="field">
        <legend className="field__label">{t("settings.theme")}</legend>
        {(["system", "light", "dark"] as const).map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name="theme"
              value={value}
              checked={(theme ?? "system") === value}
              onChange={() => {
                setTheme(value === "system" ? null : value);
              }}
            />
            <span>{t(`settings.themes.${value}`)}</span>
          </label>
        ))}
      </fieldset>

      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={discreet === "on"}
            onChange={(e) => {
              setDiscreet(e.target.checked ? "on" : null);
            }}
          />
          <span>{t("settings.discreet")}</span>
        </label>
        <p className="hint">{t("settings.discreetHint")}</p>
      </div>

      <h2>{t("settings.trainingTitle")}</h2>
      <p>{t("settings.trainingHint")}</p>
      <p>
        <Link to={TRAINING_PATHS.fromSettings} data-testid="settings-training">
          {t("settings.training")}
        </Link>
      </p>

      <p>
        <Link to="/about">{t("nav.about")}</Link>
      </p>
      <UpdateNotice />
    </>
  );
}
