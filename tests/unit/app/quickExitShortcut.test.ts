import { describe, expect, it } from "vitest";
import { shiftSequence, SHIFT_WINDOW_MS } from "../../../src/app/shell/quickExitShortcut";

describe("quick exit shortcut (Shift three times)", () => {
  it("fires on the third Shift press in a row, each within the window", () => {
    const press = shiftSequence();
    expect(press("Shift", false, 0)).toBe(false);
    expect(press("Shift", false, 200)).toBe(false);
    expect(press("Shift", false, 400)).toBe(true);
    // Counting starts again after it fires.
    expect(press("Shift", false, 500)).toBe(false);
  });

  it("does not fire for a held key, another key in between, or presses too far apart", () => {
    const held = shiftSequence();
    expect([held("Shift", false, 0), held("Shift", true, 50), held("Shift", true, 100)]).toEqual([false, false, false]);
    const interrupted = shiftSequence();
    expect([
      interrupted("Shift", false, 0),
      interrupted("Shift", false, 100),
      interrupted("a", false, 150),
      interrupted("Shift", false, 200),
    ]).toEqual([false, false, false, false]);
    const slow = shiftSequence();
    expect([
      slow("Shift", false, 0),
      slow("Shift", false, SHIFT_WINDOW_MS + 1),
      slow("Shift", false, 2 * SHIFT_WINDOW_MS + 2),
    ]).toEqual([false, false, false]);
  });
});
