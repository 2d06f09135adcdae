// The training session lives in memory: runs never reach the device, quick
// exit forgets them (and the score), and leaving forgets everything and says
// what to restore.
import { describe, expect, it } from "vitest";
import { forgetLiveEncounter } from "../../../src/encounter";
import { createTrainingSession, trainingSession } from "../../../src/training";

const entry = { returnTo: "/settings", language: "cy", storedLanguage: null };

describe("the training session", () => {
  it("keeps runs in memory, one per scenario and mode, and counts a practice run once", () => {
    const session = createTrainingSession();
    const run = session.run("practice", "nail-bar");
    expect(run.persistent).toBe(false);
    run.setAnswer("age", "adult");
    expect(session.run("practice", "nail-bar").get().answers).toEqual({ age: "adult" });
    expect(session.run("present", "nail-bar").get().answers).toEqual({});
    const attempt = { scenarioId: "nail-bar", correct: 9, total: 10, routeCorrect: true };
    session.recordAttempt(attempt);
    session.recordAttempt(attempt);
    expect(session.get().attempts).toEqual([attempt]);
    session.restartRun("practice", "nail-bar");
    expect(session.run("practice", "nail-bar").get().answers).toEqual({});
    session.recordAttempt(attempt);
    expect(session.get().attempts).toHaveLength(2);
  });

  it("remembers the first way in, and leaving forgets everything and returns it", () => {
    const session = createTrainingSession();
    session.enter(entry);
    session.enter({ returnTo: "/", language: "en-GB", storedLanguage: "en-GB" });
    session.run("present", "nail-bar").setAnswer("age", "adult");
    expect(session.leave()).toEqual(entry);
    expect(session.get()).toEqual({ entry: null, packs: [], attempts: [] });
    expect(session.run("present", "nail-bar").get().answers).toEqual({});
  });

  it("quick exit (which forgets every encounter in memory) forgets the runs and the score", () => {
    const session = trainingSession();
    session.enter(entry);
    const run = session.run("present", "county-lines");
    run.setAnswer("immediateDanger", true);
    session.recordAttempt({ scenarioId: "x", correct: 1, total: 1, routeCorrect: true });
    forgetLiveEncounter();
    expect(run.get().answers).toEqual({});
    expect(session.get().entry).toBeNull();
    expect(session.get().attempts).toEqual([]);
  });
});
