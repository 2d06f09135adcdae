import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { LOCALES, NAMESPACES } from "../../../src/platform/i18n/locales";
import { pseudoLocalise } from "../../../scripts/pseudoLocalise";

type Json = Record<string, unknown>;

function read(locale: string, ns: string): Json {
  return JSON.parse(readFileSync(`locales/${locale}/${ns}.json`, "utf8")) as Json;
}

function leaves(obj: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof obj === "string") out.set(prefix, obj);
  else if (obj && typeof obj === "object") {
    for (const [k, v] of Object.entries(obj)) {
      for (const [kk, vv] of leaves(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
    }
  }
  return out;
}

const tokens = (s: string): string[] => (s.match(/\{\{[^}]+\}\}|\$t\([^)]*\)|<\/?\d+>/g) ?? []).sort();

describe("locales", () => {
  it("has a folder for every declared locale and no undeclared one", () => {
    const folders = readdirSync("locales").sort();
    expect(folders).toEqual(LOCALES.map((l) => l.code).sort());
  });

  for (const locale of LOCALES.filter((l) => l.code !== "en-GB")) {
    for (const ns of NAMESPACES) {
      it(`${locale.code}/${ns} has exactly the en-GB keys and keeps every placeholder`, () => {
        const base = leaves(read("en-GB", ns));
        const other = leaves(read(locale.code, ns));
        expect([...other.keys()].sort()).toEqual([...base.keys()].sort());
        for (const [key, text] of base) expect(tokens(other.get(key) ?? ""), key).toEqual(tokens(text));
      });
    }
  }

  it("pseudo-locales are up to date with en-GB", () => {
    expect(() => execFileSync("npx", ["tsx", "scripts/pseudo-locales.ts", "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("pseudo-localising lengthens text by about 40% and keeps placeholders", () => {
    const out = pseudoLocalise("Call {{number}} now", "long");
    expect(out).toContain("{{number}}");
    expect(out.length).toBeGreaterThanOrEqual(Math.round("Call {{number}} now".length * 1.3));
    expect(pseudoLocalise("Back", "rtl").startsWith("\u202B")).toBe(true);
  });
});
