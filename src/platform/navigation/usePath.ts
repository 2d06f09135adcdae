import { useSyncExternalStore } from "react";
import { currentPath, subscribeHistory } from "./history";

/** The current path as React state; changes on every in-app navigation. */
export function usePath(): string {
  return useSyncExternalStore(subscribeHistory, currentPath);
}
