// The route table: the shell's own screens, then each feature's routes. The
// start screen and quick exit's neutral page are in the first-screen bundle;
// everything else is a lazy chunk that the service worker precaches.
import type { ComponentType } from "react";
import type { RouteDef, ScreenProps } from "../platform/navigation/routeTable";
import { matchRoute } from "../platform/navigation/routeTable";
import { lazyScreen } from "../platform/navigation/lazyScreen";
import { pathwayRoutes } from "../pathway";
import { directoryRoutes } from "../directory";
import { encounterRoutes } from "../encounter";
import { trainingRoutes } from "../training";
import { StartScreen } from "./shell/StartScreen";
import { NeutralScreen } from "./shell/NeutralScreen";
import { NotFoundScreen } from "./shell/NotFoundScreen";
import { NEUTRAL_PATH } from "./shell/neutralPath";

/** A route whose screen is part of the first-screen bundle. */
export interface EagerRoute {
  pattern: string;
  screen: ComponentType<ScreenProps>;
  titleKey: RouteDef["titleKey"];
  neutral?: boolean;
}

const eager: readonly EagerRoute[] = [
  { pattern: "/", screen: StartScreen, titleKey: "titles.start" },
  { pattern: NEUTRAL_PATH, screen: NeutralScreen, titleKey: "titles.neutral", neutral: true },
];

const lazyRouteDefs: readonly RouteDef[] = [
  { pattern: "/about", load: () => import("./shell/AboutScreen"), namespaces: ["content", "offences"], titleKey: "titles.about" },
  { pattern: "/settings", load: () => import("./shell/SettingsScreen"), namespaces: [], titleKey: "titles.settings" },
  ...pathwayRoutes,
  ...directoryRoutes,
  ...encounterRoutes,
  ...trainingRoutes,
];

/** Each lazy route with its screen component, made once here rather than during render. */
const lazyRoutes = lazyRouteDefs.map((route) => ({ ...route, screen: lazyScreen(route) }));
type LazyRoute = (typeof lazyRoutes)[number];

export type ResolvedRoute =
  | { kind: "eager"; route: EagerRoute; params: Readonly<Record<string, string>> }
  | { kind: "lazy"; route: LazyRoute; params: Readonly<Record<string, string>> }
  | { kind: "not-found" };

export const NOT_FOUND = { screen: NotFoundScreen, titleKey: "titles.notFound" } as const;

export function resolveRoute(path: string): ResolvedRoute {
  const e = matchRoute(eager, path);
  if (e !== null) return { kind: "eager", route: e.route, params: e.params };
  const l = matchRoute(lazyRoutes, path);
  if (l !== null) return { kind: "lazy", route: l.route, params: l.params };
  return { kind: "not-found" };
}
