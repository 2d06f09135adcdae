import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
}

describe("package-lock.json", () => {
  const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: Record<string, LockEntry> };

  it("records every optional platform build, so `npm ci` accepts it on a fresh machine", () => {
    const missing: string[] = [];
    for (const [location, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        const nested = `${location}/node_modules/${name}`;
        if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) missing.push(`${location} -> ${name}`);
      }
    }
    expect(missing, "run: node scripts/lock-platform-packages.mjs").toEqual([]);
  });
});
