// Service worker lifecycle, exposed as a small store the UI renders:
// - "offline-ready": first install finished; every screen now works offline.
// - "update-available": a new version is waiting; it activates only when the
//   user agrees (applyUpdate), never silently, so an open encounter is never
//   reloaded under an officer's hands.
//
// workbox-window is loaded only when registering, after the first screen has
// rendered: registration never delays the first paint. The state is known
// before that from the page's controller, so the start screen's readiness
// line says the same thing before and after registration.
import type { Workbox } from "workbox-window";
import { trustedScriptUrl } from "./security/trustedScriptUrl";

export type SwState = "unsupported" | "installing" | "offline-ready" | "update-available" | "updated-elsewhere" | "active";

function supported(): boolean {
  return "serviceWorker" in navigator && !import.meta.env.DEV;
}

let state: SwState = !supported() ? "unsupported" : navigator.serviceWorker.controller !== null ? "active" : "installing";
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

export async function registerServiceWorker(): Promise<void> {
  if (!supported()) return;
  let wb: Workbox;
  try {
    const { Workbox: WorkboxClass } = await import("workbox-window");
    wb = new WorkboxClass(trustedScriptUrl("/sw.js"), { scope: "/" });
  } catch {
    // The chunk failed to load (online before the first install, signal lost):
    // no offline use this time; the next start tries again.
    setState("unsupported");
    return;
  }
  workbox = wb;
  const alreadyControlled = navigator.serviceWorker.controller !== null;
  hadController = alreadyControlled;
  setState(alreadyControlled ? "active" : "installing");
  wb.addEventListener("installed", (event) => {
    if (!event.isUpdate) setState("offline-ready");
  });
  wb.addEventListener("waiting", () => {
    setState("update-available");
  });
  // Reload only after the user asked for the update and the new worker took over.
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (updateRequested) globalThis.location.reload();
    // Another tab accepted the update: this tab's code is now out of date, but
    // it is never reloaded without the user's say.
    else if (hadController) setState("updated-elsewhere");
  });
  wb.register().catch(() => {
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
