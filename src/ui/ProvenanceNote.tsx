import { useTranslation } from "react-i18next";
import type { Provenance } from "../shared/provenance";
import { formatDate } from "../platform/i18n/formatDate";

/**
 * Where a piece of guidance or a directory entry came from and when a person
 * last checked it. Unconfirmed items say so, visibly, with the reason.
 */
export function ProvenanceNote({ provenance, compact = false }: { provenance: Provenance; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="source" data-testid="provenance">
      {provenance.verification === "verify" ? (
        <p>
          <strong className="tag tag--warning" data-testid="verify-flag">
            {t("provenance.unconfirmed")}
          </strong>{" "}
          {provenance.verificationNote ?? t("provenance.unconfirmedDefault")}
        </p>
      ) : null}
      <p>{t("provenance.lastChecked", { date: formatDate(provenance.lastReviewed, i18n.language) })}</p>
      {compact ? null : (
        <ul className="source__list">
          {provenance.sources.map((s, i) => (
            <li key={i}>
              {[s.publisher, s.title, s.section, s.version].filter((x) => x !== undefined && x !== "").join(", ")}
              {s.url === undefined ? null : (
                <>
                  {" "}
                  <span className="source__url">{s.url}</span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
