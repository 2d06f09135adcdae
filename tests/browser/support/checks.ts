// The checks every distinct screen must pass (targets.md A1–A3, S1, R1).
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { Session } from "./session";

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export async function axeViolations(page: Page): Promise<string[]> {
  // Legacy mode runs axe in the page itself. The default mode opens a blank
  // page per call to finish the run, which costs seconds; Waymark has no
  // frames, so nothing is lost.
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")}`,
  );
}

/** Every visible interactive element must offer at least a 44×44 CSS px target. */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = "a[href], button, input, select, textarea, summary, [role=button], [tabindex]:not([tabindex='-1'])";
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none") continue;
      // A checkbox or radio's target includes its label (clicking either works).
      const label =
        el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio") ? el.closest("label") : null;
      const target = label ?? el;
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered
      if (el.classList.contains("skip-link") && box.bottom <= 0) continue; // off-screen until focused
      if (box.width < 44 || box.height < 44) {
        const name = (el.getAttribute("aria-label") ?? el.textContent).trim().slice(0, 40);
        out.push(`${el.tagName.toLowerCase()} "${name}" is ${Math.round(box.width)}×${Math.round(box.height)}`);
      }
    }
    return out;
  });
}

export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** axe, target sizes, no overflow, and nothing the watchers caught. */
export async function checkScreen(session: Session, label: string): Promise<void> {
  const { page } = session;
  expect(await axeViolations(page), `axe on ${label}`).toEqual([]);
  expect(await smallTargets(page), `targets on ${label}`).toEqual([]);
  expect(await horizontalOverflow(page), `horizontal overflow on ${label}`).toBeLessThanOrEqual(0);
  await session.expectNoProblems(label);
}

/** Layout checks at 320 px and at 200% text, in the current page state. */
export async function checkReflow(session: Session, label: string): Promise<void> {
  const { page } = session;
  const original = page.viewportSize() ?? { width: 360, height: 800 };
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await horizontalOverflow(page), `overflow at 320px on ${label}`).toBeLessThanOrEqual(0);
  await page.setViewportSize(original);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "200%";
  });
  expect(await horizontalOverflow(page), `overflow at 200% text on ${label}`).toBeLessThanOrEqual(0);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = "";
  });
}
