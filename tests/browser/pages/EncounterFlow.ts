import type { Page } from "playwright-core";
import { checkScreen } from "../support/checks";
import type { Session } from "../support/session";

export interface Answers {
  danger?: "Yes" | "No";
  medical?: "Yes" | "No";
  age: "18 or over" | "Under 18" | "Not sure, may be under 18";
  nrm?: string;
  consent?: "Yes, they consent" | "No, they do not consent" | "Not asked yet";
  suspect?: { search: string; pick: RegExp } | { act: string; section: string } | "not known" | false;
  interpreter?: "Yes" | "No";
  accommodation?: "Yes" | "No";
  area?: string;
}

/**
 * Drives the first-contact flow one question per screen, running the
 * per-screen checks (axe, target size, CSP, foreign requests, console) on
 * every screen it sees.
 */
export class EncounterFlow {
  readonly visited: string[] = [];

  constructor(private readonly session: Session) {}

  get page(): Page {
    return this.session.page;
  }

  async expectQuestion(id: string): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === `/encounter/q/${id}`);
    await this.page.locator("main h1").waitFor();
  }

  async check(label: string): Promise<void> {
    this.visited.push(label);
    await checkScreen(this.session, label);
  }

  async choose(id: string, label: string): Promise<void> {
    await this.expectQuestion(id);
    await this.check(id);
    await this.page.getByLabel(label, { exact: true }).check();
    await this.page.getByTestId("continue").click();
  }

  async start(): Promise<void> {
    await this.session.goto("/");
    await this.page.getByTestId("start").click();
  }

  /** Answers every question; stops at check-your-answers. */
  async answerAll(a: Answers): Promise<void> {
    await this.choose("q-immediate-danger", a.danger ?? "No");
    await this.choose("q-medical-need", a.medical ?? "No");
    await this.choose("q-age", a.age);
    await this.choose("q-nrm-status", a.nrm ?? "No, or not known");
    if (a.consent !== undefined) await this.choose("q-consent", a.consent);
    await this.choose("q-is-suspect", a.suspect === undefined || a.suspect === false ? "No" : "Yes");
    if (a.suspect !== undefined && a.suspect !== false) await this.offence(a.suspect);
    await this.choose("q-needs-interpreter", a.interpreter ?? "No");
    await this.choose("q-needs-accommodation", a.accommodation ?? "No");
    if (a.area !== undefined) {
      await this.expectQuestion("q-area");
      await this.check("q-area");
      await this.page.locator("select#answer").selectOption(a.area);
      await this.page.getByTestId("continue").click();
    }
    await this.page.waitForURL((url) => url.pathname === "/encounter/check");
    await this.page.getByTestId("check-answers").waitFor();
    await this.check("check answers");
  }

  async offence(o: Exclude<Answers["suspect"], false | undefined>): Promise<void> {
    await this.expectQuestion("q-offence");
    await this.check("q-offence");
    if (o === "not known") {
      await this.page.getByLabel("Not known yet").check();
    } else if ("search" in o) {
      await this.page.getByLabel("Search by name, or by Act and section").fill(o.search);
      await this.page.getByLabel(o.pick).first().check();
      await this.check("q-offence with results");
    } else {
      await this.page.getByLabel("It is not on the list: enter the Act and section").check();
      await this.page.getByLabel("Act", { exact: true }).fill(o.act);
      await this.page.getByLabel("Section, or the name of a common law offence").fill(o.section);
      await this.check("q-offence other");
    }
    await this.page.getByTestId("continue").click();
  }

  async seeOutcome(): Promise<void> {
    await this.page.getByTestId("see-outcome").click();
    await this.page.waitForURL((url) => url.pathname === "/encounter/result");
    await this.page.getByTestId("route").waitFor();
    await this.check("result");
  }

  async route(): Promise<string | null> {
    return this.page.getByTestId("route").getAttribute("data-route");
  }

  async open(linkText: RegExp, path: string): Promise<void> {
    await this.page.getByTestId("result-links").getByRole("link", { name: linkText }).click();
    await this.page.waitForURL((url) => url.pathname === path);
    await this.page.locator("main h1").waitFor();
  }
}
