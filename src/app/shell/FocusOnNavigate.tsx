import { useEffect } from "react";

// Module-level, so a remount (error boundary, Suspense) does not mistake the
// current page for a new one, and StrictMode's double effect does nothing.
let lastPath = globalThis.location.pathname;

/**
 * Rendered inside Suspense after the screen, so it runs only once a lazy
 * screen has arrived: then moves focus to the new page's h1 so screen
 * readers announce it. Not on the first load, where the browser handles focus.
 */
export function FocusOnNavigate({ path }: { path: string }) {
  useEffect(() => {
    if (path === lastPath) return;
    lastPath = path;
    const heading = document.querySelector<HTMLElement>("main h1") ?? document.querySelector<HTMLElement>("main");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
    globalThis.scrollTo(0, 0);
  }, [path]);
  return null;
}
