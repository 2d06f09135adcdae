// Node side of the directory benchmark: bundle the bench page with Vite,
// serve it on 127.0.0.1, and run it in headless Chromium.
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext } from "playwright-core";
import type { DirectoryBenchFigures } from "./directoryBench";
import { generateLargePack } from "./generateServices";

/** The pack the page imports, served as a file like one an MSVLO picks (the page makes no garbage building it). */
const BENCH_PACK_FILE = "bench-pack.json";

const HERE = fileURLToPath(new URL(".", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
};

async function bundle(): Promise<string> {
  const { build } = await import("vite");
  const outDir = mkdtempSync(join(tmpdir(), "waymark-bench-"));
  await build({
    configFile: false,
    root: HERE,
    logLevel: "error",
    build: { outDir, emptyOutDir: true, minify: true, target: "es2022" },
    worker: { format: "es" },
  });
  return outDir;
}

function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const addr = server.address();
      const port = typeof addr === "object" && addr !== null ? addr.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}

export async function benchDirectory(
  executablePath: string,
  options: { count: number; runs: number },
): Promise<DirectoryBenchFigures> {
  const { chromium } = await import("playwright-core");
  const outDir = await bundle();
  writeFileSync(join(outDir, BENCH_PACK_FILE), JSON.stringify(generateLargePack(options.count, 7)));
  const { server, url } = await serve(outDir);
  const userDataDir = mkdtempSync(join(tmpdir(), "waymark-bench-profile-"));
  let context: BrowserContext | undefined;
  let browser: Browser | null = null;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    browser = context.browser();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => typeof window.runDirectoryBench === "function");
    return await page.evaluate(async ({ count, runs }) => {
      const runBench = window.runDirectoryBench;
      if (runBench === undefined) throw new Error("bench page did not load");
      return runBench(count, runs);
    }, options);
  } finally {
    await context?.close();
    await browser?.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
