// Training mode as a trainer and a learner use it: the presenter driven by
// keys alone, the learner's run through the real question screens, the
// debrief, and the way out.
import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { Session } from "../support/session";
import { EncounterFlow } from "./EncounterFlow";

export const TRAINING_MARKER = "TRAINING — not a real encounter";

export class TrainingPages {
  constructor(readonly session: Session) {}

  get page(): Page {
    return this.session.page;
  }

  async expectMarked(label: string): Promise<void> {
    await this.page.getByTestId("training-marker").waitFor();
    expect(await this.page.getByTestId("training-marker").innerText(), label).toContain(TRAINING_MARKER);
    expect(await this.page.title(), label).toContain(TRAINING_MARKER);
  }

  /** Presses a key with nothing but the page focused, as a presentation clicker would. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async expectPhoneAt(base: string, rest: string): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === `${base}${rest}`);
    await this.page.getByTestId("phone").locator("h1").first().waitFor();
  }

  /** The learner's phone: the real encounter screens under the practice run's address. */
  learner(scenarioId: string): EncounterFlow {
    return new EncounterFlow(this.session, `/training/practice/${scenarioId}/run`);
  }

  async leave(): Promise<void> {
    await this.page.getByTestId("leave-training").click();
  }
}
