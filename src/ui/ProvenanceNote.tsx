import { useTranslation } from "react-i18next";
import type { Provenance } from "../shared/provenance";
import { formatDate } from "../platform/i18n/formatDate";

/**
 * Where a piece of guidance or a directory entry came from and when a person
 * last checked it. Unconfirmed items say so, visibly, with the reason.
 */
export function ProvenanceNote({ provenance, compact = false }: { provenance: Provenance; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  // Built-in content names its note by id (the content namespace, loaded by
  // the routes that show pathway content); directory packs carry the words.
  const note =
    provenance.noteId === undefined
      ? provenance.verificationNote
      : (i18n.t(`notes.${provenance.noteId}` as never, { ns: "content" } as never) as unknown as string);
  return (
    <div className="source" data-testid="provenance">
      {provenance.verification === "verify" ? (
        <p>
          <strong className="tag tag--warning" data-testid="verify-flag">
            {t("provenance.unconfirmed")}
          </strong>{" "}
          {note ?? t("provenance.unconfirmedDefault")}
        </p>
      ) : null}
      {provenance.reviewBy === undefined ? null : (
        <p>
          {provenance.verification === "confirmed" && note !== undefined ? `${note} ` : ""}
          {t("provenance.reviewBy", { date: formatDate(provenance.reviewBy, i18n.language) })}
        </p>
      )}
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
