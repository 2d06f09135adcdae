// First-contact flow figures (targets.md P4, P5) against the production build
// in headless Chromium with the CPU slowed 4×:
//   flow.step.*_ms            Continue pressed → next question painted
//   flow.longestTask_ms       longest main-thread task from pressing Start to the last question
//   flow.coldStartOffline_ms  fresh browser, server down → first question usable
//   flow.staticPageOffline_ms the same service worker serving a plain static page
//   flow.reactShellOffline_ms the same service worker serving React rendering one component
//   flow.startScreenOffline_ms the start screen, the same way as the first question
// Median of several runs; it reports, it never fails on a timing.
import { chromium, type Page } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPreview } from "../../tests/browser/support/server";
import { CHROMIUM_ARGS } from "../../tests/browser/support/chromium";

const CPU_SLOWDOWN = 4;
/** A build other than dist/ (WAYMARK_DIST), so a benchmark is not disturbed by a rebuild of dist/. */
const DIST = process.env["WAYMARK_DIST"];

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
const round = (n: number): number => Math.round(n * 10) / 10;
const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
}

/** Chooses an option and presses Continue inside the page, timing until the next screen has painted. */
async function timedStep(page: Page, optionIndex: number): Promise<number> {
  return page.evaluate(async (index) => {
    const radios = Array.from(document.querySelectorAll<HTMLInputElement>("main input[type=radio]"));
    const boxes = Array.from(document.querySelectorAll<HTMLInputElement>("main input[type=checkbox]"));
    const select = document.querySelector<HTMLSelectElement>("main select#answer");
    if (select) {
      select.value = select.options[1]?.value ?? "";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    } else if (radios.length > 0) {
      radios[Math.min(index, radios.length - 1)]?.click();
    } else {
      // A question with several answers (the kinds of exploitation): tick one.
      const box = boxes[Math.min(index, boxes.length - 1)];
      if (box !== undefined && !box.checked) box.click();
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
    await new Promise<void>((resolve, reject) => {
      if (location.pathname !== before) {
        requestAnimationFrame(() => setTimeout(resolve, 0));
        return;
      }
      // A question the benchmark cannot answer (a new kind of answer) leaves the
      // page where it was: fail with its address rather than wait for ever.
      const stuck = setTimeout(() => {
        obs.disconnect();
        reject(new Error(`Continue did not leave ${before}: the benchmark cannot answer this question`));
      }, 30_000);
      const obs = new MutationObserver(() => {
        if (location.pathname !== before) {
          obs.disconnect();
          clearTimeout(stuck);
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
    // No danger, no medical need, an adult, labour exploitation, not referred,
    // not a suspect, no interpreter, can decide, no accommodation, then the
    // force area (the offence question needs typing and is not timed here).
    const choices = [1, 1, 0, 0, 0, 1, 1, 0, 1, 0];
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

interface ColdStart {
  app: number;
  startScreen: number;
  reactShell: number;
  staticPage: number;
}

async function coldStartOffline(executablePath: string, rotation: number): Promise<ColdStart> {
  const own = await startPreview(0, DIST);
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
    // The app's first question and its start screen, React rendering one
    // component, and a plain static HTML page, all from the same precache.
    // Each run starts with a different page, so none always pays for the
    // first launch on a fresh profile.
    const pages: [keyof ColdStart, string, string][] = [
      ["app", "/encounter", "main h1"],
      ["startScreen", "/", "main h1"],
      ["reactShell", "/react-baseline.html", "h1"],
      ["staticPage", "/static-baseline.html", "h1"],
    ];
    const out: ColdStart = { app: 0, startScreen: 0, reactShell: 0, staticPage: 0 };
    for (let i = 0; i < pages.length; i++) {
      const page = pages[(i + rotation) % pages.length];
      if (page !== undefined) out[page[0]] = await timeTo(page[1], page[2]);
    }
    return out;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function benchFlow(executablePath: string, runs = 5): Promise<Record<string, number>> {
  const server = await startPreview(0, DIST);
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
  const cold: ColdStart[] = [];
  for (let i = 0; i < 5; i++) cold.push(await coldStartOffline(executablePath, i));
  const median = (key: keyof ColdStart): number =>
    quantile(
      cold.map((c) => c[key]),
      0.5,
    );
  const coldMedian = median("app");
  const baseMedian = median("staticPage");
  const reactMedian = median("reactShell");
  const startMedian = median("startScreen");
  return {
    "flow.cpuSlowdown": CPU_SLOWDOWN,
    "flow.step.count": steps.length,
    "flow.step.median_ms": round(quantile(steps, 0.5)),
    "flow.step.p95_ms": round(quantile(steps, 0.95)),
    "flow.step.max_ms": round(Math.max(...steps)),
    "flow.longestTask_ms": round(quantile(longest, 0.5)),
    "flow.coldStartOffline_ms": coldMedian,
    "flow.staticPageOffline_ms": baseMedian,
    "flow.coldStartRatio": ratio(coldMedian, baseMedian),
    "flow.reactShellOffline_ms": reactMedian,
    // What React alone costs over a static page, and what Waymark adds over React.
    "flow.reactShellRatio": ratio(reactMedian, baseMedian),
    "flow.coldStartVsReactShell": ratio(coldMedian, reactMedian),
    "flow.startScreenOffline_ms": startMedian,
    "flow.startScreenRatio": ratio(startMedian, baseMedian),
  };
}
