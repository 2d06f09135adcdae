import { useCallback, useSyncExternalStore } from "react";
import { readSetting, subscribeSettings, writeSetting, type SettingKey } from "./settings";

/** A device setting as React state, shared by every component that reads it. */
export function useSetting(key: SettingKey): [string | null, (value: string | null) => void] {
  const value = useSyncExternalStore(
    (onChange) =>
      subscribeSettings((changed) => {
        if (changed === key) onChange();
      }),
    () => readSetting(key),
  );
  const set = useCallback(
    (next: string | null) => {
      writeSetting(key, next);
    },
    [key],
  );
  return [value, set];
}
