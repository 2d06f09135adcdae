// The tab's history, for a tiny History API router. Each question and screen has its own URL so the
// browser's Back button works as people expect (GOV.UK pattern) — but URLs
// carry only screen names, never anything about the person. Each entry
// records how many in-app entries lie before it, so quick exit can rewind.

type Listener = () => void;
const listeners = new Set<Listener>();

interface EntryState {
  depth: number;
}

/** Survives the page reloads that rewinding across a reload causes. */
const UNWIND_KEY = "waymark.unwind";

function notify(): void {
  for (const l of listeners) l();
}

function readDepth(): number | null {
  const state = globalThis.history.state as Partial<EntryState> | null;
  return typeof state?.depth === "number" ? state.depth : null;
}

let lastDepth = 0;

export function historyDepth(): number {
  return readDepth() ?? 0;
}

/** Overwrites the current entry with `path` and drops every later entry (the guidance). */
function settleOn(path: string): void {
  globalThis.history.replaceState({ depth: 0 }, "", path);
  globalThis.history.pushState({ depth: 1 }, "", path);
  lastDepth = 1;
}

function takeUnwind(): string | null {
  try {
    const target = sessionStorage.getItem(UNWIND_KEY);
    if (target !== null) sessionStorage.removeItem(UNWIND_KEY);
    return target;
  } catch {
    return null;
  }
}

let unwindTimer: ReturnType<typeof setTimeout> | undefined;

/** How long a rewind may take before this page settles where it is (see unwindHistory). */
const UNWIND_FALLBACK_MS = 5000;

globalThis.addEventListener("popstate", () => {
  const target = takeUnwind();
  if (target !== null) {
    clearTimeout(unwindTimer);
    unwindTimer = undefined;
    settleOn(target);
  } else if (readDepth() === null) {
    // An entry the router did not make (an in-page #link): count it.
    globalThis.history.replaceState({ depth: lastDepth + 1 }, "");
  }
  lastDepth = historyDepth();
  notify();
});

/** True when this page was loaded by moving through history (or when the browser cannot say). */
function loadedByHistory(): boolean {
  const entry = globalThis.performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
  return entry === undefined || entry.type === "back_forward";
}

// A page the back/forward cache brings back runs no start-up code and still
// holds what it had in memory: if a rewind is landing here, settle and load
// it afresh, so nothing from before the quick exit is kept.
globalThis.addEventListener("pageshow", (event) => {
  if (!event.persisted) return;
  const target = takeUnwind();
  if (target === null) return;
  settleOn(target);
  globalThis.location.reload();
});

// Start-up: finish a quick exit whose rewind crossed a page load, before
// anything renders. Only a page reached through history can be that landing;
// on any other load (typed address, reload) a key left behind is dropped.
{
  const pending = takeUnwind();
  const target = loadedByHistory() ? pending : null;
  if (target !== null) settleOn(target);
  else if (readDepth() === null) globalThis.history.replaceState({ depth: 0 }, "");
  lastDepth = historyDepth();
}

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  // A new in-app step means any rewind is over: a key the fallback left must not act on a later Back.
  if (unwindTimer === undefined) takeUnwind();
  if (options.replace === true) globalThis.history.replaceState({ depth: historyDepth() }, "", path);
  else globalThis.history.pushState({ depth: historyDepth() + 1 }, "", path);
  lastDepth = historyDepth();
  notify();
}

/**
 * Goes back to this tab's first in-app entry and replaces everything from
 * there with `path`. If the browser cannot go that far back (history limit,
 * or the entries belong to an earlier page load), it settles where it is.
 */
export function unwindHistory(path: string): void {
  if (unwindTimer !== undefined) return; // already rewinding (double tap)
  const steps = Math.min(historyDepth(), globalThis.history.length - 1);
  if (steps <= 0) {
    settleOn(path);
    notify();
    return;
  }
  try {
    sessionStorage.setItem(UNWIND_KEY, path);
  } catch {
    // Without sessionStorage a rewind across a reload lands on the old entry; the timer below still settles this page.
  }
  // Only for a browser that does not move at all: a rewind normally ends in the
  // popstate handler (same page) or in the start-up code of the page it lands
  // on (an entry from an earlier page load, which can take seconds to load on
  // a slow phone). So the timer leaves the key for that page, and it is long:
  // the screen already shows the neutral page; only the history waits.
  unwindTimer = setTimeout(() => {
    unwindTimer = undefined;
    settleOn(path);
    notify();
  }, UNWIND_FALLBACK_MS);
  globalThis.history.go(-steps);
}

/** True when Back would stay inside the app. */
export function canGoBackInApp(): boolean {
  return historyDepth() > 0;
}

/** Called after every in-app navigation and history move. */
export function subscribeHistory(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentPath(): string {
  return globalThis.location.pathname;
}
