// Languages (issue #11): Waymark in Welsh end to end, and the phone handed to
// the person — Tigrinya, then Arabic right to left — offline throughout, their
// consent tap filling the officer's answer, and nothing about them kept.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Answers } from "../../../src/pathway";
import { openSession } from "../support/lifecycle";
import { EncounterFlow } from "../pages/EncounterFlow";
import { storedMarkers } from "../support/sweep";
import { checkScreen } from "../support/checks";

const leaves = (node: unknown, path = ""): [string, string][] =>
  typeof node === "string"
    ? [[path, node]]
    : typeof node === "object" && node !== null
      ? Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k))
      : [];

/** Names, not interface text: organisations (contacts) and the English titles of the documents cited. */
const NAMES = /^(contacts\.[^.]+\.name|versions\.[^.]+\.(title|version))$/;

/** English interface sentences (three words or more) whose Welsh differs: none may show in Welsh. */
function englishOnlySentences(): string[] {
  const out: string[] = [];
  for (const ns of ["common", "encounter", "pathway", "content", "offences"]) {
    const en = leaves(JSON.parse(readFileSync(`locales/en-GB/${ns}.json`, "utf8")));
    const cy = new Set(leaves(JSON.parse(readFileSync(`locales/cy/${ns}.json`, "utf8"))).map(([, text]) => text));
    for (const [key, text] of en) {
      if (cy.has(text) || text.includes("{{") || NAMES.test(key)) continue;
      if (text.split(/\s+/).length >= 3) out.push(text);
    }
  }
  return out;
}

const ADULT_NOT_ASKED: Answers = {
  immediateDanger: false,
  medicalNeed: false,
  age: "adult",
  exploitation: ["labour"],
  nrmStatus: "not-referred",
  isSuspect: false,
  needsInterpreter: true,
  canDecide: true,
  consentToNrm: "not-asked",
  needsAccommodation: true,
  area: "gwent",
};

describe("languages", () => {
  it("Waymark in Welsh: an encounter to the outcome and summary shows no English interface text", async () => {
    const session = await openSession();
    await session.goto("/");
    await session.page.getByTestId("language-toggle").click();
    await session.page.waitForFunction(() => document.documentElement.lang === "cy");
    await session.page.getByTestId("locale-draft").waitFor();
    const flow = new EncounterFlow(session);
    await flow.start();
    await flow.answerAll(ADULT_NOT_ASKED);
    const english = englishOnlySentences();
    const leftovers = async (label: string): Promise<string[]> => {
      await session.page.evaluate(() => {
        for (const d of document.querySelectorAll("details")) d.open = true;
      });
      // Sources are cited in their own language (public documents' English titles): leave them out.
      const text = await session.page.evaluate(() => {
        const copy = document.body.cloneNode(true) as HTMLElement;
        for (const el of copy.querySelectorAll(".source__list")) el.remove();
        return copy.innerText || copy.textContent || "";
      });
      return english.filter((s) => text.includes(s)).map((s) => `${label}: ${s}`);
    };
    const found = [...(await leftovers("check answers"))];
    await flow.seeOutcome();
    found.push(...(await leftovers("outcome")));
    await checkScreen(session, "outcome in Welsh");
    await flow.page.goto(`${session.baseUrl}/encounter/summary`);
    await flow.page.getByTestId("handover").waitFor();
    found.push(...(await leftovers("summary")));
    expect(found).toEqual([]);
    expect(await flow.page.getByTestId("handover").getAttribute("lang")).toBe("cy");
    // The summary's own language can be English for an English referral form.
    await flow.page.getByTestId("summary-language").selectOption("en-GB");
    await expect.poll(() => flow.page.getByTestId("handover").innerText()).toMatch(/Referral route and first responder/);
  });

  it("hands the phone over: Tigrinya, then Arabic right to left, consent tapped, handed back; offline; nothing kept", async () => {
    const session = await openSession({ serviceWorker: true });
    await session.goto("/");
    await session.waitForOfflineReady();
    await session.context.setOffline(true);
    const before = session.problems.networkRequests.length;
    const flow = new EncounterFlow(session);
    await flow.start();
    await flow.answerAll(ADULT_NOT_ASKED);
    await flow.seeOutcome();
    expect(await flow.route()).toBe("pending");
    const page = flow.page;
    await page.getByTestId("open-person-mode").click();
    await page.getByTestId("person-picker").waitFor();
    await page.getByTestId("person-search").fill("tigr");
    await page.getByTestId("person-language-ti").click();
    const card = page.getByTestId("person-card");
    await card.waitFor();
    expect(await card.getAttribute("lang")).toBe("ti");
    expect(await page.getByTestId("person-draft").isVisible()).toBe(true);
    await checkScreen(session, "person card, Tigrinya");
    // No offline voice on this machine: the card says so rather than failing silently.
    expect(await page.getByTestId("person-no-voice").count()).toBe(1);
    await page.getByTestId("person-answer-understand").click();
    await expect.poll(() => card.getAttribute("data-card")).toBe("not-your-fault");

    await page.getByTestId("person-change-language").click();
    await page.getByTestId("person-language-ar").click();
    await card.waitFor();
    expect(await card.getAttribute("dir")).toBe("rtl");
    await checkScreen(session, "person card, Arabic (right to left)");
    // "I want an interpreter" tells the officer, and keeps nothing.
    await page.getByTestId("person-answer-interpreter").click();
    await page.getByTestId("person-notice").waitFor();
    await page.getByTestId("person-next").click();
    for (;;) {
      const id = await card.getAttribute("data-card");
      if (id === "consent") break;
      await page.getByTestId("person-answer-understand").click();
      await expect.poll(() => card.getAttribute("data-card")).not.toBe(id);
    }
    await page.getByTestId("person-answer-yes").click();
    await expect.poll(() => card.getAttribute("data-card")).toBe("thanks");
    // Leaving takes two deliberate taps on the officer's control.
    await page.getByTestId("person-officer").click();
    await page.getByTestId("person-return").click();
    await page.waitForURL((u) => u.pathname === "/encounter/result");
    await expect.poll(() => flow.route()).toBe("nrm");
    await page.goto(`${session.baseUrl}/encounter/check`);
    expect(await page.getByTestId("answer-q-consent").innerText()).toBe("Yes, they consent");
    expect(session.problems.networkRequests.slice(before)).toEqual([]);
    expect(await storedMarkers(page, ["ትግርኛ", "العربية", "Tigrinya", "interpreter"])).toEqual([]);
    await session.context.setOffline(false);
  });
});
