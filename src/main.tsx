import { StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import "./ui/styles.css";
import { App } from "./app/App";
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

void initI18n().then(() => {
  createRoot(rootElement).render(
    <StrictMode>
      {/* Outer boundary: a translation file still loading never unmounts the app. */}
      <Suspense fallback={null}>
        <App />
      </Suspense>
    </StrictMode>,
  );
  // After the first render: the worker's registration never delays the first screen.
  registerServiceWorker();
});
