// A live encounter: the device store under /encounter.
import { readSetting } from "../../platform/settings/settings";
import type { ScreenProps } from "../../platform/navigation/routeTable";
import { isForceAreaId } from "../../shared/forceAreas";
import { deviceEncounterStore } from "../browser/deviceStore";
import { LIVE_ENCOUNTER_BASE } from "../paths";
import { EncounterProvider, makeSetup } from "./EncounterContext";
import { EncounterRoutes } from "./EncounterRoutes";

const liveSetup = makeSetup(LIVE_ENCOUNTER_BASE, deviceEncounterStore(), {
  defaultArea: () => {
    const area = readSetting("forceArea");
    return isForceAreaId(area) ? area : null;
  },
});

export default function LiveEncounter({ path }: ScreenProps) {
  return (
    <EncounterProvider setup={liveSetup}>
      <EncounterRoutes path={path} />
    </EncounterProvider>
  );
}
