import { useTranslation } from "react-i18next";
import type { Verification } from "../shared/provenance";

/**
 * Tap-to-call only for confirmed numbers. An unconfirmed number is shown as
 * text with its flag, never as a link, so nobody dials it in a hurry.
 */
export function PhoneLink({ phone, verification, name }: { phone: string; verification: Verification; name: string }) {
  const { t } = useTranslation();
  if (verification === "confirmed") {
    return (
      <a
        className="button button--secondary phone-link"
        href={`tel:${phone.replace(/\s+/g, "")}`}
        aria-label={t("contact.call", { name, phone })}
      >
        {t("contact.callShort", { phone })}
      </a>
    );
  }
  return (
    <p className="phone-unconfirmed">
      <span className="tag tag--warning">{t("provenance.unconfirmed")}</span>{" "}
      <span>{t("contact.unconfirmedNumber", { phone })}</span>
    </p>
  );
}
