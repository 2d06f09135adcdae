import { beforeEach, describe, expect, it } from "vitest";
import { installMemoryStorage } from "./memoryStorage";

const data = installMemoryStorage();
const store = await import("../../../src/encounter/store");
const traces = await import("../../../src/encounter/persistence");
const { CONTENT_VERSION } = await import("../../../src/pathway/content/contentVersion");

const KEY = traces.ENCOUNTER_STORAGE_KEY;
const HOUR = 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 23, 3, 0, 0);

function stored(): Record<string, unknown> {
  return JSON.parse(data.get(KEY) ?? "null") as Record<string, unknown>;
}

beforeEach(() => {
  store.clearEncounter();
  data.clear();
});

describe("encounter store", () => {
  it("keeps structured answers with the time and the content version", () => {
    store.setAnswer("age", "adult", NOW);
    store.setAnswer("immediateDanger", false, NOW);
    expect(stored()).toMatchObject({
      v: 1,
      contentVersion: CONTENT_VERSION,
      savedAt: NOW,
      answers: { age: "adult", immediateDanger: false },
    });
  });

  it("resumes an encounter younger than 12 hours", () => {
    store.setAnswer("age", "under-18", NOW);
    store.clearEncounter();
    data.set(
      KEY,
      JSON.stringify({ v: 1, contentVersion: CONTENT_VERSION, savedAt: NOW, answers: { age: "under-18" }, ticked: [] }),
    );
    store.loadEncounter(NOW + 11 * HOUR);
    expect(store.getEncounter().answers.age).toBe("under-18");
  });

  for (const [label, record] of [
    [
      "older than 12 hours",
      { v: 1, contentVersion: CONTENT_VERSION, savedAt: NOW - 12 * HOUR - 1, answers: { age: "adult" }, ticked: [] },
    ],
    [
      "dated in the future",
      { v: 1, contentVersion: CONTENT_VERSION, savedAt: NOW + 2 * HOUR, answers: { age: "adult" }, ticked: [] },
    ],
    [
      "from another content version",
      { v: 1, contentVersion: "1999.01.01-1", savedAt: NOW, answers: { age: "adult" }, ticked: [] },
    ],
    [
      "with an unknown field",
      { v: 1, contentVersion: CONTENT_VERSION, savedAt: NOW, answers: { age: "adult", name: "someone" }, ticked: [] },
    ],
    ["not JSON", "{oops"],
  ] as const) {
    it(`purges an encounter ${label}`, () => {
      data.set(KEY, typeof record === "string" ? record : JSON.stringify(record));
      store.loadEncounter(NOW);
      expect(store.getEncounter().answers).toEqual({});
      expect(data.has(KEY)).toBe(false);
    });
  }

  it("writes a Schedule 4 choice but keeps a hand-typed offence in memory only", () => {
    store.setAnswer("isSuspect", true, NOW);
    store.setAnswer("offence", { act: "Theft Act 1968", section: "8" }, NOW);
    expect((stored()["answers"] as Record<string, unknown>)["offence"]).toEqual({ act: "Theft Act 1968", section: "8" });
    store.setAnswer("offence", { act: "Typed By Hand Act 2001", section: "3" }, NOW);
    expect(store.getEncounter().answers.offence).toEqual({ act: "Typed By Hand Act 2001", section: "3" });
    expect(data.get(KEY)).not.toContain("Typed By Hand");
  });

  it("drops answers to questions that no longer apply", () => {
    store.setAnswer("age", "adult", NOW);
    store.setAnswer("nrmStatus", "not-referred", NOW);
    store.setAnswer("consentToNrm", "yes", NOW);
    store.setAnswer("age", "under-18", NOW);
    expect(store.getEncounter().answers.consentToNrm).toBeUndefined();
  });

  it("quick exit's reset forgets the encounter in memory and on the device", () => {
    store.setAnswer("age", "adult", NOW);
    store.toggleAction("call-999", NOW);
    traces.resetEncounter();
    expect(store.getEncounter()).toEqual({ answers: {}, ticked: [] });
    expect(data.has(KEY)).toBe(false);
  });

  it("the shell never offers an encounter saved under another content version", () => {
    data.set(KEY, JSON.stringify({ v: 1, contentVersion: "1999.01.01-1", savedAt: NOW - HOUR, answers: {}, ticked: [] }));
    expect(traces.savedEncounterTime(NOW)).toBeNull();
    expect(data.has(KEY)).toBe(false);
  });

  it("the shell purges an expired encounter without loading the encounter code", () => {
    data.set(KEY, JSON.stringify({ v: 1, contentVersion: CONTENT_VERSION, savedAt: NOW - 13 * HOUR, answers: {}, ticked: [] }));
    expect(traces.savedEncounterTime(NOW)).toBeNull();
    expect(data.has(KEY)).toBe(false);
    data.set(KEY, JSON.stringify({ v: 1, contentVersion: CONTENT_VERSION, savedAt: NOW - HOUR, answers: {}, ticked: [] }));
    expect(traces.savedEncounterTime(NOW)?.getTime()).toBe(NOW - HOUR);
  });
});
