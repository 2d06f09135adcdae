// The live first-contact flow, mounted at /encounter: the flow routes the
// rest of the path itself (see ui/EncounterRoutes.tsx).
import { preloadWhenIdle } from "../platform/navigation/lazyScreen";
import type { RouteDef } from "../platform/navigation/routeTable";
import { LIVE_ENCOUNTER_BASE } from "./paths";

export const liveEncounterRoute: RouteDef = {
  pattern: `${LIVE_ENCOUNTER_BASE}/*`,
  load: () => import("./ui/LiveEncounter"),
  namespaces: ["encounter", "pathway", "directory", "content", "offences"],
  titleKey: "titles.encounter",
};

export const encounterRoutes: readonly RouteDef[] = [liveEncounterRoute];

/**
 * Loads the flow while the start screen is idle, so that pressing Start does
 * not wait for its code, nor run its start-up work as one long task.
 */
export function prefetchEncounter(): void {
  preloadWhenIdle(liveEncounterRoute);
}
