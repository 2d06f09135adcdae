import { navigate, unwindHistory } from "../../platform/navigation/history";
import { clearClipboardIfUsed } from "../../platform/clipboard";
import { forgetLiveEncounter } from "../../encounter";
import { NEUTRAL_PATH } from "./neutralPath";

/**
 * One tap to a neutral screen. It shows at once; then the encounter is
 * forgotten (memory and device), the clipboard emptied if Waymark filled it,
 * and this tab's history rewound so that neither Back nor Forward returns to
 * the guidance.
 */
export function quickExit(): void {
  navigate(NEUTRAL_PATH, { replace: true });
  forgetLiveEncounter();
  clearClipboardIfUsed();
  unwindHistory(NEUTRAL_PATH);
}
