// The roadside screens at 360×800 (issue #10): the answer first, nothing
// moving under a finger, danger interrupting, quick exit always in reach, a
// first visit that fails safely, and the person's answer recorded in one tap.
import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/pathway";
import { openSession } from "../support/lifecycle";
import { seedEncounter } from "../support/seed";
import { EncounterFlow } from "../pages/EncounterFlow";
import { waitForRewind } from "../pages/StartPage";
import type { Session } from "../support/session";

const NO_NEEDS = { immediateDanger: false, medicalNeed: false, needsInterpreter: false, needsAccommodation: false } as const;
/** The walk in the issue: an adult who declines, Devon and Cornwall. */
const ADULT_DECLINES: Answers = {
  ...NO_NEEDS,
  age: "adult",
  exploitation: ["labour"],
  nrmStatus: "not-referred",
  isSuspect: false,
  needsInterpreter: true,
  canDecide: true,
  consentToNrm: "no",
  needsAccommodation: true,
  area: "devon-and-cornwall",
};
/** ...then a teenager suspected of cannabis production. */
const TEEN_CANNABIS: Answers = {
  ...NO_NEEDS,
  immediateDanger: true,
  medicalNeed: true,
  age: "uncertain",
  exploitation: ["criminal"],
  nrmStatus: "not-referred",
  isSuspect: true,
  offence: { act: "Misuse of Drugs Act 1971", section: "4(2)" },
  needsInterpreter: true,
  needsAccommodation: true,
  area: "devon-and-cornwall",
};
const OUTCOMES = ["result", "actions", "section-45", "support", "summary"] as const;
const MAX_HEIGHT = 2400;

async function openOutcome(s: Session, answers: Answers, screen: string): Promise<void> {
  if (!s.page.url().startsWith(s.baseUrl)) await s.goto("/notes");
  await seedEncounter(s, answers);
  await s.goto(`/encounter/${screen}`);
  // Screens that read the directory are ready when their results are.
  if (screen === "support") await s.page.getByTestId("support-results").waitFor();
}

