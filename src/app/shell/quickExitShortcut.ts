// "Exit this page" by keyboard, as the GOV.UK component does it: the Shift key
// pressed three times in a row, each within a second of the last. Counting is
// pure (tested without a browser); the hook wires it to the document.
import { useEffect } from "react";

export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 1000;

/** Feed it key presses; it answers true on the press that completes the sequence. */
export function shiftSequence(): (key: string, repeat: boolean, at: number) => boolean {
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  return (key, repeat, at) => {
    if (key !== "Shift") {
      count = 0;
      return false;
    }
    if (repeat) return false;
    count = at - last <= SHIFT_WINDOW_MS ? count + 1 : 1;
    last = at;
    if (count < SHIFT_PRESSES) return false;
    count = 0;
    return true;
  };
}

export function useQuickExitShortcut(exit: () => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const pressed = shiftSequence();
    const onKey = (event: KeyboardEvent): void => {
      if (pressed(event.key, event.repeat, event.timeStamp)) exit();
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
    };
  }, [exit, enabled]);
}
