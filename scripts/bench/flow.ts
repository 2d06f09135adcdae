// First-contact flow figures (targets.md P4, P5) against the production build
// in headless Chromium with the CPU slowed 4×:
//   flow.step.*_ms            Continue pressed → next question painted
//   flow.longestTask_ms       longest main-thread task from pressing Start to the last question
//   flow.coldStartOffline_ms  fresh browser, server down → first question usable
//   flow.staticPageOffline_ms the same service worker serving a plain static page
// Median of several runs; it reports, it never fails on a timing.
import { chromium, type Page } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPreview } from "../../tests/browser/support/server";
import { CHROMIUM_ARGS } from "../../tests/browser/support/chromium";

const CPU_SLOWDOWN = 4;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
const round = (n: number): number => Math.round(n * 10) / 10;

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
}

/** Chooses an option and presses Continue inside the page, timing until the next screen has painted. */
async function timedStep(page: Page, optionIndex: number): Promise<number> {
  return page.evaluate(async (index) => {
    const radios = Array.from(document.querySelectorAll<HTMLInputElement>("main input[type=radio]"));
    const select = document.querySelector<HTMLSelectElement>("main select#answer");
    if (select) {
      select.value = select.options[1]?.value ?? "";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    } else {
      radios[Math.min(index, radios.length - 1)]?.click();
    }
    await new Promise((r) => {
      requestAnimationFrame(() => {
        r(null);
      });
    });
    const before = location.pathname;
    const button = document.querySelector<HTMLButtonElement>("[data-testid=continue]");
    const start = performance.now();
    button?.click();
    // No named inner functions: tsx would wrap them in a helper the page lacks.
    await new Promise<void>((resolve) => {
      if (location.pathname !== before) {
        requestAnimationFrame(() => setTimeout(resolve, 0));
        return;
      }
      const obs = new MutationObserver(() => {
        if (location.pathname !== before) {
          obs.disconnect();
          // The frame after the DOM changed is the one the officer sees.
          requestAnimationFrame(() => setTimeout(resolve, 0));
        }
      });
      obs.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    return performance.now() - start;
  }, optionIndex);
}

async function runFlowOnce(url: string, executablePath: string): Promise<{ steps: number[]; longest: number }> {
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${url}/`);
    await page.locator("main h1").waitFor();
    await throttle(page);
    // An officer reads the start screen for a moment before pressing Start;
    // the app uses that idle time to load the flow. Tasks are counted from Start.
    await page.waitForTimeout(2000);
    await page.evaluate(() => {
      const w = window as unknown as { __long: number };
      w.__long = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__long = Math.max(w.__long, e.duration);
      }).observe({ type: "longtask", buffered: false });
    });
    await page.getByTestId("start").click();
    await page.waitForURL(/\/encounter\/q\//);
    await page.locator("main h1").waitFor();
    const steps: number[] = [];
    // Adult, not referred, consents, not a suspect: the choice and force-area
    // questions (the offence question needs typing and is not timed here).
    const choices = [1, 1, 0, 0, 0, 1, 1, 1, 0];
    for (const choice of choices) {
      if (!new URL(page.url()).pathname.includes("/q/")) break;
      steps.push(await timedStep(page, choice));
    }
    const longest = await page.evaluate(() => (window as unknown as { __long: number }).__long);
    return { steps, longest };
  } finally {
    await browser.close();
  }
}

async function coldStartOffline(executablePath: string): Promise<{ app: number; staticPage: number }> {
  const own = await startPreview(0);
  const profile = mkdtempSync(join(tmpdir(), "waymark-bench-"));
  try {
    const first = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS });
    const p = first.pages()[0] ?? (await first.newPage());
    await p.goto(`${own.url}/`);
    await p.evaluate(async () => navigator.serviceWorker.ready);
    await p.reload();
    await p.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await first.close();
    await own.close();
    const timeTo = async (path: string, selector: string): Promise<number> => {
      const ctx = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: CHROMIUM_ARGS });
      try {
        const page = ctx.pages()[0] ?? (await ctx.newPage());
        await throttle(page);
        const start = Date.now();
        await page.goto(`${own.url}${path}`, { waitUntil: "commit" });
        await page.locator(selector).first().waitFor({ state: "visible" });
        return Date.now() - start;
      } finally {
        await ctx.close();
      }
    };
    // The app's first question, and a plain static HTML page from the same precache.
    const app = await timeTo("/encounter", "main h1");
    const staticPage = await timeTo("/static-baseline.html", "h1");
    return { app, staticPage };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function benchFlow(executablePath: string, runs = 5): Promise<Record<string, number>> {
  const server = await startPreview(0);
  const steps: number[] = [];
  const longest: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const r = await runFlowOnce(server.url, executablePath);
      steps.push(...r.steps);
      longest.push(r.longest);
    }
  } finally {
    await server.close();
  }
  const cold: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < 5; i++) {
    const c = await coldStartOffline(executablePath);
    cold.push(c.app);
    base.push(c.staticPage);
  }
  const coldMedian = quantile(cold, 0.5);
  const baseMedian = quantile(base, 0.5);
  return {
    "flow.cpuSlowdown": CPU_SLOWDOWN,
    "flow.step.count": steps.length,
    "flow.step.median_ms": round(quantile(steps, 0.5)),
    "flow.step.p95_ms": round(quantile(steps, 0.95)),
    "flow.step.max_ms": round(Math.max(...steps)),
    "flow.longestTask_ms": round(quantile(longest, 0.5)),
    "flow.coldStartOffline_ms": coldMedian,
    "flow.staticPageOffline_ms": baseMedian,
    "flow.coldStartRatio": round(coldMedian / baseMedian),
  };
}
