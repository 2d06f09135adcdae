// One way to describe and match screens. A feature lists its routes; the app
// joins the lists. Patterns are literal segments, ":name" parameters and a
// final "*" for a feature that routes the rest itself. URLs name screens only.
import type { ComponentType } from "react";
import type { Namespace, TitleKey } from "../i18n/locales";

export type RouteParams = Readonly<Record<string, string>>;
export type ScreenProps = { params: RouteParams; path: string };
export type ScreenModule = { default: ComponentType<ScreenProps> };

export interface RouteDef {
  pattern: string;
  load: () => Promise<ScreenModule>;
  /** Translation namespaces the screen needs, loaded with its code. */
  namespaces: readonly Namespace[];
  titleKey: TitleKey;
  /** Quick exit's page: no header, a title with no sensitive words. */
  neutral?: boolean;
}

export interface RouteMatch<R> {
  route: R;
  params: RouteParams;
}

function segments(path: string): string[] {
  return path.split("/").filter((s) => s !== "");
}

/** Params from a pattern, or null. Parameters are URI-decoded. */
export function matchPattern(pattern: string, path: string): RouteParams | null {
  const want = segments(pattern);
  const got = segments(path);
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? "";
    if (w === "*") {
      params["rest"] = got.slice(i).join("/");
      return params;
    }
    const g = got[i];
    if (g === undefined) return null;
    if (w.startsWith(":")) {
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g) return null;
  }
  return got.length === want.length ? params : null;
}

/** The first route whose pattern matches, in list order. */
export function matchRoute<R extends { pattern: string }>(routes: readonly R[], path: string): RouteMatch<R> | null {
  for (const route of routes) {
    const params = matchPattern(route.pattern, path);
    if (params !== null) return { route, params };
  }
  return null;
}

/** Builds a path from a pattern, encoding each parameter. */
export function buildPath(pattern: string, params: RouteParams = {}): string {
  const out = segments(pattern).map((s) => {
    if (!s.startsWith(":")) return s;
    const value = params[s.slice(1)];
    if (value === undefined) throw new Error(`missing route parameter ${s}`);
    return encodeURIComponent(value);
  });
  return `/${out.join("/")}`;
}
