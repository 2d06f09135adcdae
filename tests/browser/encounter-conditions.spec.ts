// The flow under hard conditions: offline with the server gone, keyboard
// only, right-to-left pseudo-locale in dark mode, 320 px and 200% text — and
// proof that nothing typed about a person is kept anywhere.
import { afterEach, describe, expect, inject, it } from "vitest";
import { rmSync } from "node:fs";
import { Session } from "./support/session";
import { checkReflow, checkScreen } from "./support/checks";
import { startPreview } from "./support/server";
import { EncounterFlow } from "./pages/EncounterFlow";

const baseUrl = inject("baseUrl");
let session: Session | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe("the flow under hard conditions", () => {
  it("runs a whole journey offline, cold-started with the server down, with 0 network requests", async () => {
    const own = await startPreview(0);
    const install = await Session.open({ baseUrl: own.url });
    await install.goto("/");
    await install.waitForOfflineReady();
    const profile = install.userDataDir;
    await install.context.close();
    await own.close();

    session = await Session.open({ baseUrl: own.url, userDataDir: profile });
    try {
      const flow = new EncounterFlow(session);
      await flow.start();
      await flow.answerAll({
        age: "18 or over",
        consent: "No, they do not consent",
        suspect: { search: "s8 theft act", pick: /Theft Act 1968 s8/ },
        area: "devon-and-cornwall",
      });
      await flow.seeOutcome();
      expect(await flow.route()).toBe("duty-to-notify");
      await flow.open(/Support for the person's stage/, "/encounter/support");
      await session.page.getByTestId("support-results").waitFor();
      await flow.check("offline support");
      await session.goto("/schedule-4");
      await session.page.getByTestId("schedule4-query").fill("murder");
      await session.page.locator("[data-entry='common-law-murder']").waitFor();
      await checkScreen(session, "offline schedule 4");
      expect(session.problems.networkRequests).toEqual([]);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it("works by keyboard alone", async () => {
    session = await Session.open({ baseUrl });
    const page = session.page;
    await session.goto("/");
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

  it("passes every check in the right-to-left pseudo-locale, dark theme, at 320 px and 200% text", async () => {
    session = await Session.open({ baseUrl, colorScheme: "dark" });
    const page = session.page;
    await session.goto("/settings?lng=ar-XB");
    await page.locator("select").first().selectOption("ar-XB");
    await session.goto("/encounter");
    const steps = [
      "q-immediate-danger",
      "q-medical-need",
      "q-age",
      "q-nrm-status",
      "q-consent",
      "q-is-suspect",
      "q-offence",
      "q-needs-interpreter",
      "q-needs-accommodation",
    ];
    for (const id of steps) {
      await page.waitForURL((u) => u.pathname === `/encounter/q/${id}`);
      await page.locator("main h1").waitFor();
      expect(await page.getAttribute("html", "dir")).toBe("rtl");
      await checkScreen(session, `rtl ${id}`);
      await checkReflow(session, `rtl ${id}`);
      if (id === "q-offence") {
        await page.locator("input[name='offence-mode']").nth(2).check();
      } else {
        // First option, except: suspect "Yes" to reach the offence question.
        await page.locator("input[type=radio]").first().check();
      }
      await page.getByTestId("continue").click();
    }
    await page.waitForURL((u) => u.pathname === "/encounter/q/q-area");
    await page.locator("select#answer").selectOption("gwent");
    await page.getByTestId("continue").click();
    await page.waitForURL((u) => u.pathname === "/encounter/check");
    await checkScreen(session, "rtl check");
    await checkReflow(session, "rtl check");
    for (const path of [
      "/encounter/result",
      "/encounter/actions",
      "/encounter/section-45",
      "/encounter/support",
      "/encounter/summary",
      "/signs",
      "/schedule-4",
      "/support",
      "/directory",
      "/directory/browse",
      "/directory/add",
    ]) {
      await session.goto(path);
      await page.waitForTimeout(300);
      await checkScreen(session, `rtl ${path}`);
      await checkReflow(session, `rtl ${path}`);
    }
  });

  it("keeps nothing typed about the person: marker text never reaches storage, the URL, history or the console", async () => {
    session = await Session.open({ baseUrl });
    const page = session.page;
    const consoleText: string[] = [];
    page.on("console", (m) => consoleText.push(m.text()));
    const MARK = "ZQXMARKER";
    const flow = new EncounterFlow(session);
    await flow.start();
    await flow.answerAll({ age: "18 or over", consent: "Yes, they consent", suspect: "not known", area: "essex" });
    // Every free-text field of the offence question: the search box, then the Act
    // and section typed by hand (first refused, then corrected).
    await page.getByRole("link", { name: /Change\s+Suspected offence/ }).click();
    await flow.expectQuestion("q-offence");
    await page.getByLabel("Search the Schedule 4 list").check();
    await page.getByLabel("Search by name, or by Act and section").fill(`${MARK} flow search`);
    await page.getByLabel("It is not on the list: enter the Act and section").check();
    await page.getByLabel("Act", { exact: true }).fill(`${MARK} Act 1999`);
    await page.getByLabel("Section, or the name of a common law offence").fill(MARK);
    await page.getByTestId("continue").click();
    await page.locator(".error-summary").waitFor();
    await page.getByLabel("Section, or the name of a common law offence").fill("7");
    await page.getByTestId("continue").click();
    await page.waitForURL((u) => u.pathname === "/encounter/check");
    expect(await page.getByTestId("answer-q-offence").innerText()).toContain(MARK);
    await flow.seeOutcome();
    await flow.open(/Section 45/, "/encounter/section-45");
    await page.getByTestId("schedule4-query").fill(`${MARK} search`);
    await session.goto("/support");
    await session.goto("/schedule-4");
    await page.getByTestId("schedule4-query").fill(`${MARK} again`);
    await page.reload();
    await page.locator("main h1").waitFor();

    const found = await page.evaluate(async (mark) => {
      const hits: string[] = [];
      const has = (s: unknown) => typeof s === "string" && s.includes(mark);
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i) ?? "";
        if (has(k) || has(localStorage.getItem(k))) hits.push(`localStorage:${k}`);
      }
      for (let i = 0; i < sessionStorage.length; i++) {
        const k = sessionStorage.key(i) ?? "";
        if (has(k) || has(sessionStorage.getItem(k))) hits.push(`sessionStorage:${k}`);
      }
      if (has(location.href)) hits.push("url");
      if (has(JSON.stringify(history.state))) hits.push("history.state");
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const req of await cache.keys()) {
          if (has(req.url)) hits.push(`cache url ${req.url}`);
        }
      }
      for (const info of await indexedDB.databases()) {
        if (!info.name) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open(info.name ?? "");
          r.onsuccess = () => {
            resolve(r.result);
          };
          r.onerror = () => {
            reject(new Error(String(r.error)));
          };
        });
        for (const store of Array.from(db.objectStoreNames)) {
          const all = await new Promise<unknown[]>((resolve, reject) => {
            const r = db.transaction(store).objectStore(store).getAll();
            r.onsuccess = () => {
              resolve(r.result);
            };
            r.onerror = () => {
              reject(new Error(String(r.error)));
            };
          });
          if (has(JSON.stringify(all))) hits.push(`indexedDB ${info.name}/${store}`);
        }
        db.close();
      }
      return hits;
    }, MARK);
    expect(found).toEqual([]);
    expect(consoleText.filter((t) => t.includes(MARK))).toEqual([]);
    // The typed offence still served the encounter while it was open (in memory).
    expect(await page.evaluate(() => localStorage.getItem("waymark.encounter"))).not.toBeNull();
  });
});
