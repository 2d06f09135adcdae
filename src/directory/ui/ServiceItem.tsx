import type { ReactNode, Ref } from "react";
import { useTranslation } from "react-i18next";
import type { DirectoryEntry } from "../query/entryView";
import { trustMarkerOf } from "../query/trustMarker";
import { openingStateOf } from "../query/openingState";
import { leadTextOf } from "../query/leadText";
import { ServiceDetails } from "./ServiceDetails";
import { ServicePhone } from "./ServicePhone";
import { TrustMarkerTag } from "./TrustMarkerTag";

/** Officer screens get officer wording; the MSVLO screens also see the notes written for editors. */
export type ItemAudience = "officer" | "editor";

/**
 * One support service in a compact list: name, one trust marker, open now,
 * the call button, then what it offers. Everything else is one tap away in
 * its details.
 */
export function ServiceItem({
  entry,
  audience,
  now,
  headingLevel = 3,
  headingRef,
  children,
}: {
  entry: DirectoryEntry;
  audience: ItemAudience;
  now: Date;
  headingLevel?: 2 | 3;
  /** Focus target when the item is the first of a page just shown. */
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  children?: ReactNode;
}) {
  const { t } = useTranslation("directory");
  const { service } = entry;
  const H = headingLevel === 2 ? "h2" : "h3";
  const marker = trustMarkerOf(entry);
  const open = openingStateOf(service.hours, now);
  const lead = leadTextOf(service.description);
  const noPhoneInline = service.phones.length === 0 && audience === "officer";
  const openText =
    open.kind === "open-24-hours"
      ? t("open.open-24-hours")
      : open.kind === "open-now"
        ? t("open.open-now", { time: open.closes })
        : open.kind === "closed-now"
          ? open.next === undefined
            ? t("open.closed-now")
            : t("open.closed-next", { day: t(`days.${open.next.day}`), time: open.next.opens })
          : null;
  return (
    <li
      className={`service-item${marker === null ? "" : " service-item--flagged"}`}
      data-testid="service"
      data-service={service.id}
    >
      <H className="service-item__name" ref={headingRef} tabIndex={headingRef === undefined ? undefined : -1}>
        {service.name}
      </H>
      {marker === null && openText === null && entry.flags.local === null && !noPhoneInline ? null : (
        <p className="service-item__status">
          {marker === null ? null : <TrustMarkerTag marker={marker} />}
          {openText === null ? null : (
            <span className={`service-item__open${open.kind === "closed-now" ? "" : " service-item__open--open"}`}>
              {openText}
            </span>
          )}
          {/* Not a warning: says the entry differs from its published pack. */}
          {entry.flags.local === null ? null : <span className="tag">{t("card.local")}</span>}
          {/* Officers: what to do is said once above the list (support.noNumberNote). */}
          {noPhoneInline ? (
            <span className="service-item__no-phone" data-testid="no-phone">
              {t("card.noPhoneOfficer")}
            </span>
          ) : null}
        </p>
      )}
      {entry.phones.map((p) => (
        <ServicePhone
          key={p.digits}
          phone={p}
          serviceName={service.name}
          publisherName={entry.pack?.publisherName}
          showLabel={entry.phones.length > 1}
        />
      ))}
      {service.phones.length === 0 && audience === "editor" ? (
        <p className="service-item__no-phone" data-testid="no-phone">
          {service.noPhoneNote ?? t("card.noPhoneEditor")}
        </p>
      ) : null}
      <p className="service-item__lead" data-testid="service-lead">
        {lead.lead}
      </p>
      <ServiceDetails entry={entry} fullDescription={lead.shortened ? service.description : undefined} />
      {children}
    </li>
  );
}
