// The presenter's Next, Back and Reveal, and its keys: Next walks the phone
// through exactly the questions the scenario's answers make the phone ask.
import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/pathway";
import type { EncounterScreen } from "../../../src/encounter";
import {
  BUILTIN_SCENARIOS,
  presenterCommandForKey,
  presenterMove,
  presenterProgress,
  runAnswers,
  type KeyPress,
} from "../../../src/training";

function scenario(id: string) {
  const s = BUILTIN_SCENARIOS.find((x) => x.id === id);
  if (s === undefined) throw new Error(id);
  return s;
}

/** Presses Next from the entry until the outcome; returns the screens visited and the answers given. */
function nextToTheEnd(id: string): { screens: EncounterScreen[]; answers: Answers } {
  const s = scenario(id);
  let answers: Answers = {};
  let screen: EncounterScreen = { kind: "entry" };
  const screens: EncounterScreen[] = [];
  for (let i = 0; i < 40 && screen.kind !== "outcome"; i++) {
    const move = presenterMove("next", s, answers, screen);
    if (move === null) throw new Error(`stuck at ${JSON.stringify(screen)}`);
    if (move.answers !== undefined)
      answers = move.answers.replace ? { ...move.answers.values } : { ...answers, ...move.answers.values };
    screen = move.to;
    screens.push(screen);
  }
  return { screens, answers };
}

describe("presenter moves", () => {
  it.each(BUILTIN_SCENARIOS.map((s) => s.id))(
    "%s: Next asks the scenario's questions in order, then check, then the outcome",
    (id) => {
      const run = runAnswers(scenario(id).answers);
      if (!run.ok) throw new Error("scenario broken");
      const { screens, answers } = nextToTheEnd(id);
      const questions = screens.flatMap((s) => (s.kind === "question" ? [s.id] : []));
      expect(questions).toEqual(run.asked);
      expect(screens.at(-2)).toEqual({ kind: "check" });
      expect(screens.at(-1)).toEqual({ kind: "outcome", screen: "result" });
      expect(answers).toEqual(scenario(id).answers);
    },
  );

  it("a Yes to danger shows the danger interruption before the next question", () => {
    const { screens } = nextToTheEnd("county-lines");
    expect(screens.slice(0, 3)).toEqual([
      { kind: "question", id: "q-immediate-danger" },
      { kind: "interruption", id: "danger" },
      { kind: "question", id: "q-medical-need" },
    ]);
  });

  it("Reveal gives every answer and shows the outcome from anywhere; Back steps back", () => {
    const s = scenario("nail-bar");
    const reveal = presenterMove("reveal", s, { immediateDanger: true }, { kind: "question", id: "q-medical-need" });
    expect(reveal).toEqual({ answers: { replace: true, values: s.answers }, to: { kind: "outcome", screen: "result" } });
    expect(presenterMove("back", s, s.answers, { kind: "outcome", screen: "result" })?.to).toEqual({ kind: "check" });
    expect(presenterMove("back", s, s.answers, { kind: "outcome", screen: "summary" })?.to).toEqual({
      kind: "outcome",
      screen: "result",
    });
    expect(presenterMove("back", s, s.answers, { kind: "check" })?.to).toEqual({ kind: "question", id: "q-area" });
    expect(presenterMove("back", s, s.answers, { kind: "question", id: "q-age" })?.to).toEqual({
      kind: "question",
      id: "q-medical-need",
    });
    expect(presenterMove("back", s, {}, { kind: "question", id: "q-immediate-danger" })).toBeNull();
    expect(presenterMove("next", s, s.answers, { kind: "outcome", screen: "result" })).toBeNull();
  });

  it("progress counts the scenario's questions", () => {
    const run = runAnswers(scenario("nail-bar").answers);
    if (!run.ok) throw new Error("scenario broken");
    expect(presenterProgress(run.asked, { kind: "question", id: "q-age" })).toEqual({
      question: 3,
      total: run.asked.length,
      revealed: false,
    });
    expect(presenterProgress(run.asked, { kind: "outcome", screen: "result" }).revealed).toBe(true);
  });
});

describe("presenter keys", () => {
  const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
    key,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    focus: "other",
    rtl: false,
    ...extra,
  });

  it("maps clicker and keyboard keys, reversing the arrows right to left", () => {
    expect(presenterCommandForKey(press("PageDown"))).toBe("next");
    expect(presenterCommandForKey(press("PageUp"))).toBe("back");
    expect(presenterCommandForKey(press("n"))).toBe("next");
    expect(presenterCommandForKey(press("B"))).toBe("back");
    expect(presenterCommandForKey(press("r"))).toBe("reveal");
    expect(presenterCommandForKey(press("ArrowRight"))).toBe("next");
    expect(presenterCommandForKey(press("ArrowRight", { rtl: true }))).toBe("back");
    expect(presenterCommandForKey(press("x"))).toBeNull();
  });

  it("leaves keys to a field being typed in, to a radio button's arrows, and to modifiers", () => {
    expect(presenterCommandForKey(press("n", { focus: "typing" }))).toBeNull();
    expect(presenterCommandForKey(press("ArrowRight", { focus: "choice" }))).toBeNull();
    expect(presenterCommandForKey(press("n", { focus: "choice" }))).toBe("next");
    expect(presenterCommandForKey(press("r", { ctrlKey: true }))).toBeNull();
  });
});
