import type { Page } from "playwright-core";

/** The start screen: the way into every journey. */
export class StartPage {
  constructor(private readonly page: Page) {}

  heading() {
    return this.page.locator("main h1");
  }

  async chooseForceArea(id: string): Promise<void> {
    await this.page.getByTestId("force-area").selectOption(id);
  }

  async begin(): Promise<void> {
    await this.page.getByTestId("start").click();
  }

  async quickExit(): Promise<void> {
    await this.page.getByTestId("quick-exit").click();
  }
}
