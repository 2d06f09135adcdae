// Size budget (targets.md P1, P2), run by `npm test` after the build.
// Prints every figure, then fails if a budget is exceeded:
//   P1  JS for the first screen (entry chunk + its static imports) ≤ 110 KB gzip
//   P2  every lazy chunk ≤ 50 KB gzip; whole precache ≤ 600 KB gzip, data packs excluded
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

// WAYMARK_DIST measures another build directory (the benchmark's private build).
const dist = (process.env["WAYMARK_DIST"] ?? fileURLToPath(new URL("../dist/", import.meta.url))).replace(/\/?$/, "/");
const KB = 1024;
const LIMITS = { firstScreen: 110 * KB, lazyChunk: 50 * KB, precache: 600 * KB };

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}

if (!existsSync(`${dist}.vite/manifest.json`)) {
  console.error("budget: dist/.vite/manifest.json is missing; run `npm run build` first.");
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(`${dist}.vite/manifest.json`, "utf8")) as Record<string, ManifestChunk>;
const gz = (file: string): number => gzipSync(readFileSync(dist + file), { level: 9 }).length;
const kb = (n: number): string => `${(n / KB).toFixed(1)} KB`;

// P1: walk static imports from the app's entry (react-baseline.html, the
// benchmark's React shell, is an entry too).
const entryKey = Object.keys(manifest).find((k) => k === "index.html" && manifest[k]?.isEntry === true);
if (entryKey === undefined) throw new Error("no entry chunk in the manifest");
const firstScreen = new Set<string>();
const walk = (key: string): void => {
  const chunk = manifest[key];
  if (!chunk || firstScreen.has(chunk.file)) return;
  firstScreen.add(chunk.file);
  for (const imp of chunk.imports ?? []) walk(imp);
};
walk(entryKey);
const firstScreenJs = [...firstScreen].filter((f) => f.endsWith(".js"));
const firstScreenBytes = firstScreenJs.reduce((sum, f) => sum + gz(f), 0);

// P2: lazy chunks are every JS file not loaded by the first screen, workers
// and their chunks included (they are not all in Vite's manifest).
const allJs = new Set([
  ...Object.values(manifest)
    .map((c) => c.file)
    .filter((f) => f.endsWith(".js")),
  ...readdirSync(`${dist}assets`)
    .filter((f) => f.endsWith(".js"))
    .map((f) => `assets/${f}`),
]);
const lazy = [...allJs].filter((f) => !firstScreen.has(f)).map((f) => ({ file: f, bytes: gz(f) }));
lazy.sort((a, b) => b.bytes - a.bytes);

// Precache: every URL in the generated service worker's manifest, except data packs.
const sw = readFileSync(`${dist}sw.js`, "utf8");
const urls = [...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] ?? "");
if (urls.length === 0) {
  console.error("budget: no precache entries found in dist/sw.js — the service worker format changed; fix the parser.");
  process.exit(1);
}
const precached = urls.filter((u) => !u.startsWith("packs/"));
const precacheBytes = precached.reduce((sum, u) => sum + gz(u), 0) + gzipSync(Buffer.from(sw)).length;

const rows: [string, number, number][] = [
  ["P1 first-screen JS (gzip)", firstScreenBytes, LIMITS.firstScreen],
  [`P2 largest lazy chunk (${lazy[0]?.file ?? "none"})`, lazy[0]?.bytes ?? 0, LIMITS.lazyChunk],
  [`P2 whole precache, ${precached.length} files + sw.js (gzip)`, precacheBytes, LIMITS.precache],
];

console.log("Size budget");
for (const f of firstScreenJs) console.log(`  first screen: ${f} ${kb(gz(f))}`);
for (const c of lazy) console.log(`  lazy: ${c.file} ${kb(c.bytes)}`);
let failed = false;
for (const [label, value, limit] of rows) {
  const ok = value <= limit;
  if (!ok) failed = true;
  console.log(`${ok ? "ok  " : "FAIL"} ${label}: ${kb(value)} (limit ${kb(limit)})`);
}
const overLazy = lazy.filter((c) => c.bytes > LIMITS.lazyChunk);
for (const c of overLazy) console.log(`FAIL lazy chunk ${c.file}: ${kb(c.bytes)} (limit ${kb(LIMITS.lazyChunk)})`);
if (failed || overLazy.length > 0) process.exit(1);
