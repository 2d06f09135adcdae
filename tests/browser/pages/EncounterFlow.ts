// Drives the first-contact flow as an officer would, one question per screen,
// answering whichever question the app shows from a set of answers in the
// engine's own terms (so the same journey runs in any language).
import type { Page } from "playwright-core";
import { findCatalogueEntry, getQuestion, searchTextFor, type Answers, type OffenceRef } from "../../../src/pathway";
import type { Session } from "../support/session";

export class EncounterFlow {
  /** Question ids in the order the app asked them. */
  readonly asked: string[] = [];

  constructor(
    readonly session: Session,
    private readonly base = "/encounter",
  ) {}

  get page(): Page {
    return this.session.page;
  }

  currentQuestion(): string | null {
    const match = /\/q\/([a-z0-9-]+)$/.exec(new URL(this.page.url()).pathname);
    return match?.[1] ?? null;
  }

  async expectQuestion(id: string): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === `${this.base}/q/${id}`);
    await this.page.locator("main h1").waitFor();
  }

  async start(): Promise<void> {
    await this.session.goto("/");
    await this.page.getByTestId("start").click();
    await this.page.waitForURL((url) => url.pathname.startsWith(`${this.base}/q/`));
    await this.page.locator("main h1").waitFor();
  }

  /** Chooses an option of a choice question by its value, then Continue. */
  async choose(id: string, value: string | boolean): Promise<void> {
    await this.expectQuestion(id);
    this.asked.push(id);
    const option = getQuestion(id)?.options?.find((o) => o.value === value);
    if (option === undefined) throw new Error(`${id} has no option ${String(value)}`);
    await this.page.locator(`input[name="${id}"][value="${option.id}"]`).check();
    await this.page.getByTestId("continue").click();
  }

  /** Ticks the options of a multi-choice question by their values, then Continue. */
  async chooseSeveral(id: string, values: readonly (string | boolean)[]): Promise<void> {
    await this.expectQuestion(id);
    this.asked.push(id);
    for (const value of values) {
      const option = getQuestion(id)?.options?.find((o) => o.value === value);
      if (option === undefined) throw new Error(`${id} has no option ${String(value)}`);
      await this.page.locator(`input[name="${id}"][value="${option.id}"]`).check();
    }
    await this.page.getByTestId("continue").click();
  }

  /** A select question (the force, or where a BTP officer is). */
  async chooseArea(area: string, id = "q-area"): Promise<void> {
    await this.expectQuestion(id);
    this.asked.push(id);
    await this.page.locator("select#answer").selectOption(area);
    await this.page.getByTestId("continue").click();
  }

  /** Types everyday words into the offence search and picks the entry with this id. */
  async offenceBySearch(words: string, entryId: string): Promise<void> {
    await this.expectQuestion("q-offence");
    this.asked.push("q-offence");
    await this.page.locator("input[name='offence-mode'][value='list']").check();
    await this.page.locator("#offence-search").fill(words);
    await this.page.locator(`input[name='offence-entry'][value='${entryId}']`).check();
    await this.page.getByTestId("continue").click();
  }

  async offence(offence: OffenceRef | null): Promise<void> {
    await this.expectQuestion("q-offence");
    this.asked.push("q-offence");
    const page = this.page;
    if (offence === null) {
      await page.locator("input[name='offence-mode'][value='unknown']").check();
    } else {
      const listed = findCatalogueEntry(offence);
      if (listed !== undefined) {
        await page.locator("input[name='offence-mode'][value='list']").check();
        await page.locator("#offence-search").fill(searchTextFor(listed));
        await page.locator(`input[name='offence-entry'][value='${listed.id}']`).check();
      } else {
        await page.locator("input[name='offence-mode'][value='other']").check();
        await page.locator("#offence-act").fill(offence.act);
        await page.locator("#offence-section").fill("name" in offence ? offence.name : offence.section);
      }
    }
    await page.getByTestId("continue").click();
  }

  /** Answers every question the app asks from `answers`; stops at check your answers, or at the question `stopAt`. */
  async answerAll(answers: Answers, stopAt?: string): Promise<void> {
    for (;;) {
      await this.page.waitForURL((url) => url.pathname.startsWith(`${this.base}/q/`) || url.pathname === `${this.base}/check`);
      const id = this.currentQuestion();
      if (id === null) break;
      if (id === stopAt) {
        await this.expectQuestion(id);
        return;
      }
      const question = getQuestion(id);
      if (question === undefined) throw new Error(`unknown question ${id}`);
      if (question.kind === "force-area") {
        if (answers.area === undefined) throw new Error("the journey gives no force area");
        await this.chooseArea(answers.area);
      } else if (question.kind === "local-area") {
        if (answers.localArea === undefined) throw new Error("the journey gives no local area");
        await this.chooseArea(answers.localArea, id);
      } else if (question.kind === "multi-choice") {
        const values = answers[question.field];
        if (!Array.isArray(values)) throw new Error(`the journey gives no answers to ${id}`);
        await this.chooseSeveral(id, values);
      } else if (question.kind === "offence") {
        await this.offence(answers.offence ?? null);
      } else {
        const value = answers[question.field];
        if (typeof value !== "string" && typeof value !== "boolean") throw new Error(`the journey gives no answer to ${id}`);
        await this.choose(id, value);
      }
      await this.page.waitForURL((url) => url.pathname !== `${this.base}/q/${id}`);
    }
    await this.page.getByTestId("check-answers").waitFor();
  }

  async seeOutcome(): Promise<void> {
    await this.page.getByTestId("see-outcome").click();
    await this.page.waitForURL((url) => url.pathname === `${this.base}/result`);
    await this.page.getByTestId("route").waitFor();
  }

  async route(): Promise<string | null> {
    return this.page.getByTestId("route").getAttribute("data-route");
  }

  async open(linkText: RegExp, path: string): Promise<void> {
    await this.page.getByTestId("result-links").getByRole("link", { name: linkText }).click();
    await this.page.waitForURL((url) => url.pathname === path);
    await this.page.locator("main h1").waitFor();
  }

  async expectNoProblems(label: string): Promise<void> {
    await this.session.expectNoProblems(label);
  }
}
