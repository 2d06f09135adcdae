// Benchmarks: `npm run -s bench -- --json` prints one JSON object of figures
// with flat dotted keys; without --json, a readable table. It reports; it
// never fails on a timing. Other features add their figures here.
import { existsSync } from "node:fs";
import { benchDirectory } from "./bench/directory";
import { benchFlow } from "./bench/flow";

const json = process.argv.includes("--json");
const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

const TARGETS: Record<string, string> = {
  "directory.query.p95_ms": "<= 20",
  "directory.search.p95_ms": "<= 50",
  "directory.import50k_s": "<= 10",
  "directory.import.maxMainThreadTask_ms": "<= 50",
  "directory.import.maxProgressGap_ms": "<= 500",
  "flow.step.p95_ms": "<= 100 (CPU x4)",
  "flow.step.max_ms": "<= 100 (CPU x4)",
  "flow.longestTask_ms": "<= 50",
  "flow.coldStartOffline_ms": "<= 1000 (CPU x4)",
  "flow.coldStartRatio": "<= 1.5",
};

async function main(): Promise<number> {
  if (!existsSync(executablePath)) {
    process.stderr.write(
      `Chromium not found at ${executablePath}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.\n`,
    );
    return 1;
  }
  const figures: Record<string, number> = {};
  try {
    Object.assign(figures, await benchDirectory(executablePath, { count: 50_000, runs: 200 }));
  } catch (e) {
    process.stderr.write(`directory benchmark failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  try {
    // Needs the production build (npm run build).
    Object.assign(figures, await benchFlow(executablePath, 5));
  } catch (e) {
    process.stderr.write(`flow benchmark failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } else {
    const width = Math.max(...Object.keys(figures).map((k) => k.length));
    for (const [k, v] of Object.entries(figures))
      process.stdout.write(`${k.padEnd(width)}  ${String(v).padStart(10)}  ${TARGETS[k] ?? ""}\n`);
  }
  return 0;
}

process.exitCode = await main();
