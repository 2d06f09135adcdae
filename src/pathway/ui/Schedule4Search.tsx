import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { searchSchedule4, SCHEDULE4_PROVENANCE } from "../schedule4";
import { formatEntry } from "../schedule4/offenceRef";
import { ProvenanceNote } from "../../ui/ProvenanceNote";

/**
 * Search Schedule 4 by everyday name or by Act and section ("robbery",
 * "s8 theft act", "kidnap"). The query is never stored.
 */
export function Schedule4Search({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation("pathway");
  const { t: tc } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState("");
  const results = query.trim() === "" ? [] : searchSchedule4(query, 12);
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="schedule4-search" role="search">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t("schedule4.searchLabel")}
        </label>
        <p className="hint" id={`${id}-hint`}>
          {t("schedule4.searchHint")}
        </p>
        <input
          id={id}
          className="input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          value={query}
          data-testid="schedule4-query"
          onChange={(e) => {
            setQuery(e.target.value);
          }}
        />
      </div>
      <p role="status" className="hint" data-testid="schedule4-count">
        {query.trim() === "" ? "" : results.length === 0 ? t("schedule4.none") : t("schedule4.count", { count: results.length })}
      </p>
      {query.trim() !== "" && results.length === 0 ? (
        <div className="card card--verify">
          <p>{t("schedule4.noneMeaning")}</p>
          <ProvenanceNote provenance={SCHEDULE4_PROVENANCE} compact />
        </div>
      ) : null}
      <ul className="result-list" data-testid="schedule4-results">
        {results.map((entry) => (
          <li
            key={entry.id}
            className={`card${entry.provenance.verification === "verify" ? " card--verify" : ""}`}
            data-entry={entry.id}
          >
            <H>{formatEntry(entry, tc("app.commonLaw"))}</H>
            <p>{t("schedule4.paragraph", { paragraph: entry.paragraph })}</p>
            {entry.condition === undefined ? null : (
              <p>
                <strong>{t("schedule4.onlyWhen")}</strong> {entry.condition}
              </p>
            )}
            <ProvenanceNote provenance={entry.provenance} compact />
          </li>
        ))}
      </ul>
    </div>
  );
}
