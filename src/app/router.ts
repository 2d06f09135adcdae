// A tiny History API router. Each question and screen has its own URL so the
// browser's Back button works as people expect (GOV.UK pattern) — but URLs
// carry only screen names, never anything about the person.
import { useSyncExternalStore } from "react";

type Listener = () => void;
const listeners = new Set<Listener>();

function notify(): void {
  for (const l of listeners) l();
}

globalThis.addEventListener("popstate", notify);

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (options.replace === true) globalThis.history.replaceState(null, "", path);
  else globalThis.history.pushState(null, "", path);
  notify();
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => globalThis.location.pathname);
}
