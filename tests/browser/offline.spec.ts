// Offline after one visit: a fresh browser process with the server switched
// off, every locale, a whole journey with 0 network requests; and updates
// only on the officer's consent. These need a browser profile of their own.
import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Session } from "./support/session";
import { checkScreen } from "./support/checks";
import { startPreview } from "./support/server";
import { EncounterFlow } from "./pages/EncounterFlow";

/** Installs the app in a new profile, then switches the server off. */
async function installThenGoOffline(): Promise<{ url: string; profile: string }> {
  const own = await startPreview(0);
  const install = await Session.open({ baseUrl: own.url, persistent: true, serviceWorker: true });
  const profile = install.userDataDir;
  if (profile === null) throw new Error("no profile");
  try {
    await install.goto("/");
    await install.page.getByTestId("offline-ready").waitFor();
    await install.waitForOfflineReady();
    await install.expectNoProblems("install");
  } finally {
    await install.context.close();
    await own.close();
  }
  return { url: own.url, profile };
}

describe("offline", () => {
  it("cold-starts with the server down and runs a whole journey, every locale, with 0 network requests", async () => {
    const { url, profile } = await installThenGoOffline();
    const session = await Session.open({ baseUrl: url, userDataDir: profile, serviceWorker: true });
    try {
      for (const path of ["/", "/about?lng=en-XA", "/settings?lng=ar-XB", "/notes", "/?lng=en-GB"]) {
        await session.goto(path);
      }
      const flow = new EncounterFlow(session);
      await flow.start();
      await flow.answerAll({
        immediateDanger: false,
        medicalNeed: false,
        age: "adult",
        exploitation: ["labour"],
        nrmStatus: "not-referred",
        canDecide: true,
        consentToNrm: "no",
        isSuspect: true,
        offence: { act: "Theft Act 1968", section: "8" },
        needsInterpreter: false,
        needsAccommodation: false,
        area: "devon-and-cornwall",
      });
      await flow.seeOutcome();
      expect(await flow.route()).toBe("duty-to-notify");
      await flow.open(/Support for the person's stage/, "/encounter/support");
      await session.page.getByTestId("support-results").waitFor();
      await session.goto("/schedule-4");
      await session.page.getByTestId("schedule4-query").fill("murder");
      await session.page.locator("[data-entry='common-law-murder']").waitFor();
      await checkScreen(session, "offline schedule 4");
      expect(session.problems.networkRequests).toEqual([]);
    } finally {
      await session.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it("offers an update when a new version is deployed, and reloads only on consent", async () => {
    const dir = mkdtempSync(join(tmpdir(), "waymark-dist-"));
    cpSync("dist", dir, { recursive: true });
    const own = await startPreview(0, dir);
    const session = await Session.open({ baseUrl: own.url, serviceWorker: true });
    try {
      await session.goto("/about");
      await session.waitForOfflineReady();
      // Deploy "a new version": the service worker's bytes change.
      writeFileSync(join(dir, "sw.js"), `${readFileSync(join(dir, "sw.js"), "utf8")}\n// next release\n`);
      await session.page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        await reg?.update();
      });
      const banner = session.page.getByTestId("update-available");
      await banner.waitFor();
      // Still the same page: nothing reloaded without consent.
      expect(new URL(session.page.url()).pathname).toBe("/about");
      await checkScreen(session, "update available");
      await Promise.all([session.page.waitForEvent("load"), banner.getByRole("button").click()]);
      await session.page.locator("main h1").waitFor();
      expect(await session.page.getByTestId("update-available").count()).toBe(0);
    } finally {
      await session.close();
      await own.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
