import { beforeEach, describe, expect, it } from "vitest";
import { CONTENT_VERSION } from "../../../src/pathway";
import { createEncounterStore, ENCOUNTER_STORAGE_KEY as KEY, type EncounterStore } from "../../../src/encounter";
import { forgetEncounter, onForgetEncounter, savedEncounterTime } from "../../../src/encounter/persistence";
import { memoryStorage } from "./memoryStorage";

const HOUR = 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 23, 3, 0, 0);

let storage: ReturnType<typeof memoryStorage>;
let clock = NOW;
let store: EncounterStore;
const open = (): EncounterStore => createEncounterStore({ storage, now: () => clock });

function stored(): Record<string, unknown> {
  return JSON.parse(storage.data.get(KEY) ?? "null") as Record<string, unknown>;
}

beforeEach(() => {
  storage = memoryStorage();
  clock = NOW;
  store = open();
});

describe("encounter store", () => {
  it("keeps structured answers with the time and the content version", () => {
    store.setAnswer("age", "adult");
    store.setAnswer("immediateDanger", false);
    expect(stored()).toMatchObject({
      v: 1,
      contentVersion: CONTENT_VERSION,
      savedAt: NOW,
      answers: { age: "adult", immediateDanger: false },
    });
  });

  it("resumes an encounter younger than 12 hours", () => {
    storage.data.set(
      KEY,
      JSON.stringify({ v: 1, contentVersion: CONTENT_VERSION, savedAt: NOW, answers: { age: "under-18" }, ticked: [] }),
    );
    clock = NOW + 11 * HOUR;
    expect(open().get().answers.age).toBe("under-18");
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
      storage.data.set(KEY, typeof record === "string" ? record : JSON.stringify(record));
      expect(open().get().answers).toEqual({});
      expect(storage.data.has(KEY)).toBe(false);
    });
  }

  it("writes a choice from the built-in list but keeps a hand-typed offence in memory only", () => {
    store.setAnswer("isSuspect", true);
    store.setAnswer("offence", { act: "Theft Act 1968", section: "8" });
    expect((stored()["answers"] as Record<string, unknown>)["offence"]).toEqual({ act: "Theft Act 1968", section: "8" });
    store.setAnswer("offence", { act: "Typed By Hand Act 2001", section: "3" });
    expect(store.get().answers.offence).toEqual({ act: "Typed By Hand Act 2001", section: "3" });
    expect(storage.data.get(KEY)).not.toContain("Typed By Hand");
  });

  it("drops answers to questions that no longer apply", () => {
    store.setAnswer("age", "adult");
    store.setAnswer("nrmStatus", "not-referred");
    store.setAnswer("consentToNrm", "yes");
    store.setAnswer("age", "under-18");
    expect(store.get().answers.consentToNrm).toBeUndefined();
  });

  it("forgetting the encounter clears memory (through the registered store) and the device", () => {
    const off = onForgetEncounter(() => {
      store.forgetInMemory();
    });
    store.setAnswer("age", "adult");
    store.toggleAction("call-999");
    forgetEncounter(storage);
    off();
    expect(store.get()).toEqual({ answers: {}, ticked: [] });
    expect(storage.data.has(KEY)).toBe(false);
  });

  it("a memory-only store (training) never writes to storage", () => {
    const training = createEncounterStore({ storage: null, now: () => clock });
    training.setAnswer("age", "adult");
    training.toggleAction("make-safe");
    expect(training.get().answers.age).toBe("adult");
    expect(training.persistent).toBe(false);
    expect(storage.data.size).toBe(0);
  });

  it("the shell never offers an encounter saved under another content version", () => {
    storage.data.set(KEY, JSON.stringify({ v: 1, contentVersion: "1999.01.01-1", savedAt: NOW - HOUR, answers: {}, ticked: [] }));
    expect(savedEncounterTime(storage, NOW)).toBeNull();
    expect(storage.data.has(KEY)).toBe(false);
  });

  it("the shell purges an expired encounter without loading the encounter code", () => {
    storage.data.set(
      KEY,
      JSON.stringify({ v: 1, contentVersion: CONTENT_VERSION, savedAt: NOW - 13 * HOUR, answers: {}, ticked: [] }),
    );
    expect(savedEncounterTime(storage, NOW)).toBeNull();
    expect(storage.data.has(KEY)).toBe(false);
    storage.data.set(
      KEY,
      JSON.stringify({ v: 1, contentVersion: CONTENT_VERSION, savedAt: NOW - HOUR, answers: {}, ticked: [] }),
    );
    expect(savedEncounterTime(storage, NOW)?.getTime()).toBe(NOW - HOUR);
  });
});
