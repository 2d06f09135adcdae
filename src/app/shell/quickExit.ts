import { navigate, unwindHistory } from "../../platform/navigation/history";
import { resetEncounter } from "../../encounter/persistence";

let clipboardUsed = false;

/** The summary screen says when it put text about an encounter on the clipboard. */
export function noteClipboardUsed(): void {
  clipboardUsed = true;
}

/**
 * One tap to a neutral screen. It shows at once; then the encounter is
 * forgotten (memory and device), the clipboard emptied if Waymark filled it,
 * and this tab's history rewound so that neither Back nor Forward returns to
 * the guidance.
 */
export function quickExit(): void {
  navigate("/notes", { replace: true });
  resetEncounter();
  if (clipboardUsed) {
    clipboardUsed = false;
    navigator.clipboard.writeText("").catch(() => {
      // Not allowed without focus: nothing more we can do.
    });
  }
  unwindHistory("/notes");
}
