import { useTranslation } from "react-i18next";
import type { DirectoryEntry } from "../query/entryView";
import { PhoneLink } from "../../ui/PhoneLink";
import { ProvenanceNote } from "../../ui/ProvenanceNote";
import { formatDate } from "../../platform/i18n/formatDate";

/** One support service, with every flag an officer must see before relying on it. */
export function ServiceCard({
  entry,
  headingLevel = 3,
  children,
}: {
  entry: DirectoryEntry;
  headingLevel?: 2 | 3;
  children?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation("directory");
  const { service, flags } = entry;
  const H = headingLevel === 2 ? "h2" : "h3";
  const warn = flags.stale || flags.packExpired || flags.unverified || flags.needsVerification || flags.retired;
  return (
    <article className={`card${warn ? " card--verify" : ""}`} data-testid="service" data-service={service.id}>
      <H>{service.name}</H>
      <p className="hint">{entry.organisation.name}</p>
      <ul className="tags" aria-label={t("card.flags")}>
        {flags.sample ? <li className="tag">{t("card.sample")}</li> : null}
        {flags.local === null ? null : <li className="tag">{t("card.local")}</li>}
        {flags.stale ? <li className="tag tag--warning">{t("card.stale", { days: flags.daysSinceAssured })}</li> : null}
        {flags.packExpired ? <li className="tag tag--warning">{t("card.expired")}</li> : null}
        {flags.unverified ? <li className="tag tag--warning">{t("card.unverified")}</li> : null}
        {flags.needsVerification ? <li className="tag tag--warning">{t("card.verify")}</li> : null}
        {flags.retired ? <li className="tag tag--warning">{t("card.retired")}</li> : null}
        {service.hours?.open247 === true ? <li className="tag tag--success">{t("card.open247")}</li> : null}
        {entry.area === "national" ? <li className="tag">{t("card.national")}</li> : null}
      </ul>
      <p>{service.description}</p>
      {service.eligibility === undefined ? null : (
        <p>
          <strong>{t("card.eligibility")}</strong> {service.eligibility}
        </p>
      )}
      {service.howToAccess === undefined ? null : (
        <p>
          <strong>{t("card.howToAccess")}</strong> {service.howToAccess}
        </p>
      )}
      {service.phones.map((p) => (
        <div key={p.number} className="service__phone">
          {p.description === undefined ? null : <p>{p.description}</p>}
          <PhoneLink phone={p.number} verification={p.verification} name={service.name} />
        </div>
      ))}
      {service.phones.length === 0 ? <p className="hint">{service.noPhoneNote ?? t("card.noPhone")}</p> : null}
      {entry.locations.map((loc) =>
        loc.confidentialAddress ? (
          <p key={loc.id} className="hint">
            {t("card.confidential")}
          </p>
        ) : loc.address === undefined ? null : (
          <p key={loc.id}>
            {[loc.address.line1, loc.address.line2, loc.address.town, loc.address.postcode]
              .filter((x) => x !== undefined)
              .join(", ")}
          </p>
        ),
      )}
      <p className="source">{t("card.assured", { date: formatDate(service.assuredDate, i18n.language) })}</p>
      {service.sampleSource === undefined ? null : (
        <p className="source">{t("card.sampleSource", { source: service.sampleSource })}</p>
      )}
      <details className="why">
        <summary>{t("card.sources")}</summary>
        <ProvenanceNote provenance={service.provenance} />
      </details>
      {children}
    </article>
  );
}
