// Public API of the first-contact flow: its routes, the encounter kept on the
// device (read, purge, forget — without loading the flow), and what a
// training run needs to drive the same screens with its own store.
import { lazy } from "react";
import { deviceStorage } from "./browser/deviceStorage";
import { forgetEncounter, savedEncounterTime } from "./persistence";

export { encounterRoutes, prefetchEncounter } from "./routes";
export { LIVE_ENCOUNTER_BASE, encounterPaths, parseEncounterPath, type EncounterScreen, type OutcomeScreen } from "./paths";
export { guardScreen } from "./screenGuard";
export { nextScreen, screenAfterAnswer } from "./nextStep";
export { createEncounterStore, type EncounterStore, type EncounterState } from "./store";
export { buildHandoverSummary, type SummaryInput, type SummaryKey } from "./handoverSummary";
export {
  checkStoredEncounter,
  onForgetEncounter,
  ENCOUNTER_STORAGE_KEY,
  ENCOUNTER_MAX_AGE_MS,
  type KeyValueStorage,
} from "./persistence";

/** When the encounter saved on this device was last changed, or null; an expired or unreadable one is deleted. */
export function savedLiveEncounter(now: number = Date.now()): Date | null {
  const storage = deviceStorage();
  return storage === null ? null : savedEncounterTime(storage, now);
}

/** Forget the live encounter in this tab: in memory (if the flow is loaded) and on the device. */
export function forgetLiveEncounter(): void {
  forgetEncounter(deviceStorage());
}

/** The flow's screens under another base, with another store (training runs). */
export const EncounterView = lazy(() => import("./ui/EncounterView").then((m) => ({ default: m.EncounterView })));
