import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { ReloadButton } from "../../ui/ReloadButton";
import { applyUpdate, dismissOfflineReady, getSwState, subscribeSw } from "../../platform/serviceWorker";

/** Says when the app is ready offline, and offers (never forces) an update. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const state = useSyncExternalStore(subscribeSw, getSwState);
  if (state === "offline-ready") {
    return (
      <div className="banner banner--success" role="status" data-testid="offline-ready">
        <p>{t("sw.offlineReady")}</p>
        <button type="button" className="button button--secondary" onClick={dismissOfflineReady}>
          {t("sw.dismiss")}
        </button>
      </div>
    );
  }
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
