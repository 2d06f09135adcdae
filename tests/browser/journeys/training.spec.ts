// Training mode: a trainer presents a scenario by keyboard to the reveal, a
// learner practises it with one wrong answer and sees it explained, and
// leaving training finds the real encounter's resume card and the device's
// storage exactly as before.
import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/pathway";
import { BUILTIN_SCENARIOS, runAnswers } from "../../../src/training";
import { rmSync } from "node:fs";
import { openSession } from "../support/lifecycle";
import { Session } from "../support/session";
import { startPreview } from "../support/server";
import { checkScreen } from "../support/checks";
import { seedEncounter } from "../support/seed";
import { dumpStorage } from "../support/storageDump";
import { StartPage } from "../pages/StartPage";
import { TRAINING_MARKER, TrainingPages } from "../pages/TrainingPages";

const SCENARIO = "car-wash-declines";
const PRESENT = `/training/present/${SCENARIO}`;

/** A real encounter in progress on the officer's phone, part-way through. */
const REAL: Answers = { immediateDanger: false, medicalNeed: false, age: "adult", exploitation: ["sexual"] };

function scenario() {
  const found = BUILTIN_SCENARIOS.find((s) => s.id === SCENARIO);
  if (found === undefined) throw new Error(SCENARIO);
  const run = runAnswers(found.answers);
  if (!run.ok) throw new Error("scenario broken");
  return { ...found, asked: run.asked };
}

