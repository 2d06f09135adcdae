// The pathway's own screens: spotting the signs and the Schedule 4 search.
import type { RouteDef } from "../platform/navigation/routeTable";

export const PATHWAY_PATHS = { signs: "/signs", schedule4: "/schedule-4" } as const;

export const pathwayRoutes: readonly RouteDef[] = [
  {
    pattern: PATHWAY_PATHS.signs,
    load: () => import("./ui/SignsScreen"),
    namespaces: ["pathway", "content"],
    titleKey: "titles.signs",
  },
  {
    pattern: PATHWAY_PATHS.schedule4,
    load: () => import("./ui/Schedule4Screen"),
    namespaces: ["pathway", "content", "offences"],
    titleKey: "titles.schedule4",
  },
];
