import { Suspense, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { usePath } from "./router";
import { Header } from "./shell/Header";
import { UpdateBanner } from "./shell/UpdateBanner";
import { resolveRoute } from "./routes";
import { useSetting } from "./useSetting";
import { useThemeAttribute } from "./shell/useThemeAttribute";

export function App() {
  const { t } = useTranslation();
  const path = usePath();
  const route = resolveRoute(path);
  const [discreet] = useSetting("discreet");
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useThemeAttribute();

  useEffect(() => {
    // Discreet mode: a neutral tab title with no sensitive words.
    document.title = discreet === "on" || route.neutral ? t("neutral.title") : `${t(route.titleKey)} – ${t("app.name")}`;
  }, [discreet, route, t]);

  useEffect(() => {
    // After in-app navigation, move focus to the new page so screen readers
    // announce it; not on first load, where the browser handles focus.
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector("h1");
    if (heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus();
    }
    globalThis.scrollTo(0, 0);
  }, [path]);

  const Screen = route.component;
  return (
    <>
      <a href="#main" className="skip-link">
        {t("nav.skip")}
      </a>
      {route.neutral ? null : <Header />}
      <div className="page">
        <UpdateBanner />
        <main id="main" ref={mainRef} className="main" tabIndex={-1}>
          <Suspense fallback={<p role="status">{t("loading")}</p>}>
            <Screen />
          </Suspense>
        </main>
      </div>
    </>
  );
}
