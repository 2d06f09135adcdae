import type { Page } from "playwright-core";
import { expect } from "vitest";

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

  /** Taps quick exit and waits until the history behind the neutral page is rewound. */
  async quickExit(): Promise<void> {
    await this.page.getByTestId("quick-exit").click();
    await waitForRewind(this.page);
  }
}

/**
 * The neutral page shows at once; the history rewind behind it ends later (on
 * a popstate, or in the page an earlier entry loads). Wait for that end:
 * acting before it would race the app's own history.go().
 */
export async function waitForRewind(page: Page): Promise<void> {
  await page.waitForURL(/\/notes$/);
  await expect
    .poll(() =>
      page
        .evaluate(
          // The key goes when the rewind lands (or was never set: nothing to rewind).
          () => sessionStorage.getItem("waymark.unwind") === null && location.pathname === "/notes",
        )
        // A page that is being replaced cannot answer yet: ask again.
        .catch(() => false),
    )
    .toBe(true);
}
