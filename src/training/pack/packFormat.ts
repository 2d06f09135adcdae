// The scenario pack trainers import and export: a versioned envelope around
// scenarios, each with its words in English and, optionally, Welsh. Same
// discipline as the directory's packs: a format name, a schemaVersion this app
// reads, a packVersion that only goes up, and strict objects throughout.
import { z } from "../../shared/zod";
import { idSchema } from "../../pathway";
import { scenarioTextSchema, type ScenarioText } from "../model/scenarioText";
import type { Scenario } from "../model/scenario";

export const TRAINING_PACK_FORMAT = "waymark-training-pack";
export const TRAINING_PACK_SCHEMA_VERSION = 1;
export const MAX_TRAINING_PACK_BYTES = 2 * 1024 * 1024;
export const MAX_PACK_SCENARIOS = 100;

export const packPublisherSchema = z.strictObject({
  /** Lower-case slug; with packVersion, identifies the pack ("waymark" is the built-in library). */
  id: idSchema.max(60),
  name: z.string().trim().min(1).max(120),
});
export type PackPublisher = z.infer<typeof packPublisherSchema>;

/** The envelope; each scenario is checked on its own so an error can name it. */
export const packEnvelopeSchema = z.strictObject({
  format: z.literal(TRAINING_PACK_FORMAT),
  schemaVersion: z.literal(TRAINING_PACK_SCHEMA_VERSION),
  packVersion: z.number().int().min(1),
  publisher: packPublisherSchema,
  title: z.string().trim().min(1).max(120).optional(),
  /** The guidance content version the expected outcomes were written against (for the reader; the engine decides). */
  contentVersion: z.string().min(1).max(40).optional(),
  scenarios: z.array(z.unknown()).min(1, "a pack has at least one scenario").max(MAX_PACK_SCENARIOS),
});

/** A scenario's words: English always, Welsh when the trainer has them. */
export const packTextSchema = z.strictObject({ "en-GB": scenarioTextSchema, cy: scenarioTextSchema.optional() });
export type PackText = z.infer<typeof packTextSchema>;

export const PACK_LANGUAGES = ["en-GB", "cy"] as const;

export interface PackScenario {
  scenario: Scenario;
  text: PackText;
}

export interface TrainingPack {
  publisher: PackPublisher;
  packVersion: number;
  title?: string;
  contentVersion?: string;
  scenarios: PackScenario[];
}

/** The words for a language, or English when the pack has none in it. */
export function packTextFor(text: PackText, language: string): ScenarioText {
  return language === "cy" && text.cy !== undefined ? text.cy : text["en-GB"];
}
