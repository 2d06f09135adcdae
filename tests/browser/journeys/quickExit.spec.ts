// Quick exit: one tap to a neutral page that forgets the encounter, empties
// what Waymark put on the clipboard, and leaves no way Back or Forward to
// the guidance — across reloads, in-page links and Forward history.
import { describe, expect, it } from "vitest";
import { baseUrl, openSession } from "../support/lifecycle";
import type { Session } from "../support/session";
import { EncounterFlow } from "../pages/EncounterFlow";
import { StartPage, waitForRewind } from "../pages/StartPage";

async function expectNeutralHistory(s: Session, label: string): Promise<void> {
  const page = s.page;
  for (let i = 0; i < 3; i++) {
    await page.goBack().catch(() => null);
    const url = page.url();
    expect(url === "about:blank" || new URL(url).pathname === "/notes", `${label}, Back ${i + 1}: ${url}`).toBe(true);
  }
  await page.goForward().catch(() => null);
  await page.goForward().catch(() => null);
  const url = page.url();
  expect(url === "about:blank" || new URL(url).pathname === "/notes", `${label}, Forward: ${url}`).toBe(true);
}

describe("quick exit", () => {
  it("leaves a neutral page with no sensitive words and forgets the encounter", async () => {
    const flow = new EncounterFlow(await openSession());
    await flow.start();
    await flow.choose("q-immediate-danger", false);
    await new StartPage(flow.page).quickExit();
    expect(await flow.page.title()).toBe("Notes");
    expect(await flow.page.locator("body").innerText()).not.toMatch(/slavery|victim|Waymark/i);
    expect(await flow.page.evaluate(() => localStorage.getItem("waymark.encounter"))).toBeNull();
    await flow.page.goto(`${baseUrl}/encounter`);
    await flow.expectQuestion("q-immediate-danger");
    expect(await flow.page.locator("input[name='q-immediate-danger']:checked").count()).toBe(0);
  });

  it("forgets a saved encounter even before the encounter code has loaded", async () => {
    const flow = new EncounterFlow(await openSession());
    await flow.start();
    await flow.choose("q-immediate-danger", false);
    await flow.expectQuestion("q-medical-need");
    // A fresh load of the start screen: only the shell is running.
    await flow.page.goto(`${baseUrl}/`);
    await flow.page.getByTestId("saved-encounter").waitFor();
    await new StartPage(flow.page).quickExit();
    expect(await flow.page.evaluate(() => localStorage.getItem("waymark.encounter"))).toBeNull();
  });

  it("Back never returns to the guidance", async () => {
    const s = await openSession();
    await s.goto("/about");
    await s.page.getByRole("link", { name: "Settings" }).click();
    await s.page.waitForURL(/\/settings$/);
    await s.page.getByRole("link", { name: "About Waymark" }).click();
    await s.page.waitForURL(/\/about$/);
    await new StartPage(s.page).quickExit();
    await expectNeutralHistory(s, "after two links");

    // Back pressed at once, while the app is still rewinding: it lands on the neutral page all the same.
    await s.goto("/about");
    await s.page.getByRole("link", { name: "Settings" }).click();
    await s.page.waitForURL(/\/settings$/);
    await s.page.getByRole("link", { name: "About Waymark" }).click();
    await s.page.waitForURL(/\/about$/);
    await s.page.getByTestId("quick-exit").click();
    await s.page.goBack().catch(() => null);
    await waitForRewind(s.page);
    expect(await s.page.locator("main").innerText()).not.toMatch(/Waymark|slavery/i);
    await expectNeutralHistory(s, "Back pressed at once");
  });

  it("still hides the guidance after a reload, from the first entry with Forward history, and after an in-page link", async () => {
    const s = await openSession();
    const page = s.page;
    // 1. Reloaded part-way: the earlier entries belong to the old page load.
    await s.goto("/about");
    await page.getByRole("link", { name: "Settings" }).click();
    await page.waitForURL(/\/settings$/);
    await page.reload();
    await page.locator("main h1").waitFor();
    await page.getByRole("link", { name: "About Waymark" }).click();
    await page.waitForURL(/\/about$/);
    await new StartPage(page).quickExit();
    await expectNeutralHistory(s, "after a reload");

    // 2. Back at the first entry, with guidance in the Forward history.
    await s.goto("/signs");
    await page.getByRole("link", { name: "Settings" }).click();
    await page.waitForURL(/\/settings$/);
    await page.goBack();
    await page.waitForURL(/\/signs$/);
    // 3. An in-page link (the contents of the signs page) adds an entry too.
    await page.locator("nav a[href^='#']").first().click();
    await new StartPage(page).quickExit();
    await expectNeutralHistory(s, "from the first entry");
  });

  it("discreet mode keeps sensitive words out of the tab title", async () => {
    const s = await openSession();
    await s.goto("/settings");
    await s.page.getByLabel("Discreet mode").check();
    await s.goto("/");
    expect(await s.page.title()).toBe("Notes");
  });
});
