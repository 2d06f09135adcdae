// Benchmarks: `npm run -s bench -- --json` prints one JSON object of figures
// with flat dotted keys; without --json, a readable table. It reports; it
// never fails on a timing. Other features add their figures here.
// `--only directory,flow,lighthouse` runs some parts; WAYMARK_DIST names a
// build other than dist/ for the flow and Lighthouse.
import { existsSync } from "node:fs";
import { benchDirectory } from "./bench/directory";
import { benchFlow } from "./bench/flow";
import { benchLighthouse } from "./bench/lighthouse";

const json = process.argv.includes("--json");
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt === -1 ? null : new Set((process.argv[onlyAt + 1] ?? "").split(","));
const runs = (part: string): boolean => only === null || only.has(part);

const TARGETS: Record<string, string> = {
  "directory.query.p95_ms": "<= 20",
  "directory.search.p95_ms": "<= 50",
  "directory.import50k_s": "<= 2 x rawBaseline_s",
  "directory.import.maxMainThreadTask_ms": "<= 50",
  "directory.import.maxProgressGap_ms": "<= 500",
  "flow.step.p95_ms": "<= 100 (CPU x4)",
  "flow.step.max_ms": "<= 100 (CPU x4)",
  "flow.longestTask_ms": "<= 50",
  "flow.coldStartOffline_ms": "<= 1000 (CPU x4)",
  "flow.coldStartRatio": "<= 1.5",
  "directory.import.ratioToRaw": "<= 2",
  "lighthouse.start.performance": ">= 0.95",
  "lighthouse.start.lcp_ms": "<= 1800",
  "lighthouse.start.tbt_ms": "<= 100",
  "lighthouse.start.cls": "<= 0.01",
  "lighthouse.question.performance": ">= 0.95",
  "lighthouse.question.lcp_ms": "<= 1800",
  "lighthouse.question.tbt_ms": "<= 100",
  "lighthouse.question.cls": "<= 0.01",
};

async function main(): Promise<number> {
  if (!existsSync(executablePath)) {
    process.stderr.write(
      `Chromium not found at ${executablePath}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.\n`,
    );
    return 1;
  }
  const figures: Record<string, number> = {};
  const parts: [string, () => Promise<object>][] = [
    ["directory", () => benchDirectory(executablePath, { count: 50_000, runs: 200 })],
    // These two need the production build (npm run build).
    ["flow", () => benchFlow(executablePath, 5)],
    ["lighthouse", () => benchLighthouse(executablePath, 5, process.env["WAYMARK_DIST"])],
  ];
  // A part that fails is reported and the others still run and print: a
  // flaky Lighthouse trace must not throw away ten minutes of import figures.
  let failed = 0;
  for (const [part, run] of parts) {
    if (!runs(part)) continue;
    try {
      Object.assign(figures, await run());
    } catch (e) {
      failed++;
      process.stderr.write(`${part} benchmark failed: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } else {
    const width = Math.max(...Object.keys(figures).map((k) => k.length));
    for (const [k, v] of Object.entries(figures))
      process.stdout.write(`${k.padEnd(width)}  ${String(v).padStart(10)}  ${TARGETS[k] ?? ""}\n`);
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
