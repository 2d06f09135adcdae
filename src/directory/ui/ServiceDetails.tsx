import { useTranslation } from "react-i18next";
import type { DirectoryEntry } from "../query/entryView";
import { trustMarkersOf, type TrustMarker } from "../query/trustMarker";
import { formatDate, intlLocale } from "../../platform/i18n/formatDate";

function languageNames(codes: readonly string[], locale: string): string {
  let names: Intl.DisplayNames | undefined;
  try {
    names = new Intl.DisplayNames([intlLocale(locale), "en-GB"], { type: "language" });
  } catch {
    names = undefined;
  }
  return codes.map((code) => names?.of(code) ?? code).join(", ");
}

/**
 * What an officer reads before relying on an entry, one tap away: who runs
 * it, who it is for, how to get help, every trust flag in words, when it was
 * last checked and the public sources it comes from. Closed by default.
 */
export function ServiceDetails({ entry, fullDescription }: { entry: DirectoryEntry; fullDescription?: string | undefined }) {
  const { t, i18n } = useTranslation("directory");
  const { service, organisation, flags } = entry;
  const fact = (marker: TrustMarker): string => {
    switch (marker) {
      case "retired":
        return t("card.retired");
      case "unclassified":
        return t("card.unclassified");
      case "pack-expired":
        return t("card.expired");
      case "unverified":
        return t("card.unverified");
      case "stale":
        return t("card.stale", { days: flags.daysSinceAssured });
      case "unconfirmed":
        return t("card.verify");
      case "sample":
        return t("card.sample");
    }
  };
  const unconfirmedNote =
    service.provenance.verification === "verify"
      ? service.provenance.verificationNote
      : organisation.provenance.verification === "verify"
        ? organisation.provenance.verificationNote
        : undefined;
  const hours = service.hours;
  return (
    <details className="service-item__details" data-testid="service-details">
      <summary>
        {t("card.details")}
        <span className="visually-hidden">: {service.name}</span>
      </summary>
      <div className="service-item__more">
        {fullDescription === undefined ? null : (
          <p>
            <strong>{t("card.description")}</strong> {fullDescription}
          </p>
        )}
        <p>
          <strong>{t("card.organisation")}</strong> {organisation.name}
        </p>
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
        {service.languages.length === 0 ? null : (
          <p>
            <strong>{t("card.languages")}</strong> {languageNames(service.languages, i18n.language)}
          </p>
        )}
        {hours === undefined || (hours.open247 && hours.note === undefined) ? null : (
          <div>
            <p className="service-item__subhead">
              <strong>{t("card.hours")}</strong>
            </p>
            {hours.open247 ? null : (
              <ul>
                {hours.weekly.map((p, i) => (
                  <li key={i}>
                    {t("card.hoursPeriod", {
                      days: p.days.map((d) => t(`days.${d}`)).join(", "),
                      opens: p.opens,
                      closes: p.closes,
                    })}
                  </li>
                ))}
              </ul>
            )}
            {hours.note === undefined ? null : <p>{hours.note}</p>}
          </div>
        )}
        {entry.locations.map((loc) =>
          loc.confidentialAddress ? (
            <p key={loc.id}>{t("card.confidential")}</p>
          ) : loc.address === undefined ? null : (
            <p key={loc.id}>
              {[loc.address.line1, loc.address.line2, loc.address.town, loc.address.postcode]
                .filter((x) => x !== undefined)
                .join(", ")}
            </p>
          ),
        )}
        <p className="service-item__subhead">
          <strong>{t("card.flags")}</strong>
        </p>
        <ul data-testid="trust-facts">
          {trustMarkersOf(entry).map((m) => (
            <li key={m}>{fact(m)}</li>
          ))}
          {flags.local === null ? null : <li>{t("card.local")}</li>}
          <li>{entry.area === "national" ? t("card.national") : t("card.areaService")}</li>
        </ul>
        {flags.needsVerification ? (
          <p>
            <strong>{t("card.whyUnconfirmed")}</strong> {unconfirmedNote ?? t("card.unconfirmedDefault")}
          </p>
        ) : null}
        <p className="source">{t("card.assured", { date: formatDate(service.assuredDate, i18n.language) })}</p>
        <p className="source service-item__subhead">
          <strong>{t("card.sources")}</strong>
        </p>
        <ul className="source source__list" data-testid="sources">
          {service.provenance.sources.map((s, i) => (
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
        {service.sampleSource === undefined ? null : (
          <p className="source">{t("card.sampleSource", { source: service.sampleSource })}</p>
        )}
      </div>
    </details>
  );
}
