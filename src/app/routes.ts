// Route table. Feature screens are lazy chunks so the first screen loads
// only the shell; the service worker precaches every chunk for offline use.
import { lazy, type ComponentType } from "react";
import { StartScreen } from "./shell/StartScreen";
import { NeutralScreen } from "./shell/NeutralScreen";
import { NotFoundScreen } from "./shell/NotFoundScreen";

export interface Route {
  component: ComponentType;
  /** Key in the common namespace used for the page title. */
  titleKey: "titles.start" | "titles.about" | "titles.settings" | "titles.notFound" | "titles.neutral";
  neutral?: boolean;
}

const AboutScreen = lazy(() => import("./shell/AboutScreen").then((m) => ({ default: m.AboutScreen })));
const SettingsScreen = lazy(() => import("./shell/SettingsScreen").then((m) => ({ default: m.SettingsScreen })));

const table: Record<string, Route> = {
  "/": { component: StartScreen, titleKey: "titles.start" },
  "/about": { component: AboutScreen, titleKey: "titles.about" },
  "/settings": { component: SettingsScreen, titleKey: "titles.settings" },
  "/notes": { component: NeutralScreen, titleKey: "titles.neutral", neutral: true },
};

export function resolveRoute(path: string): Route {
  const clean = path.length > 1 ? path.replace(/\/+$/, "") : path;
  return table[clean] ?? { component: NotFoundScreen, titleKey: "titles.notFound" };
}
