// Route table. Feature screens are lazy chunks so the first screen loads
// only the shell; the service worker precaches every chunk for offline use.
import { lazy, type ComponentType } from "react";
import { StartScreen } from "./shell/StartScreen";
import { NeutralScreen } from "./shell/NeutralScreen";
import { NotFoundScreen } from "./shell/NotFoundScreen";
import { loadEncounter, withNamespaces } from "../platform/navigation/lazyScreen";

export type TitleKey =
  | "titles.start"
  | "titles.about"
  | "titles.settings"
  | "titles.notFound"
  | "titles.neutral"
  | "titles.encounter"
  | "titles.support"
  | "titles.schedule4"
  | "titles.signs"
  | "titles.directory";

export interface Route {
  component: ComponentType;
  /** Key in the common namespace used for the page title. */
  titleKey: TitleKey;
  neutral?: boolean;
}

const named =
  <K extends string>(key: K) =>
  (m: Record<K, ComponentType>) => ({ default: m[key] });

const AboutScreen = lazy(() => import("./shell/AboutScreen").then(named("AboutScreen")));
const SettingsScreen = lazy(() => import("./shell/SettingsScreen").then(named("SettingsScreen")));
const EncounterScreen = lazy(loadEncounter);
const Schedule4Screen = lazy(withNamespaces(() => import("../pathway/ui/Schedule4Screen"), ["pathway"]));
const SignsScreen = lazy(withNamespaces(() => import("../pathway/ui/SignsScreen"), ["pathway"]));
const SupportLookupScreen = lazy(withNamespaces(() => import("../directory/ui/SupportLookupScreen"), ["directory"]));
const DirectoryScreen = lazy(withNamespaces(() => import("../directory/ui/DirectoryScreen"), ["directory"]));

const table: Record<string, Route> = {
  "/": { component: StartScreen, titleKey: "titles.start" },
  "/about": { component: AboutScreen, titleKey: "titles.about" },
  "/settings": { component: SettingsScreen, titleKey: "titles.settings" },
  "/notes": { component: NeutralScreen, titleKey: "titles.neutral", neutral: true },
  "/schedule-4": { component: Schedule4Screen, titleKey: "titles.schedule4" },
  "/signs": { component: SignsScreen, titleKey: "titles.signs" },
  "/support": { component: SupportLookupScreen, titleKey: "titles.support" },
};

const prefixes: [string, Route][] = [
  ["/encounter", { component: EncounterScreen, titleKey: "titles.encounter" }],
  ["/directory", { component: DirectoryScreen, titleKey: "titles.directory" }],
];

export function resolveRoute(path: string): Route {
  const clean = path.length > 1 ? path.replace(/\/+$/, "") : path;
  const exact = table[clean];
  if (exact) return exact;
  for (const [prefix, route] of prefixes) {
    if (clean === prefix || clean.startsWith(`${prefix}/`)) return route;
  }
  return { component: NotFoundScreen, titleKey: "titles.notFound" };
}
