import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import "./ui/styles.css";
import { App } from "./app/App";
import { resolveRoute } from "./app/routes";
import { currentPath } from "./platform/navigation/history";
import { preloadScreen } from "./platform/navigation/lazyScreen";
import { initI18n } from "./platform/i18n/i18n";
import { registerServiceWorker } from "./platform/serviceWorker";
import { readSetting } from "./platform/settings/settings";
import { savedLiveEncounter } from "./encounter";

const rootElement = document.getElementById("root");
if (!rootElement) throw new Error("#root is missing from index.html");

// Purge an encounter saved more than 12 hours ago, before anything renders.
savedLiveEncounter();

// Apply a manual theme before the first paint so dark mode does not flash white.
const theme = readSetting("theme");
if (theme === "light" || theme === "dark") document.documentElement.dataset["theme"] = theme;

/** After the first screen has rendered and the page is idle (or 3 s at most). */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1000);
}

void initI18n().then(() => {
  // A lazy screen opened directly (the first question after a reload) starts
  // loading now rather than when React first renders it.
  const opened = resolveRoute(currentPath());
  if (opened.kind === "lazy") preloadScreen(opened.route);
  createRoot(rootElement).render(
    <StrictMode>
      {/* Outer boundary: a translation file still loading never unmounts the app. */}
      <Suspense fallback={null}>
        <App />
      </Suspense>
    </StrictMode>,
  );
  // After the first render: the worker's registration never delays the first screen.
  whenIdle(() => void registerServiceWorker());
});
