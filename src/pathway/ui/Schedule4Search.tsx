import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { SCHEDULE4_PROVENANCE } from "../schedule4";
import { searchOffences } from "../offences/searchOffences";
import { formatCatalogueEntry } from "../offences/offenceRef";
import { ProvenanceNote } from "../../ui/ProvenanceNote";
import { useContentText } from "./useContentText";

/**
 * Search the offence catalogue (the offences officers meet and every Schedule
 * 4 listing) by everyday words or by Act and section ("cannabis farm",
 * "s8 theft act"), each with whether Schedule 4 lists it. The query is never stored.
 */
export function Schedule4Search({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation("pathway");
  const { offences } = useContentText();
  const id = useId();
  const [query, setQuery] = useState("");
  const results = query.trim() === "" ? [] : searchOffences(query, { limit: 12, titleOf: offences.title });
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
            data-schedule4={entry.schedule4}
          >
            <H>{formatCatalogueEntry(entry, offences.title(entry.id), offences.commonLaw())}</H>
            <p>
              <strong className={`tag${entry.schedule4 === "not-listed" ? "" : " tag--warning"}`}>
                {t(`schedule4.status.${entry.schedule4}`)}
              </strong>
            </p>
            {entry.paragraph === undefined ? null : <p>{t("schedule4.paragraph", { paragraph: entry.paragraph })}</p>}
            {entry.kind === "schedule4" && entry.schedule4 === "conditional" ? (
              <p>
                <strong>{t("schedule4.onlyWhen")}</strong> {offences.condition(entry.id)}
              </p>
            ) : null}
            {entry.hasCaution ? <p>{offences.caution(entry.id)}</p> : null}
            <ProvenanceNote provenance={entry.provenance} compact />
          </li>
        ))}
      </ul>
    </div>
  );
}
