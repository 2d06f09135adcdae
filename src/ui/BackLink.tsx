import { useTranslation } from "react-i18next";
import { canGoBackInApp, navigate } from "../platform/navigation/history";

/** GOV.UK-style back link: back in history (answers and scroll kept), never off the site. */
export function BackLink({ fallback = "/" }: { fallback?: string }) {
  const { t } = useTranslation();
  return (
    <a
      href={fallback}
      className="back-link"
      onClick={(event) => {
        event.preventDefault();
        if (canGoBackInApp()) globalThis.history.back();
        else navigate(fallback);
      }}
    >
      {t("nav.back")}
    </a>
  );
}
