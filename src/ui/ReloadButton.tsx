import { useTranslation } from "react-i18next";

/** Reloads the app: only ever pressed by the user (an update, or a screen that failed to load). */
export function ReloadButton() {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        globalThis.location.reload();
      }}
    >
      {t("update.reload")}
    </button>
  );
}
