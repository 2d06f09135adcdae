// Scenario packs: the built-in library exports and reads back; every bad file
// is refused with errors that name the scenario and field, and changes nothing.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BUILTIN_IDS,
  BUILTIN_SCENARIOS,
  LIBRARY_PUBLISHER,
  LIBRARY_VERSION,
  builtinScenarioText,
  createTrainingSession,
  describePackError,
  importTrainingPack,
  lookupInTree,
  readTrainingPack,
  writeTrainingPack,
  type PackScenario,
  type TrainingPackError,
} from "../../../src/training";

const en = lookupInTree(JSON.parse(readFileSync("locales/en-GB/training.json", "utf8")));
const cy = lookupInTree(JSON.parse(readFileSync("locales/cy/training.json", "utf8")));

function builtinPackScenarios(): PackScenario[] {
  return BUILTIN_SCENARIOS.map((scenario) => {
    const english = builtinScenarioText(scenario, en);
    const welsh = builtinScenarioText(scenario, cy);
    if (english === null || welsh === null) throw new Error(`no words for ${scenario.id}`);
    return { scenario, text: { "en-GB": english, cy: welsh } };
  });
}

const encode = (value: unknown): Uint8Array =>
  new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));

/** A trainer's own pack: the library's first two scenarios under new ids. */
function trainerPack(changes: (pack: Record<string, unknown>) => void = () => undefined): Record<string, unknown> {
  const file = writeTrainingPack({
    publisher: { id: "north-force-training", name: "North force training team" },
    packVersion: 3,
    scenarios: builtinPackScenarios()
      .slice(0, 2)
      .map((s) => ({ ...s, scenario: { ...s.scenario, id: `local-${s.scenario.id}` } })),
  });
  const pack = JSON.parse(file.json) as Record<string, unknown>;
  changes(pack);
  return pack;
}

function scenarioAt(pack: Record<string, unknown>, i: number): Record<string, unknown> {
  const found = (pack["scenarios"] as Record<string, unknown>[])[i];
  if (found === undefined) throw new Error(`no scenario ${i}`);
  return found;
}

function errorsOf(value: unknown, loaded = createTrainingSession()): TrainingPackError[] {
  const result = readTrainingPack(encode(value), { builtinIds: BUILTIN_IDS, loaded: loaded.get().packs });
  if (result.ok) throw new Error("expected the pack to be refused");
  return result.errors;
}

