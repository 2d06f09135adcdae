// A tiny History API router. Each question and screen has its own URL so the
// browser's Back button works as people expect (GOV.UK pattern) — but URLs
// carry only screen names, never anything about the person. Each entry
// records how many in-app entries lie before it, so quick exit can rewind.
import { useSyncExternalStore } from "react";

type Listener = () => void;
const listeners = new Set<Listener>();

interface EntryState {
  depth: number;
}

function notify(): void {
  for (const l of listeners) l();
}

export function historyDepth(): number {
  const state = globalThis.history.state as Partial<EntryState> | null;
  return typeof state?.depth === "number" ? state.depth : 0;
}

let pendingUnwind: string | null = null;

globalThis.addEventListener("popstate", () => {
  if (pendingUnwind !== null) {
    // Back at the tab's first in-app entry: overwrite it, then push so every
    // later entry (the guidance) is dropped from the forward history.
    const target = pendingUnwind;
    pendingUnwind = null;
    globalThis.history.replaceState({ depth: 0 }, "", target);
    globalThis.history.pushState({ depth: 1 }, "", target);
  }
  notify();
});

if (globalThis.history.state === null) globalThis.history.replaceState({ depth: 0 }, "");

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace === true) globalThis.history.replaceState({ depth: historyDepth() }, "", path);
  else globalThis.history.pushState({ depth: historyDepth() + 1 }, "", path);
  notify();
}

/** Goes back to the first in-app entry of this tab and replaces everything from there with `path`. */
export function unwindHistory(path: string): void {
  pendingUnwind = path;
  globalThis.history.go(-historyDepth());
}

/** True when Back would stay inside the app. */
export function canGoBackInApp(): boolean {
  return historyDepth() > 0;
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => globalThis.location.pathname);
}
