import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import SupportLookupScreen from "../../src/directory/ui/SupportLookupScreen";
import { SupportResults } from "../../src/directory/ui/SupportResults";
import { render } from "./render";

// The app's pinned header (108 px at 360 px wide) sits above every screen; the
// count must still be in view on a 360×800 phone without scrolling.
const HEADER_ALLOWANCE = 110;
const SCREEN_BUDGET = 2400;

/** The screen inside the app's page and main, so widths and paddings are the real ones. */
function renderScreen(): HTMLElement {
  const host = render(
    <div className="page">
      <main className="main">
        <SupportLookupScreen />
      </main>
    </div>,
  );
  const main = host.querySelector("main");
  if (!main) throw new Error("no main");
  return main;
}

/** The whole screen's height, as the app lays it out under its header. */
function screenHeight(main: HTMLElement): number {
  return (main.parentElement?.getBoundingClientRect().height ?? Infinity) + HEADER_ALLOWANCE;
}

async function openLookup(): Promise<HTMLElement> {
  const host = renderScreen();
  const area = host.querySelector<HTMLSelectElement>("[data-testid='lookup-area']");
  if (!area) throw new Error("no area select");
  await userEvent.selectOptions(area, "devon-and-cornwall");
  await expect.poll(() => host.querySelector("[data-testid='support-results']") !== null).toBe(true);
  return host;
}

function stageRadio(host: HTMLElement, value: string): HTMLInputElement {
  const radio = host.querySelector<HTMLInputElement>(`input[name='stage'][value='${value}']`);
  if (!radio) throw new Error(`no stage ${value}`);
  return radio;
}

function countText(host: HTMLElement): string {
  return host.querySelector("[data-testid='support-count']")?.textContent ?? "";
}

