// MSVLO mode in real Chromium: import applies whole or not at all, hostile
// content renders inert, local edits are marked and exported, and a cleared
// origin says what is missing instead of showing a blank screen.
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { baseUrl, openSession, session as current } from "../support/lifecycle";
import { checkScreen } from "../support/checks";
import { DirectoryPages, testPack } from "../pages/DirectoryPages";

async function openDirectory(): Promise<DirectoryPages> {
  const session = await openSession();
  await session.goto("/directory");
  const pages = new DirectoryPages(session.page);
  await pages.serviceCount();
  return pages;
}

describe("support directory (MSVLO mode)", () => {
  it("loads the built-in sample directory on first start and passes the checks", async () => {
    const dir = await openDirectory();
    expect(await dir.serviceCount()).toBeGreaterThan(10);
    expect(await dir.packsText()).toMatch(/Sample data shipped with the app/);
  });

  it("refuses bad packs with errors naming the record and field, and changes nothing", async () => {
    const dir = await openDirectory();
    const page = current().page;
    const before = await dir.serviceCount();

    await dir.importBytes(Buffer.from("{ not json"));
    expect(await dir.waitForImportOutcome()).toBe("errors");
    expect(await page.getByTestId("import-errors").innerText()).toMatch(/not valid JSON/);
    await checkScreen(current(), "import error");

    const bad = testPack((p) => {
      const last = p.content.services[p.content.services.length - 1];
      if (last) last["url"] = "javascript:alert(1)";
    });
    await dir.importBytes(bad, "bad.json");
    expect(await dir.waitForImportOutcome()).toBe("errors");
    const text = await page.getByTestId("import-errors").innerText();
    expect(text).toMatch(/content\.services\[\d+\]\.url/);
    expect(text).toMatch(/Nothing on this phone was changed/);

    // From a URL: another site is refused without any request; this site's sample is already installed.
    await page.getByTestId("pack-url").fill("https://example.org/pack.json");
    await page.getByTestId("import-url").click();
    expect(await dir.waitForImportOutcome()).toBe("errors");
    expect(await page.getByTestId("import-errors").innerText()).toMatch(/only come from this app's site/);
    // The sample files on this site are unsigned: refused unless the user keeps them, and then
    // recognised as the version already installed.
    await page.getByTestId("pack-url").fill("/packs/national.sample.json");
    await page.getByTestId("import-url").click();
    expect(await dir.waitForImportOutcome()).toBe("errors");
    expect(await page.getByTestId("import-errors").innerText()).toMatch(/not signed/);
    await page.getByTestId("keep-unverified").click();
    await page.getByTestId("import-result").locator(".card").waitFor();
    expect(await page.getByTestId("import-result").innerText()).toMatch(/already installed/);
    await checkScreen(current(), "import from url");

    const truncated = testPack().subarray(0, 500);
    await dir.importBytes(truncated, "truncated.json");
    expect(await dir.waitForImportOutcome()).toBe("errors");

    await page.reload();
    expect(await dir.serviceCount()).toBe(before);
  });

  it("keeps an unsigned pack only when the user chooses, marked unverified; hostile text stays text", async () => {
    const dir = await openDirectory();
    const page = current().page;
    const hostile = testPack((p) => {
      const first = p.content.services[0];
      if (first) {
        first["name"] = "Hostile <img src=x onerror=alert(1)> service";
        first["description"] = "<script>document.title='pwned'</script> plain words";
      }
    });
    await dir.importBytes(hostile, "unsigned.json");
    expect(await dir.waitForImportOutcome()).toBe("errors");
    expect(await page.getByTestId("import-errors").innerText()).toMatch(/not signed/);
    await page.getByTestId("keep-unverified").click();
    await page.getByTestId("import-result").locator(".card").waitFor();
    expect(await page.getByTestId("import-result").innerText()).toMatch(/Pack installed/);
    await checkScreen(current(), "import kept unverified");

    await page.getByTestId("browse").click();
    await page.getByTestId("browse-area").selectOption("devon-and-cornwall");
    const card = page.locator("[data-testid='service']", { hasText: "Hostile" });
    await card.first().waitFor();
    expect(await card.first().innerText()).toContain("<img src=x onerror=alert(1)>");
    expect(await card.first().locator("img, script").count()).toBe(0);
    expect(await card.first().innerText()).toMatch(/Unverified pack/);
    expect(await page.title()).not.toBe("pwned");
    await checkScreen(current(), "browse with hostile entry");
  });

  it("marks checked today, edits and adds entries offline-first, and exports them as a pack", async () => {
    await openDirectory();
    const page = current().page;
    await page.getByTestId("browse").click();
    await page.getByTestId("browse-area").selectOption("west-mercia");
    // By name: a West Mercia sample entry (the list for the area shown before loads first).
    const fund = page.locator("[data-testid='service']", { hasText: "Modern Slavery Accommodation and Subsistence Fund" });
    await fund.waitFor();
    await fund.getByTestId("mark-checked").click();
    await expect.poll(() => fund.innerText()).toMatch(/Changed on this phone/);
    await checkScreen(current(), "browse after check");

    await current().goto("/directory/add");
    await checkScreen(current(), "add form");
    await page.getByTestId("save-entry").click();
    await page.getByTestId("editor-errors").waitFor();
    expect(await page.getByTestId("editor-errors").innerText()).toMatch(/name/);
    await checkScreen(current(), "add form errors");
    await page.getByLabel("Service name").fill("Night shelter (test)");
    await page.getByLabel("Organisation").fill("Test charity");
    await page.getByLabel("What it offers").fill("Beds for the night for adults leaving exploitation.");
    await page.getByLabel("Not referred into the NRM yet").check();
    await page.getByLabel("Adult", { exact: true }).check();
    await page.getByLabel("Emergency accommodation").check();
    await page.getByLabel("Where this information comes from").fill("Test charity's referral leaflet");
    await page.getByTestId("editor-area").selectOption("west-mercia");
    await page.getByTestId("save-entry").click();
    await page.getByTestId("entry-saved").waitFor();
    await page.getByTestId("saved-back").click();
    await page.waitForURL((u) => u.pathname === "/directory/browse");
    await page.getByTestId("browse-area").selectOption("west-mercia");
    await page.locator("[data-testid='service']", { hasText: "Night shelter (test)" }).waitFor();

    await current().goto("/directory");
    await page.getByTestId("dashboard-area").selectOption("west-mercia");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export").click()]);
    expect(download.suggestedFilename()).toMatch(
      /^Waymark - West Mercia - changes made on this phone - \d{4}-\d{2}-\d{2}\.json$/,
    );
    const path = await download.path();
    const pack = JSON.parse(readFileSync(path, "utf8")) as { area: string; content: { services: { name: string }[] } };
    expect(pack.area).toBe("west-mercia");
    expect(pack.content.services.map((s) => s.name)).toContain("Night shelter (test)");
    expect(pack.content.services.length).toBe(2);
  });

  it("after the site's storage is cleared, says what is missing and how to restore it", async () => {
    const dir = await openDirectory();
    const page = current().page;
    await dir.importBytes(testPack(), "pack.json");
    await dir.waitForImportOutcome();
    await page.getByTestId("keep-unverified").click();
    await page.getByTestId("import-result").locator(".card").waitFor();
    // Cleared with no page of the app open: a read still running would be aborted and reported as an error.
    await page.goto("about:blank");
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Storage.clearDataForOrigin", { origin: new URL(baseUrl).origin, storageTypes: "indexeddb" });
    await current().goto("/directory");
    await dir.serviceCount();
    // The samples come back; the imported pack is gone, and the screen says so.
    expect(await dir.packsText("devon-and-cornwall")).not.toMatch(/Test force pack/);
    expect(await page.locator("main").innerText()).toMatch(/import your force's pack again|Only sample data/i);
    await current().goto("/support");
    await page.getByTestId("lookup-area").selectOption("devon-and-cornwall");
    await page.getByTestId("support-results").waitFor();
    expect(await page.getByTestId("support-results").innerText()).toMatch(/Only sample data is installed/);
  });
});
