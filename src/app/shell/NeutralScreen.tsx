import { useTranslation } from "react-i18next";
import { Link } from "../../platform/navigation/Link";

/** What quick exit lands on: an empty, ordinary-looking notes page with no sensitive words. */
export function NeutralScreen() {
  const { t } = useTranslation();
  return (
    <div className="neutral">
      <h1>{t("neutral.title")}</h1>
      <p>{t("neutral.empty")}</p>
      <Link to="/" className="neutral__back">
        {t("neutral.back")}
      </Link>
    </div>
  );
}
