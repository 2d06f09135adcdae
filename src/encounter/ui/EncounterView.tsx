// The flow's screens for a caller that brings its own store and base
// address (a training run), inside the same guards as a live encounter.
import { EncounterProvider, makeSetup } from "./EncounterContext";
import { EncounterRoutes } from "./EncounterRoutes";
import type { EncounterStore } from "../store";
import type { ForceAreaId } from "../../shared/forceAreas";

export function EncounterView(props: { base: string; path: string; store: EncounterStore; exitTo: string; area?: ForceAreaId }) {
  const setup = makeSetup(props.base, props.store, {
    exitTo: props.exitTo,
    training: true,
    ...(props.area === undefined ? {} : { defaultArea: () => props.area ?? null }),
  });
  return (
    <EncounterProvider setup={setup}>
      <EncounterRoutes path={props.path} />
    </EncounterProvider>
  );
}
