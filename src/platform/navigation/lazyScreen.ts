// Lazy screens load their code and their translations together, so a screen
// never waits for one and then the other. A load that failed (no signal on a
// first visit) can be tried again without reloading the page: React.lazy would
// otherwise remember the failure, and a reload while offline before the
// service worker is ready ends on the browser's own error page.
import i18next from "i18next";
import { createElement, lazy, type LazyExoticComponent, type ComponentType } from "react";
import type { RouteDef, ScreenModule, ScreenProps } from "./routeTable";

type LazyScreen = LazyExoticComponent<ComponentType<ScreenProps>>;

const screens = new Map<RouteDef["load"], LazyScreen>();

function loadWithStrings(route: Pick<RouteDef, "load" | "namespaces">): Promise<ScreenModule> {
  return Promise.all([route.load(), i18next.loadNamespaces([...route.namespaces])]).then(([module]) => module);
}

function currentLazy(route: Pick<RouteDef, "load" | "namespaces">): LazyScreen {
  let screen = screens.get(route.load);
  if (screen === undefined) {
    screen = lazy(() => loadWithStrings(route));
    screens.set(route.load, screen);
  }
  return screen;
}

/**
 * A stable component for a route, made once (at module load, by the route
 * table): it renders the route's current lazy screen, which is made anew
 * after retryFailedScreens().
 */
export function lazyScreen(route: Pick<RouteDef, "load" | "namespaces">): ComponentType<ScreenProps> {
  return function LazyRouteScreen(props: ScreenProps) {
    return createElement(currentLazy(route), props);
  };
}

/** Forget failed loads, so the next render tries again. */
export function retryFailedScreens(): void {
  screens.clear();
}

/**
 * Starts loading the screen the page opened on, alongside the first render,
 * so that its code and strings are not requested only once React reaches it.
 * A failure is left for the render to report (and retry).
 */
export function preloadScreen(route: Pick<RouteDef, "load" | "namespaces">): void {
  loadWithStrings(route).catch(() => {
    // The screen's own load reports it.
  });
}

/**
 * Loads a route's code and strings while the page is idle, so that following
 * the link does not wait for them. Skipped offline before the first install:
 * a failed fetch could be remembered by the browser.
 */
export function preloadWhenIdle(route: Pick<RouteDef, "load" | "namespaces">): void {
  if (!navigator.onLine && navigator.serviceWorker.controller === null) return;
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number })
    .requestIdleCallback;
  const run = () => {
    loadWithStrings(route).catch(() => {
      // Offline before the first install: following the link will try again.
    });
  };
  if (idle) idle(run, { timeout: 3000 });
  else setTimeout(run, 1000);
}
