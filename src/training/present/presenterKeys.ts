// The presenter's keys. Presentation clickers send Page Down and Page Up; a
// keyboard also has the arrows and letters. Keys belong to whatever has focus
// first: nothing while typing in a field or choosing in a select, only the
// letters while on a radio button or checkbox (whose arrows move the choice),
// and nothing with a modifier (the browser's, and Shift is quick exit's).
import type { PresenterCommand } from "./presenterMove";

/** What has focus: a field that takes typing, a radio button or checkbox, or anything else. */
export type FocusKind = "typing" | "choice" | "other";

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  focus: FocusKind;
  /** The page reads right to left: the arrow pointing along the reading direction is "next". */
  rtl: boolean;
}

const LETTERS: Readonly<Record<string, PresenterCommand>> = { n: "next", b: "back", r: "reveal" };

export function presenterCommandForKey(press: KeyPress): PresenterCommand | null {
  if (press.ctrlKey || press.altKey || press.metaKey || press.focus === "typing") return null;
  const letter = LETTERS[press.key.toLowerCase()];
  if (press.key.length === 1) return letter ?? null;
  if (press.focus === "choice") return null;
  switch (press.key) {
    case "PageDown":
      return "next";
    case "PageUp":
      return "back";
    case "ArrowRight":
      return press.rtl ? "back" : "next";
    case "ArrowLeft":
      return press.rtl ? "next" : "back";
    default:
      return null;
  }
}
