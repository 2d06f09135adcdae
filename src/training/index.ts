// Public API of training mode: its routes and ways in (for the shell), and
// the domain — the scenario library, the check against the engine, practice
// comparison, presenter moves and scenario packs — for tests and tools. The
// screens load lazily through the routes; nothing here touches the DOM.
export { trainingRoutes } from "./routes";
export { TRAINING_PATHS, returnPathFor } from "./paths";
export { BUILTIN_SCENARIOS, LIBRARY_PUBLISHER, LIBRARY_VERSION } from "./library/builtinScenarios";
export { libraryEntries, findEntry, BUILTIN_IDS, type LibraryEntry } from "./library/library";
export {
  scenarioSchema,
  expectedOutcomeSchema,
  ROUTE_KEYS,
  type Scenario,
  type ExpectedOutcome,
  type AnswerNote,
  type DebriefPoint,
} from "./model/scenario";
export {
  scenarioTextSchema,
  builtinScenarioText,
  scenarioTextKeys,
  lookupInTree,
  type ScenarioText,
  type TextLookup,
} from "./model/scenarioText";
export { runAnswers, type ExpectedRun, type RunProblem } from "./check/expectedRun";
export { checkScenario } from "./check/checkScenario";
export { compareRun, sameAnswer, type RunComparison, type AnswerComparison, type Score } from "./practice/compareRun";
export { presenterMove, presenterProgress, type PresenterCommand, type PresenterMove } from "./present/presenterMove";
export { presenterCommandForKey, type KeyPress, type FocusKind } from "./present/presenterKeys";
export {
  TRAINING_PACK_FORMAT,
  TRAINING_PACK_SCHEMA_VERSION,
  packTextFor,
  type TrainingPack,
  type PackScenario,
  type PackText,
} from "./pack/packFormat";
export { readTrainingPack, describePackError, type TrainingPackError, type PackReading } from "./pack/readPack";
export { writeTrainingPack, type PackFile } from "./pack/writePack";
export { importTrainingPack } from "./pack/importPack";
export {
  createTrainingSession,
  trainingSession,
  type TrainingSession,
  type TrainingState,
  type Attempt,
} from "./session/trainingSession";
