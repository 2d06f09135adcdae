// Public API of the pathway: content, engine, Schedule 4, validation, the
// decide command's core, and the pathway's screens (lazy). The domain modules
// behind it have no React and no DOM. Contract: docs/pathway-engine.md.
export { PATHWAY_CONTENT } from "./content";
export { DANGER_ACTIONS } from "./content/actions";
export { SRC as CONTENT_SOURCES } from "./content/sources";
export { confirmed as confirmedProvenance, verify as unconfirmedProvenance } from "./content/review";
export { CONTENT_VERSION, GUIDANCE_VERSIONS } from "./content/versions";
export { decide, evaluateRules, PathwayContentError } from "./engine/decide";
export { getNextQuestion, getQuestionPath, getQuestion, pruneAnswers, type QuestionId } from "./engine/questionFlow";
export { factsFromAnswers, answersFromFacts, type FactsFromAnswers } from "./engine/answers";
export { routeKey, type RouteKey } from "./engine/routeKey";
export { caseStateOf, nationOf } from "./engine/derivedFacts";
export { validateContent, type ValidationResult } from "./validation/validateContent";
export { validateContentTexts, reviewWarnings } from "./validation/validateTexts";
export { runDecide, runDecideCommand, type CommandResult, type DecideIo } from "./cli/runDecide";
export { runOffencesCommand, type OffenceMatch } from "./cli/runOffences";
export { toScenarioOutput, formatSource } from "./cli/scenarioOutput";
export {
  contentText,
  offenceText,
  type ContentText,
  type OffenceText,
  type Lookup,
  type QuestionText,
  type OptionText,
  type ActionText,
} from "./text/contentText";
export * from "./model/facts";
export * from "./model/contentSchema";
export * from "./model/decision";
export {
  SCHEDULE4_ENTRIES,
  SCHEDULE4_PROVENANCE,
  matchSchedule4,
  offenceRefSchema,
  schedule4CoverageNotes,
  type OffenceRef,
  type Schedule4Entry,
  type Schedule4Match,
} from "./schedule4";
export { offenceCatalogue, findCatalogueEntry, refFromCatalogue, type CatalogueEntry } from "./offences/catalogue";
export { searchOffences, isSearchable, type SearchOptions } from "./offences/searchOffences";
export { formatCatalogueEntry, formatOffence, isCatalogueOffence, searchTextFor } from "./offences/offenceRef";
export { SCHEDULE4_STATUSES, type Schedule4Status } from "./offences/offenceSchema";
export { pathwayRoutes, PATHWAY_PATHS } from "./routes";

// Screens other features embed, loaded on first render (so the domain above
// stays usable from Node and workers without React screens).
import { lazy } from "react";
export const Schedule4Search = lazy(() => import("./ui/Schedule4Search").then((m) => ({ default: m.Schedule4Search })));
export { useContentText, CONTENT_NAMESPACES } from "./ui/useContentText";