describe("scenario packs", () => {
  it("the built-in library exports as a pack that reads back whole", () => {
    const file = writeTrainingPack({
      publisher: LIBRARY_PUBLISHER,
      packVersion: LIBRARY_VERSION,
      scenarios: builtinPackScenarios(),
    });
    expect(file.fileName).toBe(`waymark-training-waymark-v${LIBRARY_VERSION}.json`);
    const back = readTrainingPack(encode(file.json), { builtinIds: [], loaded: [] });
    if (!back.ok) throw new Error(back.errors.map(describePackError).join("\n"));
    expect(back.pack.scenarios.map((s) => s.scenario)).toEqual([...BUILTIN_SCENARIOS]);
    expect(back.pack.scenarios[0]?.text.cy?.title).toBeDefined();
    // Imported next to the built-in library, every id clashes and is named.
    const clash = readTrainingPack(encode(file.json), { builtinIds: BUILTIN_IDS, loaded: [] });
    expect(clash.ok).toBe(false);
    if (!clash.ok) expect(clash.errors.map((e) => e.record)).toEqual(BUILTIN_IDS);
  });

  it("imports a trainer's pack into the session, and a newer version replaces it", () => {
    const session = createTrainingSession();
    const first = importTrainingPack(session, encode(trainerPack()));
    expect(first.ok).toBe(true);
    expect(session.get().packs.map((p) => p.scenarios.length)).toEqual([2]);
    const newer = importTrainingPack(
      session,
      encode(
        trainerPack((p) => {
          p["packVersion"] = 4;
          p["scenarios"] = (p["scenarios"] as unknown[]).slice(0, 1);
        }),
      ),
    );
    expect(newer.ok).toBe(true);
    expect(session.get().packs.map((p) => [p.packVersion, p.scenarios.length])).toEqual([[4, 1]]);
  });

  const bad: [string, unknown, Partial<TrainingPackError>][] = [
    ["not JSON", "{ this is not json", { code: "not-json" }],
    ["cut short", JSON.stringify(trainerPack()).slice(0, 500), { code: "not-json" }],
    ["another format", { ...trainerPack(), format: "waymark-pathway-pack" }, { code: "not-a-pack", field: "format" }],
    ["a newer schemaVersion", { ...trainerPack(), schemaVersion: 2 }, { code: "schema-version", field: "schemaVersion" }],
    ["no packVersion", trainerPack((p) => delete p["packVersion"]), { code: "envelope", field: "packVersion" }],
    [
      "an unknown field in a scenario",
      trainerPack((p) => (scenarioAt(p, 1)["colour"] = "red")),
      { code: "scenario", record: "local-cannabis-grow-teenager", field: "colour" },
    ],
    [
      "an answer the engine does not know",
      trainerPack((p) => ((scenarioAt(p, 0)["answers"] as Record<string, unknown>)["age"] = "old")),
      { code: "scenario", record: "local-car-wash-declines", field: "answers.age" },
    ],
    [
      "an expected outcome the engine does not give",
      trainerPack((p) => ((scenarioAt(p, 0)["expect"] as Record<string, unknown>)["route"] = "nrm")),
      { code: "engine", record: "local-car-wash-declines", field: "expect.route" },
    ],
    [
      "a debrief point with no words",
      trainerPack((p) => {
        const text = scenarioAt(p, 1)["text"] as Record<string, Record<string, Record<string, string>>>;
        delete text["cy"]?.["debrief"]?.["vcl"];
      }),
      { code: "scenario", record: "local-cannabis-grow-teenager", field: "text.cy.debrief.vcl" },
    ],
    [
      "a source that is not https",
      trainerPack((p) => {
        const point = (scenarioAt(p, 0)["debrief"] as { sources: { url?: string }[] }[])[0];
        if (point?.sources[0] !== undefined) point.sources[0].url = "http://example.org/guidance";
      }),
      { code: "scenario", record: "local-car-wash-declines", field: "debrief[0].sources[0].url" },
    ],
    [
      "the same id twice",
      trainerPack((p) => (scenarioAt(p, 1)["id"] = "local-car-wash-declines")),
      { code: "duplicate-id", record: "local-car-wash-declines", field: "id" },
    ],
    ["a built-in id", trainerPack((p) => (scenarioAt(p, 0)["id"] = "nail-bar")), { code: "built-in-id", record: "nail-bar" }],
  ];

  it.each(bad)("refuses %s, naming where, and changes nothing", (_label, value, expected) => {
    const session = createTrainingSession();
    expect(importTrainingPack(session, encode(trainerPack((p) => (p["publisher"] = { id: "other", name: "Other" })))).ok).toBe(
      true,
    );
    const before = JSON.stringify(session.get());
    const result = importTrainingPack(session, encode(value));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toContainEqual(expect.objectContaining(expected));
      for (const e of result.errors) expect(describePackError(e).length).toBeGreaterThan(10);
    }
    expect(JSON.stringify(session.get())).toBe(before);
  });

  it("refuses an older version of a pack already loaded", () => {
    const session = createTrainingSession();
    expect(importTrainingPack(session, encode(trainerPack())).ok).toBe(true);
    const errors = errorsOf(
      trainerPack((p) => (p["packVersion"] = 2)),
      session,
    );
    expect(errors).toContainEqual(expect.objectContaining({ code: "older-version", field: "packVersion" }));
  });

  it("says in plain words which scenario and field is wrong", () => {
    const [error] = errorsOf(
      trainerPack((p) => ((scenarioAt(p, 0)["expect"] as Record<string, unknown>)["section45"] = "scotland")),
    );
    expect(error === undefined ? "" : describePackError(error)).toBe(
      'scenario "local-car-wash-declines", field expect.section45: the scenario expects "scotland", but the engine gives "not-applicable" for its answers',
    );
  });
});
