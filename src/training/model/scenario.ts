// A training scenario: a made-up situation, the answers a good officer gives,
// what the engine must then say, and the points to draw out afterwards, each
// with the public documents it rests on. Structure only: the words of a
// built-in scenario are in the training locale file, and an imported one
// carries its own (model/scenarioText.ts).
import { z } from "../../shared/zod";
import { sourceSchema } from "../../shared/provenance";
import {
  answersSchema,
  idSchema,
  nationSchema,
  referralEffectSchema,
  section45StatusSchema,
  subStageSchema,
  supportStageSchema,
  type RouteKey,
} from "../../pathway";

/** Every route wording the engine can point to (pathway `routeKey`). */
export const ROUTE_KEYS = [
  "nrmAdult",
  "nrmChild",
  "dtn",
  "dtnScotland",
  "pending",
  "bestInterests",
  "openCase",
  "concludedCase",
] as const satisfies readonly RouteKey[];
type MissingRouteKey = Exclude<RouteKey, (typeof ROUTE_KEYS)[number]>;
// Fails to type-check if the engine gains a route key this list lacks.
export const ROUTE_KEYS_COMPLETE: [MissingRouteKey] extends [never] ? true : false = true;

export const scenarioIdSchema = idSchema.max(60, "a scenario id has at most 60 characters");

/** What the engine must say for the scenario's answers: a content change that alters it fails the build. */
export const expectedOutcomeSchema = z.strictObject({
  route: referralEffectSchema.shape.route,
  routeKey: z.enum(ROUTE_KEYS),
  section45: section45StatusSchema,
  supportStage: supportStageSchema,
  subStage: subStageSchema,
  nation: nationSchema,
  /** The actions a good officer must not miss; each must be among the engine's actions. */
  actions: z.array(idSchema).min(1).max(30),
});
export type ExpectedOutcome = z.infer<typeof expectedOutcomeSchema>;

const sourcesSchema = z.array(sourceSchema).min(1, "give at least one public source").max(6);

/** Why the good officer answers one question as they do (the words are the scenario's). */
export const answerNoteSchema = z.strictObject({ question: idSchema, sources: sourcesSchema });
export type AnswerNote = z.infer<typeof answerNoteSchema>;

/** A point to draw out in the debrief. */
export const debriefPointSchema = z.strictObject({ id: idSchema.max(60), sources: sourcesSchema });
export type DebriefPoint = z.infer<typeof debriefPointSchema>;

export const scenarioSchema = z
  .strictObject({
    id: scenarioIdSchema,
    /** Goes up whenever the scenario's answers, outcome or points change. */
    version: z.number().int().min(1),
    /** The good officer's answers, in the engine's terms (the question fields). */
    answers: answersSchema,
    expect: expectedOutcomeSchema,
    answerNotes: z.array(answerNoteSchema).max(20),
    debrief: z.array(debriefPointSchema).min(1, "give at least one debrief point").max(12),
  })
  .superRefine((s, ctx) => {
    const notes = s.answerNotes.map((n) => n.question);
    notes.forEach((q, i) => {
      if (notes.indexOf(q) !== i)
        ctx.addIssue({ code: "custom", path: ["answerNotes", i, "question"], message: `a second note for ${q}` });
    });
    const points = s.debrief.map((p) => p.id);
    points.forEach((p, i) => {
      if (points.indexOf(p) !== i) ctx.addIssue({ code: "custom", path: ["debrief", i, "id"], message: `a second point ${p}` });
    });
  });
export type Scenario = z.infer<typeof scenarioSchema>;
