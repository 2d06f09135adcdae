import { useEffect, useRef } from "react";

/**
 * Rendered inside Suspense after the screen, so it mounts only once a lazy
 * screen has arrived: then moves focus to the new page's h1 so screen readers
 * announce it. Not on the first load, where the browser handles focus.
 */
export function FocusOnNavigate({ path }: { path: string }) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>("main h1") ?? document.querySelector<HTMLElement>("main");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
    globalThis.scrollTo(0, 0);
  }, [path]);
  return null;
}
