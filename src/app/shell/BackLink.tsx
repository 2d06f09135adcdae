import { useTranslation } from "react-i18next";

/** GOV.UK-style back link: goes back in history, so answers and scroll are kept. */
export function BackLink({ fallback = "/" }: { fallback?: string }) {
  const { t } = useTranslation();
  return (
    <a
      href={fallback}
      className="back-link"
      onClick={(event) => {
        if (globalThis.history.length > 1) {
          event.preventDefault();
          globalThis.history.back();
        }
      }}
    >
      {t("nav.back")}
    </a>
  );
}
