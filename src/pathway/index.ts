// Public API of the pathway: content, engine, Schedule 4, validation, the
// decide command's core, and the pathway's screens (lazy). The domain modules
// behind it have no React and no DOM. Contract: docs/pathway-engine.md.
export { PATHWAY_CONTENT } from "./content";
export { CONTENT_VERSION, GUIDANCE_VERSIONS, GUIDANCE_SUMMARY } from "./content/versions";
export { decide, evaluateRules, PathwayContentError } from "./engine/decide";
export { getNextQuestion, getQuestionPath, getQuestion, pruneAnswers, type QuestionId } from "./engine/questionFlow";
export { factsFromAnswers, answersFromFacts, type FactsFromAnswers } from "./engine/answers";
export { routeKey, type RouteKey } from "./engine/routeKey";
export { validateContent, type ValidationResult } from "./validation/validateContent";
export { runDecide, runDecideCommand, type CommandResult, type DecideIo } from "./cli/runDecide";
export { toScenarioOutput, formatSource } from "./cli/scenarioOutput";
export * from "./model/facts";
export * from "./model/contentSchema";
export * from "./model/decision";
export {
  SCHEDULE4_ENTRIES,
  SCHEDULE4_PROVENANCE,
  matchSchedule4,
  offenceRefSchema,
  schedule4CoverageNotes,
  searchSchedule4,
  type OffenceRef,
  type Schedule4Entry,
  type Schedule4Match,
} from "./schedule4";
export {
  findListedEntry,
  formatEntry,
  formatOffence,
  isListedOffence,
  refFromEntry,
  searchTextFor,
} from "./schedule4/offenceRef";
export { pathwayRoutes, PATHWAY_PATHS } from "./routes";

// Screens other features embed, loaded on first render (so the domain above
// stays usable from Node and workers without React screens).
import { lazy } from "react";
export const Schedule4Search = lazy(() => import("./ui/Schedule4Search").then((m) => ({ default: m.Schedule4Search })));
