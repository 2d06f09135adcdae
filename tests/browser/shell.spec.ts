import { afterEach, describe, expect, inject, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Session } from "./support/session";
import { checkReflow, checkScreen } from "./support/checks";
import { startPreview } from "./support/server";
import { StartPage } from "./pages/StartPage";

const baseUrl = inject("baseUrl");
const SHELL_SCREENS = ["/", "/about", "/settings", "/notes", "/no-such-page"];

let session: Session | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe("app shell", () => {
  for (const [locale, scheme] of [
    ["en-GB", "light"],
    ["en-GB", "dark"],
    ["en-XA", "light"],
    ["ar-XB", "dark"],
  ] as const) {
    it(`every shell screen passes the checks in ${locale}, ${scheme} theme`, async () => {
      session = await Session.open({ baseUrl, colorScheme: scheme });
      for (const path of SHELL_SCREENS) {
        await session.goto(`${path}?lng=${locale}`);
        expect(await session.page.getAttribute("html", "lang")).toBe(locale);
        expect(await session.page.getAttribute("html", "dir")).toBe(locale === "ar-XB" ? "rtl" : "ltr");
        await checkScreen(session, `${path} (${locale}, ${scheme})`);
        await checkReflow(session, `${path} (${locale})`);
      }
    });
  }

  it("shows the app and content versions on About", async () => {
    session = await Session.open({ baseUrl });
    await session.goto("/about");
    const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(await session.page.getByTestId("app-version").textContent()).toBe(pkg.version);
    expect((await session.page.getByTestId("content-version").textContent())?.trim()).toMatch(/^\d{4}\.\d{2}\.\d{2}/);
  });

  it("remembers the force area on this device", async () => {
    session = await Session.open({ baseUrl });
    await session.goto("/");
    await new StartPage(session.page).chooseForceArea("devon-and-cornwall");
    await session.page.reload();
    await session.page.locator("main h1").waitFor();
    expect(await session.page.getByTestId("force-area").inputValue()).toBe("devon-and-cornwall");
  });

  it("quick exit lands on a neutral page, and Back never returns to the guidance", async () => {
    session = await Session.open({ baseUrl });
    await session.goto("/about");
    await session.page.getByRole("link", { name: "Settings" }).click();
    await session.page.waitForURL(/\/settings$/);
    await session.page.getByRole("link", { name: "About Waymark" }).click();
    await session.page.waitForURL(/\/about$/);
    await new StartPage(session.page).quickExit();
    await session.page.waitForURL(/\/notes$/);
    expect(await session.page.title()).toBe("Notes");
    expect(await session.page.locator("body").innerText()).not.toMatch(/slavery|victim|Waymark/i);
    await checkScreen(session, "neutral page after quick exit");
    for (let i = 0; i < 3; i++) {
      await session.page.goBack().catch(() => null);
      const url = session.page.url();
      expect(url === "about:blank" || new URL(url).pathname === "/notes", `after Back ${i + 1}: ${url}`).toBe(true);
    }
  });

  it("quick exit still hides the guidance after a reload, from the first entry with Forward history, and after an in-page link", async () => {
    session = await Session.open({ baseUrl });
    const page = session.page;
    const expectNeutralHistory = async (label: string) => {
      await page.waitForURL(/\/notes$/);
      for (let i = 0; i < 3; i++) {
        await page.goBack().catch(() => null);
        const url = page.url();
        expect(url === "about:blank" || new URL(url).pathname === "/notes", `${label}, Back ${i + 1}: ${url}`).toBe(true);
      }
      await page.goForward().catch(() => null);
      await page.goForward().catch(() => null);
      const url = page.url();
      expect(url === "about:blank" || new URL(url).pathname === "/notes", `${label}, Forward: ${url}`).toBe(true);
    };
    // 1. Reloaded part-way: the earlier entries belong to the old page load.
    await session.goto("/about");
    await page.getByRole("link", { name: "Settings" }).click();
    await page.waitForURL(/\/settings$/);
    await page.reload();
    await page.locator("main h1").waitFor();
    await page.getByRole("link", { name: "About Waymark" }).click();
    await page.waitForURL(/\/about$/);
    await new StartPage(page).quickExit();
    await expectNeutralHistory("after a reload");

    // 2. Back at the first entry, with guidance in the Forward history.
    await session.goto("/signs");
    await page.getByRole("link", { name: "Settings" }).click();
    await page.waitForURL(/\/settings$/);
    await page.goBack();
    await page.waitForURL(/\/signs$/);
    // 3. An in-page link (the contents of the signs page) adds an entry too.
    await page.locator("nav a[href^='#']").first().click();
    await new StartPage(page).quickExit();
    await expectNeutralHistory("from the first entry");
  });

  it("discreet mode keeps sensitive words out of the tab title", async () => {
    session = await Session.open({ baseUrl });
    await session.goto("/settings");
    await session.page.getByLabel("Discreet mode").check();
    await session.goto("/");
    expect(await session.page.title()).toBe("Notes");
  });
});

describe("security headers and assets", () => {
  it("sends the strict CSP on every response and 404s unknown assets", async () => {
    for (const path of ["/", "/about", "/assets/does-not-exist.js"]) {
      const res = await fetch(new URL(path, baseUrl));
      const csp = res.headers.get("content-security-policy") ?? "";
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "connect-src 'self'",
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
});

describe("offline", () => {
  it("works offline after one visit: reload, cold start with the server down, every locale", async () => {
    // A server of its own, so it can be switched off.
    const own = await startPreview(0);
    session = await Session.open({ baseUrl: own.url });
    await session.goto("/");
    await session.page.getByTestId("offline-ready").waitFor({ timeout: 20_000 });
    await session.waitForOfflineReady();

    // Really offline: the server is gone, not emulated.
    await own.close();
    await session.page.reload();
    await session.page.locator("main h1").waitFor();
    await checkScreen(session, "offline reload");
    const profile = session.userDataDir;
    await session.context.close();

    // Cold start: a fresh browser process, no server at all.
    const cold = await Session.open({ baseUrl: own.url, userDataDir: profile });
    try {
      for (const path of ["/", "/about?lng=en-XA", "/settings?lng=ar-XB", "/notes"]) {
        await cold.goto(path);
        await checkScreen(cold, `offline ${path}`);
      }
      expect(cold.problems.networkRequests, "network requests once installed").toEqual([]);
    } finally {
      await cold.close();
      rmSync(profile, { recursive: true, force: true });
      session = undefined;
    }
  });

  it("offers an update when a new version is deployed, and reloads only on consent", async () => {
    const dir = mkdtempSync(join(tmpdir(), "waymark-dist-"));
    cpSync("dist", dir, { recursive: true });
    const own = await startPreview(0, dir);
    try {
      session = await Session.open({ baseUrl: own.url });
      await session.goto("/about");
      await session.waitForOfflineReady();
      // Deploy "a new version": the service worker's bytes change.
      writeFileSync(join(dir, "sw.js"), `${readFileSync(join(dir, "sw.js"), "utf8")}\n// next release\n`);
      await session.page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        await reg?.update();
      });
      const banner = session.page.getByTestId("update-available");
      await banner.waitFor({ timeout: 20_000 });
      // Still the same page: nothing reloaded without consent.
      expect(new URL(session.page.url()).pathname).toBe("/about");
      await checkScreen(session, "update available");
      await Promise.all([session.page.waitForEvent("load"), banner.getByRole("button").click()]);
      await session.page.locator("main h1").waitFor();
      expect(await session.page.getByTestId("update-available").count()).toBe(0);
    } finally {
      await session?.close();
      session = undefined;
      await own.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
