import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { ReloadButton } from "../../ui/ReloadButton";
import { applyUpdate, getSwState, subscribeSw } from "../../platform/serviceWorker";

/**
 * Offers (never forces) an update. Shown only at the end of the start, About
 * and Settings screens: never on a question or outcome page, where it could
 * move what the officer is about to tap, and it never takes focus.
 */
export function UpdateNotice() {
  const { t } = useTranslation();
  const state = useSyncExternalStore(subscribeSw, getSwState);
  if (state === "updated-elsewhere") {
    return (
      <div className="banner" role="status" data-testid="updated-elsewhere">
        <p>{t("update.otherTab")}</p>
        <ReloadButton />
      </div>
    );
  }
  if (state === "update-available") {
    return (
      <div className="banner" role="status" data-testid="update-available">
        <p>{t("sw.updateAvailable")}</p>
        <button type="button" className="button" onClick={applyUpdate}>
          {t("sw.reload")}
        </button>
      </div>
    );
  }
  return <div role="status" className="visually-hidden" />;
}