describe("training mode", () => {
  it("presents by keyboard to the reveal, practises with one wrong answer, and leaves the real encounter as it was", async () => {
    const session = await openSession({ viewport: { width: 1920, height: 1080 } });
    const training = new TrainingPages(session);
    const page = session.page;
    const { asked, answers } = scenario();

    // The officer's phone before training: an encounter saved, a force chosen.
    await session.goto("/notes");
    await seedEncounter(session, REAL, ["make-safe"]);
    await page.evaluate(() => {
      localStorage.setItem("waymark.setting.forceArea", "gwent");
    });
    // The support directory is on the device too (IndexedDB): its count shows once the first start has loaded it.
    await session.goto("/directory");
    await page.getByTestId("service-count").waitFor({ state: "attached" });
    await session.goto("/");
    await page.getByTestId("saved-encounter").waitFor();
    const resumeCard = await page.getByTestId("saved-encounter").innerText();
    const before = await dumpStorage(page);
    expect(before.localStorage["waymark.encounter"]).toBeDefined();
    expect(Object.keys(before.indexedDB).length).toBeGreaterThan(0);

    // In from the start screen, by keyboard.
    await page.locator("a[href='/training?from=start']").focus();
    await page.keyboard.press("Enter");
    await training.expectMarked("training home");
    // A new screen puts focus on its heading (after it renders); the keyboard user goes on from there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
    await page.getByTestId(`present-${SCENARIO}`).focus();
    await page.keyboard.press("Enter");

    // The presenter: the story beside the phone; N and Page Down move on.
    await training.expectPhoneAt(PRESENT, `/q/${asked[0] ?? ""}`);
    await training.expectMarked("presenter");
    expect(await page.getByTestId("story").isVisible()).toBe(true);
    for (const [i, id] of asked.entries()) {
      await training.expectPhoneAt(PRESENT, `/q/${id}`);
      await expect.poll(() => page.getByTestId("presenter-progress").innerText()).toMatch(`${i + 1} of ${asked.length}`);
      await training.press(i % 2 === 0 ? "n" : "PageDown");
    }
    await training.expectPhoneAt(PRESENT, "/check");
    // B goes back one question, N returns.
    await training.press("b");
    await training.expectPhoneAt(PRESENT, `/q/${asked.at(-1) ?? ""}`);
    await training.press("n");
    await training.expectPhoneAt(PRESENT, "/check");
    // R reveals the route and why.
    await training.press("r");
    await page.getByTestId("reveal").waitFor();
    expect(await page.getByTestId("reveal").getAttribute("data-route-key")).toBe("dtn");
    expect(await page.getByTestId("route").getAttribute("data-route")).toBe("duty-to-notify");
    expect(await page.getByTestId("reveal-route").innerText()).toMatch(/Duty to Notify/);
    expect(await page.getByTestId("reveal-trace").locator("li[data-rule='referral-adult-declined']").count()).toBe(1);
    expect(await page.getByTestId("reveal-trace").getByTestId("provenance").count()).toBeGreaterThan(3);
    expect(await page.getByTestId("debrief-points").locator(":scope > li").count()).toBe(4);
    await expect.poll(() => page.getByTestId("presenter-progress").getAttribute("data-revealed")).toBe("true");
    await training.expectMarked("presenter, revealed");
    // The reveal takes focus, and the projector layout passes the checks every screen passes.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("reveal-title");
    await checkScreen(session, "presenter at 1920×1080, revealed");

    // The learner, on their own phone, answers consent wrongly.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByTestId("presenter-home").click();
    await page.getByTestId(`practise-${SCENARIO}`).click();
    await page.getByTestId("practice-start").click();
    const learner = training.learner(SCENARIO);
    await learner.answerAll({ ...answers, consentToNrm: "yes" });
    await training.expectMarked("learner's check answers");
    await learner.seeOutcome();
    expect(await learner.route()).toBe("nrm");
    await page.getByTestId("practice-finish").click();

    // The debrief explains the one difference, with its source.
    const differences = page.getByTestId("difference");
    await differences.first().waitFor();
    expect(await differences.count()).toBe(1);
    const consent = differences.first();
    expect(await consent.getAttribute("data-question")).toBe("q-consent");
    expect(await consent.getByTestId("given").innerText()).toBe("Yes, they consent");
    expect(await consent.getByTestId("expected").innerText()).toBe("No, they do not consent");
    expect(await consent.getByTestId("why").innerText()).toMatch(/informed choice is respected/);
    expect(await consent.getByTestId("sources").innerText()).toMatch(/https:\/\//);
    expect(await page.getByTestId("debrief-route").getAttribute("data-route-correct")).toBe("false");
    expect(await page.getByTestId("outcome-differences").innerText()).toMatch(/Duty to Notify/);
    expect(await page.getByTestId("missed-rules").locator("li[data-rule='referral-adult-declined']").count()).toBe(1);
    expect(await page.getByTestId("session-score").innerText()).toMatch(/Scenarios practised: 1\. With the expected route: 0\./);
    await training.expectMarked("debrief");

    // Leaving training: the start screen, the resume card and the storage exactly as before.
    await training.leave();
    await page.waitForURL((url) => url.pathname === "/");
    await page.getByTestId("saved-encounter").waitFor();
    expect(await page.getByTestId("saved-encounter").innerText()).toBe(resumeCard);
    expect(await page.getByTestId("training-marker").count()).toBe(0);
    expect(await page.title()).not.toContain("TRAINING");
    expect(await dumpStorage(page)).toEqual(before);
    // And the real encounter resumes where it was.
    await page.getByTestId("resume").click();
    await page.waitForURL((url) => url.pathname === "/encounter/q/q-nrm-status");
  });

  it("marks the hand-over summary, follows the presenter in a speaker-notes window, and returns to Settings", async () => {
    const session = await openSession({ viewport: { width: 1280, height: 800 } });
    const training = new TrainingPages(session);
    const page = session.page;
    await session.goto("/settings");
    await page.getByTestId("settings-training").click();
    await training.expectMarked("training home from Settings");
    await page.getByTestId(`present-${SCENARIO}`).click();
    await training.expectPhoneAt(PRESENT, "/q/q-immediate-danger");

    // The speaker notes open in a second window and follow the phone.
    const [notes] = await Promise.all([session.context.waitForEvent("page"), page.getByTestId("open-notes").click()]);
    await notes.waitForURL((url) => url.pathname === `/training/notes/${SCENARIO}`);
    await notes.getByTestId("notes-now").waitFor();
    await expect.poll(() => notes.getByTestId("notes-now").getAttribute("data-screen")).toBe("question");
    expect(await notes.getByTestId("notes-expected").innerText()).toMatch(/No$/);
    expect(await notes.getByTestId("training-marker").innerText()).toContain(TRAINING_MARKER);
    await page.getByTestId("presenter-reveal").click();
    await expect.poll(() => notes.getByTestId("notes-now").getAttribute("data-screen")).toBe("outcome");
    expect(await notes.getByTestId("debrief-points").locator(":scope > li").count()).toBe(4);
    await notes.close();

    // A summary copied from training says so, at both ends.
    await page
      .getByTestId("phone")
      .getByRole("link", { name: /Hand-over summary/ })
      .click();
    await page.waitForURL((url) => url.pathname === `${PRESENT}/summary`);
    const text = await page.getByTestId("handover").innerText();
    expect(text.startsWith(TRAINING_MARKER)).toBe(true);
    expect(text.trimEnd().endsWith(TRAINING_MARKER)).toBe(true);

    await training.leave();
    await page.waitForURL((url) => url.pathname === "/settings");
  });

  it("quick exit still works in training, and forgets the training run", async () => {
    const session = await openSession();
    const training = new TrainingPages(session);
    const page = session.page;
    await session.goto("/training");
    await page.getByTestId(`present-${SCENARIO}`).click();
    await training.expectPhoneAt(PRESENT, "/q/q-immediate-danger");
    await page.getByTestId("presenter-next").click();
    await training.expectPhoneAt(PRESENT, "/q/q-medical-need");
    await new StartPage(page).quickExit();
    await page.waitForURL((url) => url.pathname === "/notes");
    expect(await page.title()).toBe("Notes");
    expect(await page.locator("body").innerText()).not.toMatch(/training|slavery|Waymark/i);
    // The run was forgotten (the tab was not reloaded): presenting again starts at the first question.
    await page.getByRole("link", { name: "Open" }).click();
    await page.locator("a[href='/training?from=start']").click();
    await page.getByTestId(`present-${SCENARIO}`).click();
    await training.expectPhoneAt(PRESENT, "/q/q-immediate-danger");
  });

  it("imports a scenario pack only when the whole file is right", async () => {
    const session = await openSession();
    const page = session.page;
    await session.goto("/training/packs");
    const input = page.getByTestId("training-pack-file");
    await input.setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"format": "waymark-training-pack"'),
    });
    await page.getByTestId("training-pack-errors").waitFor();
    expect(await page.getByTestId("training-pack-status").innerText()).toMatch(/nothing has changed/);
    expect(await page.getByTestId("loaded-packs").count()).toBe(0);
    // The built-in library, exported, is a pack a trainer can change and bring back.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-library").click()]);
    const path = await download.path();
    const { readFileSync } = await import("node:fs");
    const pack = JSON.parse(readFileSync(path, "utf8")) as {
      publisher: { id: string; name: string };
      scenarios: { id: string }[];
    };
    pack.publisher = { id: "north-force", name: "North force training" };
    pack.scenarios = pack.scenarios.slice(0, 1).map((s) => ({ ...s, id: "north-car-wash" }));
    await input.setInputFiles({ name: "north.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(pack)) });
    await expect
      .poll(() => page.getByTestId("training-pack-status").innerText())
      .toMatch(/Imported from “North force training”, version 1\. Scenarios added: 1\./);
    await page.getByTestId("loaded-packs").waitFor();
    await page.getByRole("link", { name: "Back to the scenarios" }).click();
    const imported = page.locator("li[data-scenario='north-car-wash']");
    await imported.waitFor();
    expect(await imported.innerText()).toMatch(/From the scenario pack “North force training”/);
  });

  it("works offline after the first visit, in Welsh, with 0 network requests", async () => {
    // Installed with one visit to the start screen, then the server is switched off.
    const own = await startPreview(0);
    const install = await Session.open({ baseUrl: own.url, persistent: true, serviceWorker: true });
    const profile = install.userDataDir;
    try {
      await install.goto("/");
      await install.page.getByTestId("offline-ready").waitFor();
      await install.waitForOfflineReady();
    } finally {
      await install.context.close();
      await own.close();
    }
    if (profile === null) throw new Error("no profile");
    const session = await Session.open({ baseUrl: own.url, userDataDir: profile, serviceWorker: true });
    try {
      const training = new TrainingPages(session);
      const page = session.page;
      await session.goto("/training?lng=cy");
      expect(await page.getByTestId("training-marker").innerText()).toContain("HYFFORDDIANT — nid cyfarfyddiad go iawn");
      await page.getByTestId(`present-${SCENARIO}`).click();
      await training.expectPhoneAt(PRESENT, "/q/q-immediate-danger");
      await training.press("r");
      await page.getByTestId("reveal").waitFor();
      await page.getByTestId("presenter-home").click();
      await page.getByTestId(`practise-${SCENARIO}`).click();
      await page.getByTestId("practice-start").click();
      await page.waitForURL((url) => url.pathname === `/training/practice/${SCENARIO}/run/q/q-immediate-danger`);
      await page.locator("main h1").first().waitFor();
      await session.expectNoProblems("offline training");
      expect(session.problems.networkRequests).toEqual([]);
    } finally {
      await session.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
