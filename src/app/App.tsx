import { Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { usePath } from "../platform/navigation/usePath";
import { useSetting } from "../platform/settings/useSetting";
import { focusTarget } from "../ui/focusTarget";
import { Header } from "./shell/Header";
import { NOT_FOUND, resolveRoute, type ResolvedRoute } from "./routes";
import { useThemeAttribute } from "./shell/useThemeAttribute";
import { ScreenErrorBoundary } from "./shell/ScreenErrorBoundary";
import { FocusOnNavigate } from "./shell/FocusOnNavigate";
import { quickExit } from "./shell/quickExit";
import { useQuickExitShortcut } from "./shell/quickExitShortcut";

export function App() {
  const { t } = useTranslation();
  const path = usePath();
  const resolved = resolveRoute(path);
  const [discreet] = useSetting("discreet");
  useThemeAttribute();
  const neutral = resolved.kind !== "not-found" && resolved.route.neutral === true;
  // Shift three times leaves from anywhere but the neutral page itself.
  useQuickExitShortcut(quickExit, !neutral);
  const titleKey = resolved.kind === "not-found" ? NOT_FOUND.titleKey : resolved.route.titleKey;

  useEffect(() => {
    // Discreet mode: a neutral tab title with no sensitive words.
    document.title = discreet === "on" || neutral ? t("neutral.title") : `${t(titleKey)} – ${t("app.name")}`;
  }, [discreet, neutral, titleKey, t]);

  return (
    <>
      <a
        href="#main"
        className="skip-link"
        onClick={(event) => {
          focusTarget(event, "main");
        }}
      >
        {t("nav.skip")}
      </a>
      {neutral ? null : <Header />}
      <div className="page">
        <main id="main" className="main" tabIndex={-1}>
          <ScreenErrorBoundary resetKey={path}>
            <Suspense fallback={<p role="status">{t("loading")}</p>}>
              <RouteScreen resolved={resolved} path={path} />
              <FocusOnNavigate path={path} />
            </Suspense>
          </ScreenErrorBoundary>
        </main>
      </div>
    </>
  );
}

/** The matched screen; lazy routes carry a stable component made by the route table. */
function RouteScreen({ resolved, path }: { resolved: ResolvedRoute; path: string }) {
  if (resolved.kind === "not-found") return <NOT_FOUND.screen />;
  const Screen = resolved.route.screen;
  return <Screen params={resolved.params} path={path} />;
}
