import { navigate, historyDepth, unwindHistory } from "../router";
import { resetEncounter } from "./encounterTraces";

let clipboardUsed = false;

/** The summary screen says when it put text about an encounter on the clipboard. */
export function noteClipboardUsed(): void {
  clipboardUsed = true;
}

/**
 * One tap to a neutral screen. Forgets the encounter (memory and device),
 * empties the clipboard if Waymark filled it, and rewinds this tab's history
 * so that Back cannot return to the guidance.
 */
export function quickExit(): void {
  resetEncounter();
  if (clipboardUsed) {
    clipboardUsed = false;
    void navigator.clipboard.writeText("").catch(() => {
      // Not allowed without focus: nothing more we can do.
    });
  }
  if (historyDepth() > 0) unwindHistory("/notes");
  else navigate("/notes", { replace: true });
}