describe("Find support", () => {
  it("offers the stage as one plain radio group, with 'Left NRM support' beside the others", () => {
    const host = renderScreen();
    const stage = host.querySelector("[data-testid='lookup-stage']");
    expect(stage?.tagName).toBe("FIELDSET");
    expect(stage?.querySelector("legend")?.textContent).toBe("Where is the person with the NRM?");
    expect([...(stage?.querySelectorAll("label") ?? [])].map((l) => l.textContent)).toEqual([
      "Not referred yet",
      "Referred, waiting for a decision",
      "A decision has been made",
      "Declined a referral",
      "Left NRM support",
    ]);
    // No second control hides a stage: the only select is the area.
    expect(host.querySelectorAll("select")).toHaveLength(1);
  });

  it("shows the count right after the stage choice, in view without scrolling, with the other filters collapsed", async () => {
    const host = await openLookup();
    await userEvent.click(stageRadio(host, "left-support"));
    await expect.poll(() => countText(host)).toMatch(/^\d+ services?$/);
    const count = host.querySelector<HTMLElement>("[data-testid='support-count']");
    // The next thing after the stage choice is the results, which start with the count.
    const stage = host.querySelector("[data-testid='lookup-stage']");
    expect(stage?.nextElementSibling?.firstElementChild).toBe(count);
    expect((count?.getBoundingClientRect().bottom ?? Infinity) + HEADER_ALLOWANCE).toBeLessThanOrEqual(800);
    // Audience and needs wait, closed, under More filters; the first results follow.
    const more = host.querySelector<HTMLDetailsElement>("[data-testid='more-filters']");
    expect(more?.open).toBe(false);
    expect(more?.querySelector("summary")?.textContent).toBe("More filters: Adult, any need");
    await expect.poll(() => host.querySelector("[data-testid='support-national']")?.textContent ?? "").toMatch(/Reach-In/);
    // Between the count and the first result: only the collapsed filters, the shared notes and the section heading.
    const results = host.querySelector("[data-testid='support-results']");
    expect([...(results?.children ?? [])].slice(0, 5).map((el) => el.className)).toEqual([
      "support-count",
      "more-filters",
      "support-note",
      "support-section",
      "service-list",
    ]);
  });

  it("asks which decision after 'A decision has been made', then shows support for it", async () => {
    const host = await openLookup();
    expect(host.querySelector("[data-testid='lookup-decision']")).toBeNull();
    await userEvent.click(stageRadio(host, "decision"));
    await expect.poll(() => host.querySelector("[data-testid='lookup-decision']") !== null).toBe(true);
    expect(countText(host)).toBe("Choose which decision to see support.");
    expect(host.querySelector("[data-testid='support-results']")).toBeNull();
    const decision = host.querySelector<HTMLSelectElement>("[data-testid='lookup-decision']");
    if (!decision) throw new Error("no decision choice");
    expect([...decision.options].map((o) => o.value)).toEqual([
      "",
      "positive-rg",
      "negative-rg",
      "positive-cg",
      "negative-cg",
      "not-sure",
    ]);
    await userEvent.selectOptions(decision, "positive-rg");
    await expect
      .poll(() => host.querySelector("[data-testid='support-national']")?.textContent ?? "")
      .toMatch(/Modern Slavery Victim Care Contract support/);
    // Still in view, and within the budget, with the extra question.
    const count = host.querySelector("[data-testid='support-count']");
    expect((count?.getBoundingClientRect().bottom ?? Infinity) + HEADER_ALLOWANCE).toBeLessThanOrEqual(800);
    expect(screenHeight(host)).toBeLessThanOrEqual(SCREEN_BUDGET);
  });

  it("stays within the screen budget with every details closed, and never shows an editor's note", async () => {
    const host = await openLookup();
    for (const choice of ["not-referred", "waiting", "declined", "left-support"]) {
      await userEvent.click(stageRadio(host, choice));
      await expect.poll(() => countText(host)).toMatch(/^\d+ services?$/);
      await expect.poll(() => host.querySelectorAll("[data-testid='service']").length).toBeGreaterThan(0);
      expect([...host.querySelectorAll("details[open]")]).toEqual([]);
      const height = screenHeight(host);
      expect(height, `${choice}: ${String(Math.round(height))} px`).toBeLessThanOrEqual(SCREEN_BUDGET);
      expect(host.innerText).not.toMatch(/add the local|once it has been checked|recollection/i);
    }
  });

  it("keeps More filters open while the results below it update", async () => {
    const host = await openLookup();
    const more = host.querySelector<HTMLDetailsElement>("[data-testid='more-filters']");
    await userEvent.click(more?.querySelector("summary") ?? host);
    await expect.poll(() => more?.open).toBe(true);
    await userEvent.click(host.querySelector("input[name='audience'][value='child']") ?? host);
    await expect
      .poll(() => host.querySelector("[data-testid='support-national']")?.textContent ?? "")
      .toMatch(/Independent Child Trafficking Guardians|children's services/);
    expect(host.querySelector<HTMLDetailsElement>("[data-testid='more-filters']")?.open).toBe(true);
    expect(host.querySelector("[data-testid='more-filters'] summary")?.textContent).toBe(
      "More filters: Child, or may be under 18, any need",
    );
  });
});

describe("support results embedded in the encounter", () => {
  it("keeps the prop contract and lists the area's services before national ones, in pages", async () => {
    const host = render(<SupportResults filter={{ area: "devon-and-cornwall", stage: "pre-nrm", audience: "adult" }} />);
    await expect.poll(() => host.querySelectorAll("[data-testid='service']").length).toBeGreaterThan(0);
    const local = host.querySelector("[data-testid='support-local']");
    const national = host.querySelector("[data-testid='support-national']");
    if (!local || !national) throw new Error("no sections");
    expect(local.compareDocumentPosition(national) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(local.querySelectorAll("[data-testid='service']").length).toBeLessThanOrEqual(2);
    // Shared warnings are said once, above the list.
    expect(host.querySelector("[data-testid='samples-only']")?.textContent).toMatch(/Only sample data is installed/);
    expect(host.querySelector("[data-testid='trust-summary']")?.textContent).toBe(
      "All of these are samples or unconfirmed: check before relying on them.",
    );
    expect(host.querySelector("[data-testid='no-number-note']")?.textContent).toMatch(
      /have no number on this phone: ask your force's modern slavery lead or call the Modern Slavery & Exploitation Helpline on 08000 121 700/,
    );
    expect(host.getBoundingClientRect().height).toBeLessThanOrEqual(1600);
  });
});
