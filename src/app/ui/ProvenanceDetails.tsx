import { useTranslation } from "react-i18next";
import type { Provenance } from "../../shared/provenance";
import { ProvenanceNote } from "./ProvenanceNote";

/** "Why this, and where from?" — collapsed so it never slows the officer down. */
export function ProvenanceDetails({ provenance, why }: { provenance: Provenance; why?: string }) {
  const { t } = useTranslation();
  return (
    <details className="why">
      <summary>
        {t("why.summary")}
        {provenance.verification === "verify" ? <span className="tag tag--warning why__flag">{t("why.unconfirmed")}</span> : null}
      </summary>
      {why === undefined ? null : <p>{why}</p>}
      <ProvenanceNote provenance={provenance} />
    </details>
  );
}
