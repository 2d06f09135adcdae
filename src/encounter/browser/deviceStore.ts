// The live encounter store: localStorage on this device, forgotten when the
// shell forgets the encounter (quick exit, start a new one) or another tab does.
import { createEncounterStore, type EncounterStore } from "../store";
import { ENCOUNTER_STORAGE_KEY, onForgetEncounter } from "../persistence";
import { deviceStorage } from "./deviceStorage";

let device: EncounterStore | undefined;

export function deviceEncounterStore(): EncounterStore {
  if (device !== undefined) return device;
  const store = createEncounterStore({ storage: deviceStorage() });
  onForgetEncounter(() => {
    store.forgetInMemory();
  });
  // Another tab cleared the encounter: forget it here too, or this tab's next
  // answer would write the old ones back.
  globalThis.addEventListener("storage", (event) => {
    if (event.key === null || (event.key === ENCOUNTER_STORAGE_KEY && event.newValue === null)) store.forgetInMemory();
  });
  device = store;
  return store;
}
