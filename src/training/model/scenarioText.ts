// A scenario's words in one language: its title, where it happens, the story
// the officer sees and hears, the trainer's notes, why each noted answer is
// right, and each debrief point. Built-in scenarios take them from the
// training locale file (keys under `scenarios.<id>`); an imported scenario
// carries them in its pack, as plain text.
import { z } from "../../shared/zod";
import { idSchema } from "../../pathway";
import type { Scenario } from "./scenario";

// Plain text: control characters are refused, markup is only ever shown as text.
const plain = (max: number) =>
  z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `at most ${max} characters`)
    // eslint-disable-next-line no-control-regex -- refusing control characters is the point
    .refine((s) => !/[\u0000-\u0009\u000B-\u001F\u007F]/.test(s), "contains a control character");

export const scenarioTextSchema = z.strictObject({
  title: plain(120),
  /** One line: where and when, e.g. "Essex · a nail bar on the high street · evening". */
  setting: plain(200),
  /** What the officer sees and hears, in paragraphs. */
  story: z.array(plain(1500)).min(1).max(8),
  /** For the trainer's eyes only (the speaker-notes window). */
  notes: z.array(plain(1500)).max(8),
  /** Why the good officer answers a question as they do, by question id. */
  answers: z.record(idSchema, plain(1000)),
  /** Each debrief point's words, by point id. */
  debrief: z.record(idSchema, plain(1000)),
});
export type ScenarioText = z.infer<typeof scenarioTextSchema>;

/** Looks a key up in the training namespace; undefined when the locale has no such key. */
export type TextLookup = (key: string) => string | undefined;

/** A lookup into a locale file's parsed JSON (the exporter and the tests read the files directly). */
export function lookupInTree(tree: unknown): TextLookup {
  return (key) => {
    let node: unknown = tree;
    for (const part of key.split(".")) {
      if (typeof node !== "object" || node === null) return undefined;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === "string" ? node : undefined;
  };
}

const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");

/** The locale keys a built-in scenario's words live under. */
export function scenarioTextKeys(scenario: Scenario): string[] {
  const base = `scenarios.${scenario.id}`;
  return [
    `${base}.title`,
    `${base}.setting`,
    `${base}.story`,
    `${base}.notes`,
    ...scenario.answerNotes.map((n) => `${base}.answers.${n.question}`),
    ...scenario.debrief.map((p) => `${base}.debrief.${p.id}`),
  ];
}

/**
 * A built-in scenario's words from the locale file: paragraphs are separated
 * by a blank line. Null if any key is missing (a test proves none is).
 */
export function builtinScenarioText(scenario: Scenario, lookup: TextLookup): ScenarioText | null {
  const base = `scenarios.${scenario.id}`;
  const get = (key: string): string | undefined => lookup(`${base}.${key}`);
  const title = get("title");
  const setting = get("setting");
  const story = get("story");
  const notes = get("notes");
  if (title === undefined || setting === undefined || story === undefined || notes === undefined) return null;
  const answers: Record<string, string> = {};
  for (const note of scenario.answerNotes) {
    const words = get(`answers.${note.question}`);
    if (words === undefined) return null;
    answers[note.question] = words;
  }
  const debrief: Record<string, string> = {};
  for (const point of scenario.debrief) {
    const words = get(`debrief.${point.id}`);
    if (words === undefined) return null;
    debrief[point.id] = words;
  }
  return { title, setting, story: paragraphs(story), notes: paragraphs(notes), answers, debrief };
}

/** Problems with an imported scenario's words: a note or point without words, or words for nothing. */
export function textProblems(scenario: Scenario, text: ScenarioText): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const notes = new Set(scenario.answerNotes.map((n) => n.question));
  const points = new Set(scenario.debrief.map((p) => p.id));
  for (const q of notes)
    if (!(q in text.answers)) problems.push({ field: `answers.${q}`, message: "the answer note has no words" });
  for (const q of Object.keys(text.answers))
    if (!notes.has(q)) problems.push({ field: `answers.${q}`, message: "words for an answer note the scenario does not have" });
  for (const p of points)
    if (!(p in text.debrief)) problems.push({ field: `debrief.${p}`, message: "the debrief point has no words" });
  for (const p of Object.keys(text.debrief))
    if (!points.has(p)) problems.push({ field: `debrief.${p}`, message: "words for a debrief point the scenario does not have" });
  return problems;
}
