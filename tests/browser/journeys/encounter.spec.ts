// First-contact journeys: what the officer is told for the people they meet.
// Accessibility and the per-screen checks are in the audit; these test behaviour.
import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/pathway";
import { baseUrl, openSession } from "../support/lifecycle";
import { checkScreen } from "../support/checks";
import { EncounterFlow } from "../pages/EncounterFlow";
import { StartPage } from "../pages/StartPage";

const NO_NEEDS = { immediateDanger: false, medicalNeed: false, needsInterpreter: false, needsAccommodation: false } as const;
const ADULT: Answers = {
  ...NO_NEEDS,
  age: "adult",
  exploitation: ["not-known"],
  nrmStatus: "not-referred",
  isSuspect: false,
  canDecide: true,
};

async function begin(): Promise<EncounterFlow> {
  const flow = new EncounterFlow(await openSession());
  await flow.start();
  return flow;
}

describe("first-contact journeys", () => {
  it("adult who consents: NRM referral with informed consent, actions, summary; tap-to-call only for confirmed numbers", async () => {
    const flow = await begin();
    await flow.answerAll({
      ...ADULT,
      consentToNrm: "yes",
      needsInterpreter: true,
      needsAccommodation: true,
      area: "devon-and-cornwall",
    });
    await flow.seeOutcome();
    expect(await flow.route()).toBe("nrm");
    const page = flow.page;
    expect(await page.getByTestId("route").innerText()).toMatch(/informed consent/i);
    const telLinks = await page.locator("a[href^='tel:']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    for (const href of telLinks) expect(["tel:999", "tel:101", "tel:08000121700", "tel:08008083733"]).toContain(href);
    expect(await page.locator("[data-testid='contact-nca-mshtu'] a[href^='tel:']").count()).toBe(0);
    expect(await page.locator("[data-testid='verify-flag']").count()).toBeGreaterThan(0);

    await flow.open(/Initial actions/, "/encounter/actions");
    const first = page.locator("[data-action]").first();
    await first.locator("input[type=checkbox]").check();
    await expect.poll(() => page.getByTestId("actions-progress").innerText()).toMatch(/^1 of \d+ done/);
    await first.locator("summary").first().click();
    await checkScreen(flow.session, "actions with a reason open");

    await page.goBack();
    await flow.open(/Hand-over summary/, "/encounter/summary");
    const text = await page.getByTestId("handover").innerText();
    expect(text).toMatch(/1\. Referral route/);
    expect(text).toMatch(/Interpreter needed: Yes/);
    expect(text.indexOf("Done:")).toBeLessThan(text.indexOf("Still open:"));
  });

  it("adult who declines: Duty to Notify with nothing identifying, declined-NRM support", async () => {
    const flow = await begin();
    await flow.answerAll({ ...ADULT, consentToNrm: "no", area: "west-mercia" });
    await flow.seeOutcome();
    expect(await flow.route()).toBe("duty-to-notify");
    expect(await flow.page.getByTestId("route").innerText()).toMatch(/without details that identify/i);
    await flow.open(/Support for the person's stage/, "/encounter/support");
    await flow.page.getByTestId("support-results").waitFor();
    expect(await flow.page.getByTestId("support-stage").getAttribute("data-stage")).toBe("declined-nrm");
    await flow.page.goBack();
    await flow.open(/Hand-over summary/, "/encounter/summary");
    expect(await flow.page.getByTestId("handover").innerText()).toMatch(/leave out anything that identifies the person/i);
  });

  it("child: no consent question, NRM without consent plus child safeguarding", async () => {
    const flow = await begin();
    await flow.answerAll({ ...ADULT, age: "under-18", area: "essex" });
    expect(flow.asked).not.toContain("q-consent");
    expect(flow.asked).not.toContain("q-can-decide");
    await flow.seeOutcome();
    expect(await flow.route()).toBe("nrm");
    await flow.page.getByTestId("child-safeguarding").waitFor();
    expect(await flow.page.getByTestId("route").innerText()).toMatch(/no consent needed/i);
  });

  it("age uncertain: treated as a child, and support looks for children's services", async () => {
    const flow = await begin();
    await flow.answerAll({ ...ADULT, age: "uncertain", area: "surrey" });
    await flow.seeOutcome();
    expect(await flow.route()).toBe("nrm");
    await flow.page.getByTestId("child-safeguarding").waitFor();
    await flow.open(/Support for the person's stage/, "/encounter/support");
    await flow.page.getByTestId("support-results").waitFor();
    expect(await flow.page.getByTestId("support-stage").innerText()).toMatch(/Child, or may be under 18/);
  });

  it("adult suspect with a Schedule 4 offence: defence not available, still a possible victim; the embedded search works", async () => {
    const flow = await begin();
    await flow.answerAll({
      ...ADULT,
      consentToNrm: "not-asked",
      isSuspect: true,
      offence: { act: "Theft Act 1968", section: "8" },
      area: "cambridgeshire",
    });
    await flow.seeOutcome();
    expect(await flow.route()).toBe("pending");
    await flow.open(/Section 45/, "/encounter/section-45");
    expect(await flow.page.getByTestId("s45-status").getAttribute("data-status")).toBe("excluded-schedule-4");
    const excluded = flow.page.getByTestId("guidance-s45-excluded-offence");
    await excluded.locator("summary").first().click();
    expect(await excluded.innerText()).toMatch(/may still be a victim/i);
    await flow.page.getByTestId("s45-search").locator("summary").first().click();
    await flow.page.getByTestId("schedule4-query").fill("kidnap");
    await flow.page.locator("[data-entry='common-law-kidnapping']").waitFor();
  });

  it("child suspect at a cannabis grow: under-18 elements, offence not in Schedule 4", async () => {
    const flow = await begin();
    await flow.answerAll({
      ...ADULT,
      age: "under-18",
      isSuspect: true,
      offence: { act: "Misuse of Drugs Act 1971", section: "6" },
      area: "metropolitan",
    });
    await flow.seeOutcome();
    await flow.open(/Section 45/, "/encounter/section-45");
    expect(await flow.page.getByTestId("s45-status").getAttribute("data-status")).toBe("consider-under-18");
    expect(await flow.page.getByTestId("s45-schedule4").getAttribute("data-match")).toBe("not-listed");
    expect(await flow.page.getByTestId("s45-schedule4").innerText()).toMatch(
      /Not on Schedule 4: the section 45 defence may apply/,
    );
  });

  it("post-NRM support lookup from the start screen, without running the flow", async () => {
    const s = await openSession();
    await s.goto("/support");
    await s.page.getByTestId("lookup-area").selectOption("devon-and-cornwall");
    await s.page.locator("input[name='stage'][value='decision']").check();
    await s.page.getByTestId("lookup-decision").selectOption("positive-rg");
    await s.page.getByTestId("support-results").waitFor();
    await expect.poll(() => s.page.getByTestId("service").count()).toBeGreaterThan(0);
    expect(await s.page.getByTestId("support-results").innerText()).toMatch(/Victim Care Contract/);
    // Details (who runs it, sources, last checked) are one tap away.
    await s.page.getByTestId("service").first().locator("summary").first().click();
    expect(await s.page.getByTestId("service").first().innerText()).toMatch(/Last checked/);
  });

  it("change an answer from check your answers: a question that now applies is asked, then back to the check page", async () => {
    const flow = await begin();
    await flow.answerAll({ ...ADULT, age: "under-18", area: "kent" });
    const page = flow.page;
    await page.locator("a[href='/encounter/q/q-age?change=1']").click();
    await flow.choose("q-age", "adult");
    await flow.choose("q-can-decide", true);
    await flow.choose("q-consent", "yes");
    await page.waitForURL((u) => u.pathname === "/encounter/check");
    expect(await page.getByTestId("answer-q-consent").innerText()).toBe("Yes, they consent");
    await flow.seeOutcome();
    expect(await flow.route()).toBe("nrm");
  });

  it("browser Back returns to the previous question with the answer kept", async () => {
    const flow = await begin();
    await flow.choose("q-immediate-danger", false);
    await flow.choose("q-medical-need", true);
    await flow.expectQuestion("q-age");
    await flow.page.goBack();
    await flow.expectQuestion("q-medical-need");
    expect(await flow.page.locator("input[name='q-medical-need'][value='q-medical-need-yes']").isChecked()).toBe(true);
    await flow.page.goBack();
    await flow.expectQuestion("q-immediate-danger");
    expect(await flow.page.locator("input[name='q-immediate-danger'][value='q-immediate-danger-no']").isChecked()).toBe(true);
  });

  it("Continue with no answer shows an error summary, keeps the officer on the question and focuses the summary", async () => {
    const flow = await begin();
    await flow.expectQuestion("q-immediate-danger");
    await flow.page.getByTestId("continue").click();
    await flow.page.locator(".error-summary").waitFor();
    expect(new URL(flow.page.url()).pathname).toBe("/encounter/q/q-immediate-danger");
    expect(await flow.page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
  });

  it("an address that does not apply yet goes to the next question that does", async () => {
    const s = await openSession();
    await s.goto("/encounter/q/q-offence");
    await s.page.waitForURL((u) => u.pathname === "/encounter/q/q-immediate-danger");
    await s.goto("/encounter/section-45");
    await s.page.waitForURL((u) => u.pathname === "/encounter/q/q-immediate-danger");
  });

  it("offers to continue or start afresh, and Start a new encounter forgets the old answers", async () => {
    const flow = await begin();
    await flow.choose("q-immediate-danger", true);
    await flow.page.goto(`${baseUrl}/`);
    await flow.page.getByTestId("resume").click();
    await flow.expectQuestion("q-medical-need");
    await flow.page.goto(`${baseUrl}/`);
    await flow.page.getByTestId("start").click();
    await flow.expectQuestion("q-immediate-danger");
    expect(await flow.page.locator("input[name='q-immediate-danger']:checked").count()).toBe(0);
  });

  it("keeps the offence answer on Back and Change, for a listed and a typed offence", async () => {
    const flow = await begin();
    await flow.answerAll({
      ...ADULT,
      consentToNrm: "not-asked",
      isSuspect: true,
      offence: { act: "common law", name: "kidnapping" },
      area: "kent",
    });
    const page = flow.page;
    await page.locator("a[href='/encounter/q/q-offence?change=1']").click();
    await flow.expectQuestion("q-offence");
    expect(await page.locator("input[name='offence-entry']:checked").count()).toBe(1);
    await page.locator("input[name='offence-mode'][value='other']").check();
    await page.locator("#offence-act").fill("Misuse of Drugs Act 1971");
    await page.locator("#offence-section").fill("4");
    await page.getByTestId("continue").click();
    await page.waitForURL((u) => u.pathname === "/encounter/check");
    await page.goBack();
    await flow.expectQuestion("q-offence");
    expect(await page.locator("#offence-act").inputValue()).toBe("Misuse of Drugs Act 1971");
    expect(await page.locator("#offence-section").inputValue()).toBe("4");
  });

  it("resumes after a reload, and Clear this encounter forgets everything", async () => {
    const flow = await begin();
    await flow.answerAll({ ...ADULT, consentToNrm: "yes", area: "nottinghamshire" });
    await flow.page.reload();
    await flow.page.getByTestId("check-answers").waitFor();
    expect(await flow.page.getByTestId("answer-q-age").innerText()).toBe("18 or over");
    await flow.seeOutcome();
    await flow.page.getByTestId("clear-encounter").click();
    await flow.page.waitForURL((u) => u.pathname === "/");
    expect(await flow.page.evaluate(() => localStorage.getItem("waymark.encounter"))).toBeNull();
  });

  it("the start screen remembers the force area on this device", async () => {
    const s = await openSession();
    await s.goto("/");
    await new StartPage(s.page).chooseForceArea("devon-and-cornwall");
    await s.page.reload();
    await s.page.locator("main h1").waitFor();
    expect(await s.page.getByTestId("force-area").inputValue()).toBe("devon-and-cornwall");
  });

  it("adult who cannot decide: asked before consent; a best-interests route, never a refusal", async () => {
    const flow = await begin();
    await flow.answerAll({ ...ADULT, canDecide: false, area: "lancashire" });
    expect(flow.asked).toContain("q-can-decide");
    expect(flow.asked).not.toContain("q-consent");
    await flow.seeOutcome();
    expect(await flow.route()).toBe("best-interests");
    expect(await flow.page.getByTestId("route").innerText()).toMatch(/not a refusal/i);
    await flow.open(/Initial actions/, "/encounter/actions");
    // Adult safeguarding is an "after" action: in its phase, closed until "now" is done.
    expect(await flow.page.locator("[data-phase='after'] [data-action='adult-safeguarding-referral']").count()).toBe(1);
    expect(await flow.page.locator("[data-action='duty-to-notify']").count()).toBe(0);
    await checkScreen(flow.session, "actions for an adult who cannot decide");
  });

  it("re-exploited adult who refuses: asked about new exploitation; anonymous Duty to Notify quoting the earlier referral", async () => {
    const flow = await begin();
    await flow.answerAll({
      ...ADULT,
      nrmStatus: "exited-support",
      newExploitation: true,
      consentToNrm: "no",
      area: "lincolnshire",
    });
    expect(flow.asked).toEqual(expect.arrayContaining(["q-new-exploitation", "q-consent"]));
    await flow.seeOutcome();
    expect(await flow.route()).toBe("duty-to-notify");
    await flow.page.getByTestId("previous-referral").waitFor();
    await flow.open(/Hand-over summary/, "/encounter/summary");
    const text = await flow.page.getByTestId("handover").innerText();
    expect(text).toMatch(/quote the earlier NRM reference/);
    expect(text).toMatch(/Prepared on: \d{4}-\d{2}-\d{2}$/m);
  });

  it("British Transport Police officer in Wales: asked where they are; Welsh law and the local directory", async () => {
    const flow = await begin();
    await flow.answerAll({ ...ADULT, consentToNrm: "yes", area: "british-transport-police", localArea: "south-wales" });
    expect(flow.asked.at(-1)).toBe("q-local-area");
    expect(await flow.page.getByTestId("answer-q-local-area").innerText()).toBe("South Wales");
    await flow.seeOutcome();
    await flow.page.getByTestId("notes").locator("summary").first().click();
    expect(await flow.page.getByTestId("guidance-wales-adult-at-risk").innerText()).toMatch(/section 128/);
    await flow.open(/Initial actions/, "/encounter/actions");
    expect(await flow.page.locator("[data-phase='after'] [data-action='adult-at-risk-report-wales']").count()).toBe(1);
    await flow.page.goBack();
    await flow.open(/Support for the person's stage/, "/encounter/support");
    await flow.page.getByTestId("support-results").waitFor();
    expect(await flow.page.getByTestId("support-stage").innerText()).toMatch(/South Wales/);
  });

  it("officer who types 'cannabis': finds the offence by its everyday name and reaches 'not on Schedule 4: the defence may apply'", async () => {
    const flow = await begin();
    const answers: Answers = {
      ...ADULT,
      exploitation: ["criminal"],
      consentToNrm: "not-asked",
      isSuspect: true,
      area: "west-yorkshire",
    };
    await flow.answerAll(answers, "q-offence");
    await flow.offenceBySearch("cannabis", "misuse-of-drugs-act-1971-s6");
    await flow.answerAll(answers);
    await flow.seeOutcome();
    await flow.open(/Section 45/, "/encounter/section-45");
    expect(await flow.page.getByTestId("s45-status").getAttribute("data-status")).toBe("consider-adult");
    expect(await flow.page.getByTestId("s45-schedule4").innerText()).toMatch(
      /Not on Schedule 4: the section 45 defence may apply/,
    );
  });
});
