// Lazy screens load their code and their translations together, so a screen
// never waits for one and then the other.
import i18next from "i18next";
import type { ComponentType } from "react";
import type { Namespace } from "../i18n/locales";

export function withNamespaces<T extends { default: ComponentType }>(
  load: () => Promise<T>,
  namespaces: Namespace[],
): () => Promise<T> {
  return () => Promise.all([load(), i18next.loadNamespaces(namespaces)]).then(([module]) => module);
}

/** The first-contact flow's code and strings, loaded on demand (and ahead of time, when idle). */
export const loadEncounter = withNamespaces(
  () => import("../../encounter/ui/EncounterScreen"),
  ["encounter", "pathway", "directory"],
);

/**
 * Loads the flow while the start screen is idle, so that pressing Start does
 * not wait for its code, nor run its start-up work as one long task.
 */
export function prefetchEncounter(): void {
  // A fetch that fails on a flaky first visit could be remembered by the browser: only prefetch online.
  if (!navigator.onLine && navigator.serviceWorker.controller === null) return;
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number })
    .requestIdleCallback;
  const run = () => {
    loadEncounter().catch(() => {
      // Offline before the first install: Start will try again.
    });
  };
  if (idle) idle(run, { timeout: 3000 });
  else setTimeout(run, 1000);
}
