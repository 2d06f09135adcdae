// The presenter window tells the speaker-notes window where the phone is, over
// a BroadcastChannel (same origin, this device only; nothing leaves it). A
// message carries a scenario id and a screen: nothing about anyone. Where the
// browser has no BroadcastChannel, there are no notes to follow.
import type { EncounterScreen } from "../../encounter";

export type NotesMessage = { kind: "hello" } | { kind: "step"; scenarioId: string; screen: EncounterScreen };

const CHANNEL = "waymark-training-notes";

export interface NotesChannel {
  post(message: NotesMessage): void;
  close(): void;
}

export function canLinkWindows(): boolean {
  return typeof BroadcastChannel === "function";
}

function isScreen(value: unknown): value is EncounterScreen {
  if (typeof value !== "object" || value === null || !("kind" in value)) return false;
  const v = value as Record<string, unknown>;
  switch (v["kind"]) {
    case "entry":
    case "check":
      return true;
    case "question":
      return typeof v["id"] === "string" && /^[a-z0-9-]{1,80}$/.test(v["id"]);
    case "interruption":
      return v["id"] === "danger";
    case "outcome":
      return typeof v["screen"] === "string";
    default:
      return false;
  }
}

/** Messages are checked before use: another page of this origin could post anything. */
function parse(data: unknown): NotesMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const d = data as Record<string, unknown>;
  if (d["kind"] === "hello") return { kind: "hello" };
  if (d["kind"] === "step" && typeof d["scenarioId"] === "string" && isScreen(d["screen"]))
    return { kind: "step", scenarioId: d["scenarioId"], screen: d["screen"] };
  return null;
}

export function openNotesChannel(onMessage: (message: NotesMessage) => void): NotesChannel | null {
  if (!canLinkWindows()) return null;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const message = parse(event.data);
    if (message !== null) onMessage(message);
  };
  return {
    post(message) {
      channel.postMessage(message);
    },
    close() {
      channel.close();
    },
  };
}

/** Opens the notes in a second window; false where the browser refused (a phone, a blocker). */
export function openNotesWindow(path: string): boolean {
  const opened = globalThis.open(path, "waymark-speaker-notes", "popup,width=960,height=720");
  return opened !== null;
}
