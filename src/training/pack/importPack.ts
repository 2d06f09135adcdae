// Importing a pack into the session: all or nothing. The session changes only
// when the whole pack passed every check, so a bad file changes nothing.
import { BUILTIN_IDS } from "../library/library";
import type { TrainingSession } from "../session/trainingSession";
import { readTrainingPack, type PackReading } from "./readPack";

export function importTrainingPack(session: TrainingSession, bytes: Uint8Array): PackReading {
  const result = readTrainingPack(bytes, { builtinIds: BUILTIN_IDS, loaded: session.get().packs });
  if (result.ok) session.addPack(result.pack);
  return result;
}
