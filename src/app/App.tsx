import { Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { usePath } from "../platform/navigation/history";
import { Header } from "./shell/Header";
import { UpdateBanner } from "./shell/UpdateBanner";
import { resolveRoute } from "./routes";
import { useSetting } from "../platform/settings/useSetting";
import { useThemeAttribute } from "./shell/useThemeAttribute";
import { ScreenErrorBoundary } from "./shell/ScreenErrorBoundary";
import { FocusOnNavigate } from "./shell/FocusOnNavigate";
import { focusTarget } from "../ui/focusTarget";

export function App() {
  const { t } = useTranslation();
  const path = usePath();
  const route = resolveRoute(path);
  const [discreet] = useSetting("discreet");
  useThemeAttribute();

  useEffect(() => {
    // Discreet mode: a neutral tab title with no sensitive words.
    document.title = discreet === "on" || route.neutral ? t("neutral.title") : `${t(route.titleKey)} – ${t("app.name")}`;
  }, [discreet, route, t]);

  const Screen = route.component;
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
      {route.neutral ? null : <Header />}
      <div className="page">
        <UpdateBanner />
        <main id="main" className="main" tabIndex={-1}>
          <ScreenErrorBoundary resetKey={path}>
            <Suspense fallback={<p role="status">{t("loading")}</p>}>
              <Screen />
              <FocusOnNavigate path={path} />
            </Suspense>
          </ScreenErrorBoundary>
        </main>
      </div>
    </>
  );
}
