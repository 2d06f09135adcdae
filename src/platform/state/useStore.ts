import { useSyncExternalStore } from "react";
import type { Store } from "../../shared/createStore";

/** A store's current value as React state. */
export function useStore<T>(store: Pick<Store<T>, "get" | "subscribe">): T {
  return useSyncExternalStore(store.subscribe, store.get);
}
