// What every response carries, and what the app declares about itself.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { baseUrl, openSession } from "./support/lifecycle";

describe("security headers, assets and manifest", () => {
  it("sends the strict CSP on every response and 404s unknown assets", async () => {
    for (const path of ["/", "/about", "/encounter/q/q-age", "/assets/does-not-exist.js"]) {
      const res = await fetch(new URL(path, baseUrl));
      const csp = res.headers.get("content-security-policy") ?? "";
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "connect-src 'self'",
        "require-trusted-types-for 'script'",
      ]) {
        expect(csp, `${path}: ${directive}`).toContain(directive);
      }
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).not.toContain("unsafe-eval");
      if (path.startsWith("/assets/")) {
        expect(res.status).toBe(404);
        expect(await res.text()).not.toContain("<html");
      } else {
        expect(res.status).toBe(200);
      }
    }
  });

  it("has an installable web app manifest", async () => {
    const res = await fetch(new URL("/manifest.webmanifest", baseUrl));
    const manifest = (await res.json()) as Record<string, unknown>;
    expect(manifest).toMatchObject({ short_name: "Waymark", display: "standalone", start_url: "/", scope: "/", lang: "en-GB" });
    const icons = manifest["icons"] as { src: string; sizes: string; purpose: string }[];
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(["192x192 any", "512x512 any", "512x512 maskable"]);
    for (const icon of icons) {
      const img = await fetch(new URL(icon.src, baseUrl));
      expect(img.headers.get("content-type")).toBe("image/png");
    }
  });

  it("shows the app and content versions on About", async () => {
    const s = await openSession();
    await s.goto("/about");
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(await s.page.getByTestId("app-version").textContent()).toBe(pkg.version);
    expect((await s.page.getByTestId("content-version").textContent())?.trim()).toMatch(/^\d{4}\.\d{2}\.\d{2}/);
  });
});
