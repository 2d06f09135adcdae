// Public API of the pathway: content, engine and validation. No React, no DOM.
export { PATHWAY_CONTENT, CONTENT_INFO } from "./content";
export { CONTENT_VERSION, GUIDANCE_VERSIONS, GUIDANCE_SUMMARY } from "./content/versions";
export { decide, evaluateRules, PathwayContentError } from "./engine/decide";
export { getNextQuestion, getQuestionPath, getQuestion, pruneAnswers, type QuestionId } from "./engine/questionFlow";
export { factsFromAnswers, answersFromFacts, type FactsFromAnswers } from "./engine/answers";
export { validateContent, type ValidationResult } from "./validation/validateContent";
export { runDecide, type CommandResult } from "./cli/runDecide";
export { toScenarioOutput, formatSource } from "./cli/scenarioOutput";
export * from "./model/facts";
export * from "./model/contentSchema";
export * from "./model/decision";
