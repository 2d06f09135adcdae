// Lighthouse (targets.md P3): the start screen, the first question and, for
// comparison on a slow machine, the static baseline page; mobile preset
// (Lighthouse's default: simulated slow 4G and 4x CPU), median of 5 runs of
// each figure. Lighthouse 12.8.2 is the last line that runs on Node 20; it is
// run with npx rather than installed as a devDependency because it would add
// about 186 MB (201 packages) to node_modules for a figure only this script
// reports. Chromium is Debian's (CHROME_PATH), never a download.
import { spawn } from "node:child_process";
import { startPreview } from "../../tests/browser/support/server";

const LIGHTHOUSE = "lighthouse@12.8.2";
const PAGES = [
  ["start", "/"],
  ["question", "/encounter/q/q-immediate-danger"],
  ["staticPage", "/static-baseline.html"],
] as const;

interface LighthouseFigures {
  performance: number;
  lcp_ms: number;
  tbt_ms: number;
  cls: number;
  fcp_ms: number;
}

interface LighthouseReport {
  runtimeError?: { code: string; message: string };
  categories: { performance?: { score: number | null } };
  audits: Record<string, { numericValue?: number } | undefined>;
}

function lighthouseOnce(url: string, executablePath: string): Promise<LighthouseFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "npx",
      [
        "--yes",
        LIGHTHOUSE,
        url,
        "--output=json",
        "--output-path=stdout",
        "--only-categories=performance",
        "--quiet",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run",
      ],
      { env: { ...process.env, CHROME_PATH: executablePath }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) {
        reject(new Error(`lighthouse exited with ${String(code)}: ${err.trim().split("\n").slice(-3).join(" ")}`));
        return;
      }
      try {
        const report = JSON.parse(out) as LighthouseReport;
        if (report.runtimeError !== undefined) throw new Error(`${report.runtimeError.code}: ${report.runtimeError.message}`);
        const audit = (id: string): number => {
          const v = report.audits[id]?.numericValue;
          if (v === undefined) throw new Error(`no ${id} in the Lighthouse report`);
          return v;
        };
        resolve({
          performance: report.categories.performance?.score ?? Number.NaN,
          lcp_ms: Math.round(audit("largest-contentful-paint")),
          tbt_ms: Math.round(audit("total-blocking-time")),
          cls: Math.round(audit("cumulative-layout-shift") * 1000) / 1000,
          fcp_ms: Math.round(audit("first-contentful-paint")),
        });
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
  });
}

/**
 * Lighthouse 12 with Chromium 150 sometimes fails to record a trace
 * (NO_NAVSTART, about one run in ten here): such a run measured nothing, so
 * it is run again, at most twice. Any other failure is reported at once.
 */
async function withRetries(run: () => Promise<LighthouseFigures>): Promise<LighthouseFigures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      const traceLost = e instanceof Error && /NO_NAVSTART|NO_FCP|recording the trace/.test(e.message);
      if (!traceLost || attempt === 3) throw e;
      process.stderr.write(`lighthouse: a run recorded no trace (${e.message.slice(0, 80)}); running it again\n`);
    }
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** `lighthouse.<page>.<figure>`: the median of each figure over `runs` runs (a fresh profile each). */
export async function benchLighthouse(executablePath: string, runs = 5, dist?: string): Promise<Record<string, number>> {
  const server = await startPreview(0, dist);
  const figures: Record<string, number> = { "lighthouse.runs": runs };
  try {
    for (const [name, path] of PAGES) {
      const results: LighthouseFigures[] = [];
      for (let i = 0; i < runs; i++)
        results.push(await withRetries(() => lighthouseOnce(`${server.url}${path}`, executablePath)));
      for (const key of ["performance", "lcp_ms", "tbt_ms", "cls", "fcp_ms"] as const) {
        figures[`lighthouse.${name}.${key}`] = median(results.map((r) => r[key]));
      }
    }
  } finally {
    await server.close();
  }
  return figures;
}
