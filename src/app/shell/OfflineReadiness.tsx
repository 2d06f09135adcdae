import { useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { getSwState, subscribeSw } from "../../platform/serviceWorker";

/**
 * One line on the start screen saying whether Waymark works without a signal
 * yet. Its box keeps the same height whatever it says, so the screen never
 * moves under a finger when the service worker finishes installing.
 */
export function OfflineReadiness() {
  const { t } = useTranslation();
  const state = useSyncExternalStore(subscribeSw, getSwState);
  const ready = state === "offline-ready" || state === "active" || state === "update-available" || state === "updated-elsewhere";
  const key = ready ? "readiness.ready" : state === "installing" ? "readiness.installing" : "readiness.online";
  return (
    <p
      className={`readiness${ready ? " readiness--ready" : ""}`}
      role="status"
      data-testid={ready ? "offline-ready" : "offline-not-ready"}
      data-state={state}
    >
      {t(key)}
    </p>
  );
}
