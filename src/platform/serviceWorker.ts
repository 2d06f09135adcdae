// Service worker lifecycle, exposed as a small store the UI renders:
// - "offline-ready": first install finished; every screen now works offline.
// - "update-available": a new version is waiting; it activates only when the
//   user agrees (applyUpdate), never silently, so an open encounter is never
//   reloaded under an officer's hands.
import { Workbox } from "workbox-window";
import { trustedScriptUrl } from "./security/trustedScriptUrl";

export type SwState = "unsupported" | "installing" | "offline-ready" | "update-available" | "updated-elsewhere" | "active";

let state: SwState = "unsupported";
let workbox: Workbox | null = null;
const listeners = new Set<() => void>();

function setState(next: SwState): void {
  state = next;
  for (const l of listeners) l();
}

export function getSwState(): SwState {
  return state;
}

export function subscribeSw(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function registerServiceWorker(): void {
  if (!("serviceWorker" in navigator) || import.meta.env.DEV) return;
  const alreadyControlled = navigator.serviceWorker.controller !== null;
  hadController = alreadyControlled;
  setState(alreadyControlled ? "active" : "installing");
  workbox = new Workbox(trustedScriptUrl("/sw.js"), { scope: "/" });
  workbox.addEventListener("installed", (event) => {
    if (!event.isUpdate) setState("offline-ready");
  });
  workbox.addEventListener("waiting", () => {
    setState("update-available");
  });
  // Reload only after the user asked for the update and the new worker took over.
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (updateRequested) globalThis.location.reload();
    // Another tab accepted the update: this tab's code is now out of date, but
    // it is never reloaded without the user's say.
    else if (hadController) setState("updated-elsewhere");
  });
  workbox.register().catch(() => {
    // Registration refused (private browsing, a policy, a blocked worker):
    // the app still works online; it just cannot work offline.
    setState("unsupported");
  });
}

let updateRequested = false;
let hadController = false;

/** The user agreed: activate the waiting worker; the page reloads once it controls. */
export function applyUpdate(): void {
  if (!workbox) return;
  updateRequested = true;
  workbox.messageSkipWaiting();
}
