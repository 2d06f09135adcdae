// The whole flow by keyboard alone, with visible focus, and focus on each new page's heading.
import { describe, expect, it } from "vitest";
import { openSession } from "../support/lifecycle";

describe("keyboard", () => {
  it("works by keyboard alone", async () => {
    const s = await openSession();
    const page = s.page;
    await s.goto("/");
    // Skip link first, then the way in.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to main content");
    await page.getByTestId("start").focus();
    await page.keyboard.press("Enter");
    const answerWithKeys = async (id: string, downPresses: number) => {
      await page.waitForURL((u) => u.pathname === `/encounter/q/${id}`);
      await page.locator("#answer").focus();
      for (let i = 0; i < downPresses; i++) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Space");
      // Focus must be visible on the chosen radio.
      const outline = await page.evaluate(() => {
        const el = document.activeElement;
        return el ? getComputedStyle(el).outlineStyle : "none";
      });
      expect(outline).not.toBe("none");
      await page.keyboard.press("Enter");
    };
    await answerWithKeys("q-immediate-danger", 1); // No
    await answerWithKeys("q-medical-need", 1); // No
    await answerWithKeys("q-age", 1); // Under 18
    // Checkboxes: Space ticks the focused one, Enter submits.
    await page.waitForURL((u) => u.pathname === "/encounter/q/q-exploitation");
    await page.locator("#answer").focus();
    await page.keyboard.press("Space");
    expect(await page.locator("#answer").isChecked()).toBe(true);
    await page.keyboard.press("Enter");
    await answerWithKeys("q-nrm-status", 0); // not referred
    await answerWithKeys("q-is-suspect", 1); // No
    await answerWithKeys("q-needs-interpreter", 0); // Yes
    await answerWithKeys("q-needs-accommodation", 0); // Yes
    await page.waitForURL((u) => u.pathname === "/encounter/q/q-area");
    await page.locator("#answer").focus();
    await page.keyboard.press("ArrowDown");
    // A select does not submit on Enter: Tab to Continue, as a keyboard user would.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Continue");
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === "/encounter/check");
    await page.getByTestId("see-outcome").focus();
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === "/encounter/result");
    expect(await page.getByTestId("route").getAttribute("data-route")).toBe("nrm");
    // Focus moved to the new page's heading for screen readers.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H1");
  });
});
