import { useSyncExternalStore } from "react";

const WIDE = "(min-width: 60rem)";

/** True on a screen wide enough to show the story beside the phone (a laptop or projector). */
export function useWideScreen(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = globalThis.matchMedia(WIDE);
      query.addEventListener("change", onChange);
      return () => {
        query.removeEventListener("change", onChange);
      };
    },
    () => globalThis.matchMedia(WIDE).matches,
  );
}
