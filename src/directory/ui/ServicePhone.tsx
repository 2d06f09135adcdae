import { useTranslation } from "react-i18next";
import type { PhoneView } from "../phones/phoneStatus";
import { formatDate } from "../../platform/i18n/formatDate";
import { STALE_AFTER_DAYS } from "../dates";

/** Why a confirmation the pack claims does not count, in the officer's words (the reason comes from phoneStatus.ts). */
const CLAIM_IGNORED = {
  untrusted: "card.claimIgnored",
  "changed-here": "card.claimIgnoredChanged",
  "future-date": "card.claimIgnoredFuture",
} as const;

/**
 * One number of a directory entry. Tap-to-call only when someone responsible
 * vouches for it (phones/phoneStatus.ts decides), with who and when; any other
 * number is text, never a link, so nobody dials it in a hurry.
 */
export function ServicePhone({
  phone,
  serviceName,
  publisherName,
  showLabel,
}: {
  phone: PhoneView;
  serviceName: string;
  publisherName: string | undefined;
  showLabel: boolean;
}) {
  const { t, i18n } = useTranslation("directory");
  const { t: tc } = useTranslation();
  const { status } = phone;
  const date = (iso: string | undefined) => (iso === undefined ? "" : formatDate(iso, i18n.language));
  const who =
    status.kind !== "confirmed" || status.by === "project"
      ? null
      : status.by === "publisher"
        ? t("card.confirmedPublisher", { name: status.name, date: date(status.on), publisher: publisherName ?? "" })
        : t("card.confirmedLocal", { name: status.name, date: date(status.on) });
  return (
    <div className="service-item__phone" data-testid="service-phone" data-confirmed={status.kind === "confirmed"}>
      {showLabel && phone.description !== undefined ? (
        <p className="service-item__phone-label">{t("card.phoneFor", { description: phone.description })}</p>
      ) : null}
      {status.kind === "confirmed" ? (
        <>
          <a
            className="button button--secondary phone-link"
            href={`tel:${phone.tel}`}
            aria-label={tc("contact.call", { name: serviceName, phone: phone.number })}
          >
            {tc("contact.callShort", { phone: phone.number })}
          </a>
          {/* The national numbers need no "who": a local number says who vouches for it. */}
          {status.by === "project" ? null : (
            <p className="service-item__confirmed" data-testid="confirmed-by">
              {who}
            </p>
          )}
          {status.stale ? (
            <p className="service-item__confirmed">
              <span className="tag tag--warning">{t("marker.stale")}</span>{" "}
              {t("card.confirmationStale", { days: STALE_AFTER_DAYS })}
            </p>
          ) : null}
        </>
      ) : (
        <p className="phone-unconfirmed">
          {t("card.unconfirmedNumber", { phone: phone.number })}
          {status.ignoredBecause === undefined ? null : <> {t(CLAIM_IGNORED[status.ignoredBecause])}</>}
        </p>
      )}
    </div>
  );
}
