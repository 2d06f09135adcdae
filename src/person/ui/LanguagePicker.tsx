import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { searchPersonLanguages, type PersonLanguage } from "../languages";
import { hasPersonCards } from "./personText";

/**
 * Each language in its own script and name, so a person can point to theirs;
 * the officer can search by the English name too.
 */
export function LanguagePicker({ onChoose }: { onChoose: (language: PersonLanguage) => void }) {
  const { t } = useTranslation("encounter");
  const id = useId();
  const [query, setQuery] = useState("");
  const languages = searchPersonLanguages(query).filter((l) => hasPersonCards(l.code));
  return (
    <section aria-labelledby={`${id}-title`} data-testid="person-picker">
      <h1 id={`${id}-title`}>{t("person.pickerTitle")}</h1>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t("person.search")}
        </label>
        <input
          id={id}
          className="input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={query}
          data-testid="person-search"
          onChange={(e) => {
            setQuery(e.target.value);
          }}
        />
      </div>
      <ul className="person__languages">
        {languages.map((language) => (
          <li key={language.code}>
            <button
              type="button"
              className="person__language"
              data-testid={`person-language-${language.code}`}
              onClick={() => {
                onChoose(language);
              }}
            >
              <span lang={language.code} dir={language.dir} data-script={language.script} className="person__endonym">
                {language.endonym}
              </span>
              <span className="person__english">{language.englishName}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
