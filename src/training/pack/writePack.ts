// A scenario pack as a file: the built-in library (a template for trainers to
// copy and change) or the scenarios this session imported. The output reads
// back with readTrainingPack.
import { CONTENT_VERSION } from "../../pathway";
import { TRAINING_PACK_FORMAT, TRAINING_PACK_SCHEMA_VERSION, type PackPublisher, type PackScenario } from "./packFormat";

export interface PackFile {
  fileName: string;
  json: string;
}

export function writeTrainingPack(input: {
  publisher: PackPublisher;
  packVersion: number;
  title?: string;
  scenarios: readonly PackScenario[];
}): PackFile {
  const pack = {
    format: TRAINING_PACK_FORMAT,
    schemaVersion: TRAINING_PACK_SCHEMA_VERSION,
    packVersion: input.packVersion,
    publisher: input.publisher,
    ...(input.title === undefined ? {} : { title: input.title }),
    contentVersion: CONTENT_VERSION,
    // The words go last in each scenario, so a trainer reads the structure first.
    scenarios: input.scenarios.map(({ scenario, text }) => ({ ...scenario, text })),
  };
  return {
    fileName: `waymark-training-${input.publisher.id}-v${input.packVersion}.json`,
    json: `${JSON.stringify(pack, null, 2)}\n`,
  };
}
