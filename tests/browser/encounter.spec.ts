import { afterEach, describe, expect, inject, it } from "vitest";
import { Session } from "./support/session";
import { checkScreen } from "./support/checks";
import { EncounterFlow } from "./pages/EncounterFlow";
import { StartPage } from "./pages/StartPage";

const baseUrl = inject("baseUrl");
let session: Session | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

async function begin(): Promise<EncounterFlow> {
  session = await Session.open({ baseUrl });
  const flow = new EncounterFlow(session);
  await flow.start();
  return flow;
}

describe("first-contact journeys", () => {
  it("adult who consents: NRM referral with informed consent, consent talking points, actions, summary", async () => {
    const flow = await begin();
    await flow.answerAll({
      age: "18 or over",
      consent: "Yes, they consent",
      interpreter: "Yes",
      accommodation: "Yes",
      area: "devon-and-cornwall",
    });
    await flow.seeOutcome();
    expect(await flow.route()).toBe("nrm");
    const page = flow.page;
    expect(await page.getByTestId("route").innerText()).toMatch(/informed consent/i);
    // Tap-to-call only for confirmed numbers; unconfirmed ones are never links.
    const telLinks = await page.locator("a[href^='tel:']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    for (const href of telLinks) expect(["tel:999", "tel:101", "tel:08000121700", "tel:08008083733"]).toContain(href);
    expect(await page.locator("[data-testid='contact-nca-mshtu'] a[href^='tel:']").count()).toBe(0);
    expect(await page.locator("[data-testid='verify-flag']").count()).toBeGreaterThan(0);

    await flow.open(/Initial actions/, "/encounter/actions");
    await flow.check("actions");
    const first = page.locator("[data-action]").first();
    await first.locator("input[type=checkbox]").check();
    await expect.poll(() => page.getByTestId("actions-progress").innerText()).toMatch(/^1 of \d+ done/);
    await first.locator("summary").first().click();
    await flow.check("actions with reason open");

    await page.goBack();
    await flow.open(/Hand-over summary/, "/encounter/summary");
    await flow.check("summary");
    const text = await page.getByTestId("handover").innerText();
    expect(text).toMatch(/1\. Referral route/);
    expect(text).toMatch(/Interpreter needed: Yes/);
    expect(text.indexOf("Done:")).toBeLessThan(text.indexOf("Still open:"));
  });

  it("adult who declines: Duty to Notify with nothing identifying, declined-NRM support", async () => {
    const flow = await begin();
    await flow.answerAll({ age: "18 or over", consent: "No, they do not consent", area: "west-mercia" });
    await flow.seeOutcome();
    expect(await flow.route()).toBe("duty-to-notify");
    expect(await flow.page.getByTestId("route").innerText()).toMatch(/nothing that identifies/i);
    await flow.open(/Support for the person's stage/, "/encounter/support");
    await flow.page.getByTestId("support-results").waitFor();
    await flow.check("support declined");
    expect(await flow.page.getByTestId("support-stage").getAttribute("data-stage")).toBe("declined-nrm");
    await flow.page.goBack();
    await flow.open(/Hand-over summary/, "/encounter/summary");
    const text = await flow.page.getByTestId("handover").innerText();
    expect(text).toMatch(/no identifying details are included/i);
    await flow.check("summary dtn");
  });

  it("child who says no: no consent question, NRM without consent plus child safeguarding", async () => {
    const flow = await begin();
    await flow.answerAll({ age: "Under 18", area: "essex" });
    // The consent question was never asked.
    expect(flow.visited).not.toContain("q-consent");
    await flow.seeOutcome();
    expect(await flow.route()).toBe("nrm");
    await flow.page.getByTestId("child-safeguarding").waitFor();
    expect(await flow.page.getByTestId("route").innerText()).toMatch(/no consent needed/i);
  });

  it("age uncertain: treated as a child", async () => {
    const flow = await begin();
    await flow.answerAll({ age: "Not sure, may be under 18", area: "surrey" });
    await flow.seeOutcome();
    expect(await flow.route()).toBe("nrm");
    await flow.page.getByTestId("child-safeguarding").waitFor();
    await flow.open(/Support for the person's stage/, "/encounter/support");
    await flow.page.getByTestId("support-results").waitFor();
    await flow.check("support child");
  });

  it("adult suspect with a Schedule 4 offence: defence not available, still a possible victim", async () => {
    const flow = await begin();
    await flow.answerAll({
      age: "18 or over",
      consent: "Not asked yet",
      suspect: { search: "robbery", pick: /Theft Act 1968 s8/ },
      area: "cambridgeshire",
    });
    await flow.seeOutcome();
    expect(await flow.route()).toBe("pending");
    await flow.open(/Section 45/, "/encounter/section-45");
    await flow.check("section 45 excluded");
    expect(await flow.page.getByTestId("s45-status").getAttribute("data-status")).toBe("excluded-schedule-4");
    expect(await flow.page.locator("main").innerText()).toMatch(/may still be a victim/i);
    // The embedded Schedule 4 search works.
    await flow.page.getByTestId("schedule4-query").fill("kidnap");
    await flow.page.locator("[data-entry='common-law-kidnapping']").waitFor();
    await flow.check("section 45 search");
  });

  it("child suspect at a cannabis grow: under-18 limbs, offence not in Schedule 4", async () => {
    const flow = await begin();
    await flow.answerAll({ age: "Under 18", suspect: { act: "Misuse of Drugs Act 1971", section: "6" }, area: "metropolitan" });
    await flow.seeOutcome();
    await flow.open(/Section 45/, "/encounter/section-45");
    await flow.check("section 45 child");
    expect(await flow.page.getByTestId("s45-status").getAttribute("data-status")).toBe("consider-under-18");
    expect(await flow.page.getByTestId("s45-schedule4").getAttribute("data-match")).toBe("not-listed");
    expect(await flow.page.getByTestId("s45-schedule4").innerText()).toMatch(/does not mean the defence is available/);
  });

  it("post-NRM support lookup from the start screen, without running the flow", async () => {
    session = await Session.open({ baseUrl });
    await session.goto("/support");
    await checkScreen(session, "support lookup empty");
    await session.page.getByTestId("lookup-area").selectOption("devon-and-cornwall");
    await session.page.getByLabel("Referred into the NRM", { exact: true }).check();
    await session.page.getByLabel("Where they are in the NRM").selectOption("positive-rg");
    await session.page.getByTestId("support-results").waitFor();
    await expect.poll(async () => session?.page.getByTestId("service").count()).toBeGreaterThan(0);
    await checkScreen(session, "support lookup post-nrm");
    const text = await session.page.getByTestId("support-results").innerText();
    expect(text).toMatch(/Salvation Army/);
    expect(text).toMatch(/Last checked/);
  });

  it("change an answer from check-your-answers: new questions appear, then back to the check page", async () => {
    const flow = await begin();
    await flow.answerAll({ age: "Under 18", area: "kent" });
    const page = flow.page;
    await page.getByRole("link", { name: /Change\s+Age/ }).click();
    await flow.choose("q-age", "18 or over");
    // Consent now applies, so it is asked before returning.
    await flow.choose("q-consent", "Yes, they consent");
    await page.waitForURL((u) => u.pathname === "/encounter/check");
    expect(await page.getByTestId("answer-q-consent").innerText()).toBe("Yes, they consent");
    await flow.seeOutcome();
    expect(await flow.route()).toBe("nrm");
  });

  it("browser Back returns to the previous question with the answer kept", async () => {
    const flow = await begin();
    await flow.choose("q-immediate-danger", "No");
    await flow.choose("q-medical-need", "Yes");
    await flow.expectQuestion("q-age");
    await flow.page.goBack();
    await flow.expectQuestion("q-medical-need");
    expect(await flow.page.getByLabel("Yes", { exact: true }).isChecked()).toBe(true);
    await flow.page.goBack();
    await flow.expectQuestion("q-immediate-danger");
    expect(await flow.page.getByLabel("No", { exact: true }).isChecked()).toBe(true);
  });

  it("Continue with no answer shows an error summary and keeps the user on the question", async () => {
    const flow = await begin();
    await flow.expectQuestion("q-immediate-danger");
    await flow.page.getByTestId("continue").click();
    await flow.page.locator(".error-summary").waitFor();
    await flow.check("error state");
    expect(new URL(flow.page.url()).pathname).toBe("/encounter/q/q-immediate-danger");
  });

  it("quick exit leaves a neutral page and forgets the encounter", async () => {
    const flow = await begin();
    await flow.choose("q-immediate-danger", "No");
    await new StartPage(flow.page).quickExit();
    await flow.page.waitForURL(/\/notes$/);
    expect(await flow.page.title()).toBe("Notes");
    expect(await flow.page.evaluate(() => localStorage.getItem("waymark.encounter"))).toBeNull();
    await flow.page.goto(`${baseUrl}/encounter`);
    await flow.expectQuestion("q-immediate-danger");
    expect(await flow.page.getByLabel("No", { exact: true }).isChecked()).toBe(false);
  });

  it("quick exit forgets a saved encounter even before the encounter code has loaded", async () => {
    const flow = await begin();
    await flow.choose("q-immediate-danger", "No");
    await flow.expectQuestion("q-medical-need");
    // A fresh load of the start screen: only the shell is running.
    await flow.page.goto(`${baseUrl}/`);
    await flow.page.getByTestId("saved-encounter").waitFor();
    await flow.check("start with a saved encounter");
    await new StartPage(flow.page).quickExit();
    await flow.page.waitForURL(/\/notes$/);
    expect(await flow.page.evaluate(() => localStorage.getItem("waymark.encounter"))).toBeNull();
  });

  it("offers to continue or start afresh, and Start a new encounter forgets the old answers", async () => {
    const flow = await begin();
    await flow.choose("q-immediate-danger", "Yes");
    await flow.page.goto(`${baseUrl}/`);
    await flow.page.getByTestId("resume").click();
    await flow.expectQuestion("q-medical-need");
    await flow.page.goto(`${baseUrl}/`);
    await flow.page.getByTestId("start").click();
    await flow.expectQuestion("q-immediate-danger");
    expect(await flow.page.getByLabel("Yes", { exact: true }).isChecked()).toBe(false);
  });

  it("keeps the offence answer on Back and Change, for a listed and a typed offence", async () => {
    const flow = await begin();
    await flow.answerAll({
      age: "18 or over",
      consent: "Not asked yet",
      suspect: { search: "kidnap", pick: /Common law — / },
      area: "kent",
    });
    const page = flow.page;
    await page.getByRole("link", { name: /Change\s+Offence|Change\s+Suspected offence/ }).click();
    await flow.expectQuestion("q-offence");
    expect(await page.locator("input[name='offence-entry']:checked").count()).toBe(1);
    await page.getByLabel("It is not on the list: enter the Act and section").check();
    await page.getByLabel("Act", { exact: true }).fill("Misuse of Drugs Act 1971");
    await page.getByLabel("Section, or the name of a common law offence").fill("4");
    await page.getByTestId("continue").click();
    await page.waitForURL((u) => u.pathname === "/encounter/check");
    await page.goBack();
    await flow.expectQuestion("q-offence");
    expect(await page.getByLabel("Act", { exact: true }).inputValue()).toBe("Misuse of Drugs Act 1971");
    expect(await page.getByLabel("Section, or the name of a common law offence").inputValue()).toBe("4");
  });

  it("resumes after a reload, and clear encounter forgets everything", async () => {
    const flow = await begin();
    await flow.answerAll({ age: "18 or over", consent: "Yes, they consent", area: "nottinghamshire" });
    await flow.page.reload();
    await flow.page.getByTestId("check-answers").waitFor();
    expect(await flow.page.getByTestId("answer-q-age").innerText()).toBe("18 or over");
    await flow.seeOutcome();
    await flow.page.getByTestId("clear-encounter").click();
    await flow.page.waitForURL((u) => u.pathname === "/");
    expect(await flow.page.evaluate(() => localStorage.getItem("waymark.encounter"))).toBeNull();
  });
});
