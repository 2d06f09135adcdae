import { useEffect } from "react";
import { useSetting } from "../../platform/settings/useSetting";

/** Follows the system theme unless the user picked light or dark on this device. */
export function useThemeAttribute(): void {
  const [theme] = useSetting("theme");
  useEffect(() => {
    const root = document.documentElement;
    if (theme === "light" || theme === "dark") root.dataset["theme"] = theme;
    else delete root.dataset["theme"];
  }, [theme]);
}
