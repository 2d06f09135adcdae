// The npm registry mirror this project builds from does not serve every
// platform build of rollup (used by workbox-build for the service worker), so
// `npm install` leaves them out of package-lock.json and `npm ci` then refuses
// the lock. This adds a lock entry, with its os/cpu/libc, for each optional
// platform package that is missing; `npm ci` skips them on other platforms
// without downloading anything. Run it after any `npm install` that changes
// the lock: `node scripts/lock-platform-packages.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const path = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(path, "utf8"));
const packages = lock.packages;
let added = 0;

for (const [location, entry] of Object.entries(packages)) {
  if (!location.endsWith("node_modules/rollup") || !entry.optionalDependencies) continue;
  for (const [name, version] of Object.entries(entry.optionalDependencies)) {
    const key = `node_modules/${name}`;
    if (packages[key] || !name.startsWith("@rollup/rollup-")) continue;
    const [os, cpuPart, variant] = name.slice("@rollup/rollup-".length).split("-");
    const cpu = cpuPart === "arm" ? "arm" : cpuPart;
    const platform = { os: [os], cpu: [cpu] };
    if (os === "linux" && variant !== undefined) platform.libc = [variant.startsWith("musl") ? "musl" : "glibc"];
    packages[key] = { version, ...platform, dev: entry.dev === true ? true : undefined, license: "MIT", optional: true };
    if (packages[key].dev === undefined) delete packages[key].dev;
    added++;
  }
}

const sorted = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock: added ${added} platform entries`);
