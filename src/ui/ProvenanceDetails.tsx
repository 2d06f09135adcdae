import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Provenance } from "../shared/provenance";
import { ProvenanceNote } from "./ProvenanceNote";

/**
 * "Why this, and where from?" — collapsed so it never slows the officer down:
 * the sources are only rendered once it is opened.
 */
export function ProvenanceDetails({ provenance, why }: { provenance: Provenance; why?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="why"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>
        {t("why.summary")}
        {provenance.verification === "verify" ? (
          <span className="tag tag--warning why__flag" data-testid="verify-flag">
            {t("why.unconfirmed")}
          </span>
        ) : null}
      </summary>
      {open ? (
        <>
          {why === undefined ? null : <p>{why}</p>}
          <ProvenanceNote provenance={provenance} />
        </>
      ) : null}
    </details>
  );
}