describe("roadside screens", () => {
  it("every outcome screen fits 2,400 px at 360 px wide with details closed, the route in the first 800 px", async () => {
    const s = await openSession();
    const heights: string[] = [];
    const tooTall: string[] = [];
    for (const [label, answers] of [
      ["adult declines", ADULT_DECLINES],
      ["teenager, cannabis", TEEN_CANNABIS],
    ] as const) {
      for (const screen of OUTCOMES) {
        if (screen === "section-45" && answers.isSuspect !== true) continue;
        await openOutcome(s, answers, screen);
        const height = await s.page.evaluate(() => document.documentElement.scrollHeight);
        heights.push(`${label} ${screen}: ${String(height)} px`);
        if (height > MAX_HEIGHT) tooTall.push(`${label} ${screen}: ${String(height)} px`);
        if (screen === "result") {
          const box = await s.page.getByTestId("route").locator("h2").boundingBox();
          expect(box, "route heading").not.toBeNull();
          expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
        }
      }
    }
    console.info(heights.join("\n"));
    expect(tooTall).toEqual([]);
  });

  it("the support screen shows public citations only, never a path of this repository", async () => {
    const s = await openSession();
    await openOutcome(s, ADULT_DECLINES, "support");
    // Open every disclosure so every source is on screen.
    await s.page.evaluate(() => {
      for (const d of document.querySelectorAll("details")) d.open = true;
    });
    const text = await s.page.locator("main").innerText();
    expect(text).not.toMatch(/seeds\/|\.txt\b|shared\/|src\/|brief\.md/);
  });

  it("nothing moves on a question page while the app gets ready to work offline (CLS ≤ 0.01)", async () => {
    const s = await openSession({ serviceWorker: true });
    await s.page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) w.__cls += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await s.goto("/");
    await s.page.getByTestId("start").click();
    await s.page.waitForURL((u) => u.pathname === "/encounter/q/q-immediate-danger");
    await s.page.locator("main h1").waitFor();
    const before = await s.page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    // The service worker finishes installing while the question is on screen.
    await s.waitForOfflineReady();
    await s.page.locator("input[name='q-immediate-danger']").first().waitFor();
    const after = await s.page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    console.info(`CLS on the question page: ${after.toFixed(4)} (before install finished: ${before.toFixed(4)})`);
    expect(after).toBeLessThanOrEqual(0.01);
    // And no notice appeared on the question page.
    expect(await s.page.getByTestId("update-available").count()).toBe(0);
  });

  it("'Yes' to immediate danger interrupts with a visible Call 999, then carries on", async () => {
    const flow = new EncounterFlow(await openSession());
    await flow.start();
    await flow.choose("q-immediate-danger", true);
    await flow.page.waitForURL((u) => u.pathname === "/encounter/danger");
    const call = flow.page.getByTestId("danger-call-999");
    expect(await call.getAttribute("href")).toBe("tel:999");
    expect(await call.isVisible()).toBe(true);
    const box = await call.boundingBox();
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
    expect(await flow.page.locator("[data-action]").count()).toBeGreaterThanOrEqual(2);
    await flow.page.getByTestId("continue").click();
    await flow.expectQuestion("q-medical-need");
  });

  it("quick exit stays in view at the bottom of the longest screen and works; Shift three times works too", async () => {
    const s = await openSession();
    await openOutcome(s, TEEN_CANNABIS, "section-45");
    await s.page.evaluate(() => {
      for (const d of document.querySelectorAll("details")) d.open = true;
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
    await s.page.waitForFunction(() => window.scrollY > 0);
    const exit = s.page.getByTestId("quick-exit");
    const box = await exit.boundingBox();
    expect(box).not.toBeNull();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
    await exit.click();
    await waitForRewind(s.page);
    expect(await s.page.evaluate(() => localStorage.getItem("waymark.encounter"))).toBeNull();
    // The keyboard shortcut, from a question page.
    await openOutcome(s, TEEN_CANNABIS, "actions");
    await s.page.locator("main h1").focus();
    for (let i = 0; i < 3; i++) await s.page.keyboard.press("Shift");
    await waitForRewind(s.page);
    expect(await s.page.locator("main").innerText()).not.toMatch(/Waymark|slavery|offline/i);
  });

  it("a first visit cut off before the flow's code arrives shows the 999, 101 and Helpline numbers, never a browser error", async () => {
    const s = await openSession();
    // The signal drops once the first screen is in: the questions' code and words never arrive.
    await s.page.route(/\/assets\/(LiveEncounter|EncounterRoutes|encounter)-[^/]*\.js$/, (route) =>
      route.abort("internetdisconnected"),
    );
    await s.goto("/");
    await s.context.setOffline(true);
    await s.page.getByTestId("start").click();
    const failed = s.page.getByTestId("screen-failed");
    await failed.waitFor();
    const hrefs = await failed.locator("a[href^='tel:']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(["tel:999", "tel:101", "tel:08000121700"]);
    // No reload into the browser's offline page while there is no signal.
    expect(await failed.getByRole("button", { name: /reload/i }).count()).toBe(0);
    await s.context.setOffline(false);
    // The aborted requests are the point of this test, not a fault.
    s.problems.networkRequests.length = 0;
    s.problems.consoleErrors.length = 0;
    s.problems.pageErrors.length = 0;
  });

  it("records the person's consent from the outcome in one tap after explaining", async () => {
    const flow = new EncounterFlow(await openSession());
    await flow.start();
    await flow.answerAll({ ...ADULT_DECLINES, consentToNrm: "not-asked" });
    await flow.seeOutcome();
    expect(await flow.route()).toBe("pending");
    await flow.page.getByTestId("consent-points").locator("summary").first().click();
    let taps = 0;
    await flow.page.getByTestId("record-consents").click();
    taps++;
    await expect.poll(() => flow.route()).toBe("nrm");
    expect(taps).toBeLessThanOrEqual(2);
    expect(await flow.page.getByTestId("record-answer").count()).toBe(0);
    // It shows in check your answers as if asked there.
    await flow.page.goto(`${flow.session.baseUrl}/encounter/check`);
    expect(await flow.page.getByTestId("answer-q-consent").innerText()).toBe("Yes, they consent");
  });

  it("says exactly what is kept, in the same words, on the start screen and at check your answers", async () => {
    const flow = new EncounterFlow(await openSession());
    await flow.session.goto("/");
    const onStart = await flow.page.getByTestId("kept").innerText();
    await flow.start();
    await flow.answerAll({ ...ADULT_DECLINES });
    expect(await flow.page.getByTestId("kept").innerText()).toBe(onStart);
    expect(onStart).toMatch(/12 hours/);
  });
});
