import { useEffect, useState } from "react";
import i18next from "i18next";
import { loadNamespace } from "./resources";

/**
 * Makes sure another language's namespaces are loaded (for text written in a
 * language other than the interface's, such as the hand-over summary), and
 * says whether they are. Already-loaded bundles are used as they are.
 */
export function useLanguageResources(lng: string, namespaces: readonly string[]): boolean {
  const key = `${lng}:${namespaces.join(",")}`;
  const loaded = namespaces.every((ns) => i18next.hasResourceBundle(lng, ns));
  // Bumped when a load finishes, so the component reads `loaded` again.
  const [, setLoads] = useState(0);
  useEffect(() => {
    if (namespaces.every((ns) => i18next.hasResourceBundle(lng, ns))) return;
    let cancelled = false;
    Promise.all(
      namespaces.map(async (ns) => {
        if (!i18next.hasResourceBundle(lng, ns)) i18next.addResourceBundle(lng, ns, await loadNamespace(lng, ns), true, false);
      }),
    ).then(
      () => {
        if (!cancelled) setLoads((n) => n + 1);
      },
      () => {
        // Not loaded (no signal on a first visit): the caller stays on the interface's language.
      },
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for lng and namespaces
  }, [key]);
  return loaded;
}
