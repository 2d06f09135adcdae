// Nothing typed about the person is kept: a marker typed into every free-text
// field never reaches storage, the cache, the URL, history or the console.
import { describe, expect, it } from "vitest";
import { openSession } from "../support/lifecycle";
import { EncounterFlow } from "../pages/EncounterFlow";

describe("privacy", () => {
  it("keeps nothing typed about the person: marker text never reaches storage, the URL, history or the console", async () => {
    const s = await openSession();
    const page = s.page;
    const consoleText: string[] = [];
    page.on("console", (m) => consoleText.push(m.text()));
    const MARK = "ZQXMARKER";
    const flow = new EncounterFlow(s);
    await flow.start();
    await flow.answerAll({
      immediateDanger: false,
      medicalNeed: false,
      age: "adult",
      exploitation: ["not-known"],
      nrmStatus: "not-referred",
      canDecide: true,
      consentToNrm: "yes",
      isSuspect: true,
      offence: null,
      needsInterpreter: false,
      needsAccommodation: false,
      area: "essex",
    });
    // Every free-text field of the offence question: the search box, then the Act
    // and section typed by hand (first refused, then corrected).
    await page.locator("a[href='/encounter/q/q-offence?change=1']").click();
    await flow.expectQuestion("q-offence");
    await page.locator("input[name='offence-mode'][value='list']").check();
    await page.locator("#offence-search").fill(`${MARK} flow search`);
    await page.locator("input[name='offence-mode'][value='other']").check();
    await page.locator("#offence-act").fill(`${MARK} Act 1999`);
    await page.locator("#offence-section").fill(MARK);
    await page.getByTestId("continue").click();
    await page.locator(".error-summary").waitFor();
    await page.locator("#offence-section").fill("7");
    await page.getByTestId("continue").click();
    await page.waitForURL((u) => u.pathname === "/encounter/check");
    expect(await page.getByTestId("answer-q-offence").innerText()).toContain(MARK);
    await flow.seeOutcome();
    await flow.open(/Section 45/, "/encounter/section-45");
    await page.getByTestId("s45-search").locator("summary").first().click();
    await page.getByTestId("schedule4-query").fill(`${MARK} search`);
    await s.goto("/support");
    await s.goto("/schedule-4");
    await page.getByTestId("schedule4-query").fill(`${MARK} again`);
    await s.goto("/directory/browse");
    await page.reload();
    await page.locator("main h1").waitFor();

    const found = await page.evaluate(async (mark) => {
      const hits: string[] = [];
      const has = (value: unknown) => typeof value === "string" && value.includes(mark);
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
        for (const req of await cache.keys()) if (has(req.url)) hits.push(`cache url ${req.url}`);
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
    // The structured answers were kept (for resuming): the marker was not.
    expect(await page.evaluate(() => localStorage.getItem("waymark.encounter"))).not.toBeNull();
  });
});
