// Nothing typed about the person is kept: a marker typed into every free-text
// field never reaches storage, the cache, the URL, history or the console.
import { describe, expect, it } from "vitest";
import { openSession } from "../support/lifecycle";
import { EncounterFlow } from "../pages/EncounterFlow";
import { storedMarkers } from "../support/sweep";

describe("privacy", () => {
  it("keeps nothing typed about the person: marker text never reaches storage, the URL, history or the console", async () => {
    const s = await openSession();
    const page = s.page;
    const consoleText: string[] = [];
    page.on("console", (m) => consoleText.push(m.text()));
    const MARK = "ZQXMARKER";
    const flow = new EncounterFlow(s);
    await flow.start();
    await flow.answerAll({
      immediateDanger: false,
      medicalNeed: false,
      age: "adult",
      exploitation: ["not-known"],
      nrmStatus: "not-referred",
      canDecide: true,
      consentToNrm: "yes",
      isSuspect: true,
      offence: null,
      needsInterpreter: false,
      needsAccommodation: false,
      area: "essex",
    });
    // Every free-text field of the offence question: the search box, then the Act
    // and section typed by hand (first refused, then corrected).
    await page.locator("a[href='/encounter/q/q-offence?change=1']").click();
    await flow.expectQuestion("q-offence");
    await page.locator("input[name='offence-mode'][value='list']").check();
    await page.locator("#offence-search").fill(`${MARK} flow search`);
    await page.locator("input[name='offence-mode'][value='other']").check();
    await page.locator("#offence-act").fill(`${MARK} Act 1999`);
    await page.locator("#offence-section").fill(MARK);
    await page.getByTestId("continue").click();
    await page.locator(".error-summary").waitFor();
    await page.locator("#offence-section").fill("7");
    await page.getByTestId("continue").click();
    await page.waitForURL((u) => u.pathname === "/encounter/check");
    expect(await page.getByTestId("answer-q-offence").innerText()).toContain(MARK);
    await flow.seeOutcome();
    await flow.open(/Section 45/, "/encounter/section-45");
    await page.getByTestId("s45-search").locator("summary").first().click();
    await page.getByTestId("schedule4-query").fill(`${MARK} search`);
    await s.goto("/support");
    await s.goto("/schedule-4");
    await page.getByTestId("schedule4-query").fill(`${MARK} again`);
    await s.goto("/directory/browse");
    await page.reload();
    await page.locator("main h1").waitFor();

    const found = await storedMarkers(page, [MARK]);
    expect(found).toEqual([]);
    expect(consoleText.filter((t) => t.includes(MARK))).toEqual([]);
    // The structured answers were kept (for resuming): the marker was not.
    expect(await page.evaluate(() => localStorage.getItem("waymark.encounter"))).not.toBeNull();
  });
});
