import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { LOCALES, NAMESPACES, selectableLocales } from "../../../src/platform/i18n/locales";
import { pseudoLocalise, pseudoLocaliseTree } from "../../../src/platform/i18n/pseudo";

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
const fileLocales = LOCALES.filter((l) => !l.pseudo);

describe("locales", () => {
  it("has a folder for every declared locale with files, and no undeclared one", () => {
    expect(readdirSync("locales").sort()).toEqual(fileLocales.map((l) => l.code).sort());
  });

  for (const locale of fileLocales.filter((l): boolean => (l.code as string) !== "en-GB")) {
    for (const ns of NAMESPACES) {
      it(`${locale.code}/${ns} has exactly the en-GB keys and keeps every placeholder`, () => {
        const base = leaves(read("en-GB", ns));
        const other = leaves(read(locale.code, ns));
        expect([...other.keys()].sort()).toEqual([...base.keys()].sort());
        for (const [key, text] of base) expect(tokens(other.get(key) ?? ""), key).toEqual(tokens(text));
      });
    }
  }

  it("offers the test locales in development builds only", () => {
    expect(selectableLocales(false).some((l) => l.pseudo)).toBe(false);
    expect(
      selectableLocales(true)
        .filter((l) => l.pseudo)
        .map((l) => l.code),
    ).toEqual(["en-XA", "ar-XB"]);
  });

  it("pseudo-localising lengthens text by about 40% and keeps placeholders", () => {
    const out = pseudoLocalise("Call {{number}} now", "long");
    expect(out).toContain("{{number}}");
    expect(out.length).toBeGreaterThanOrEqual(Math.round("Call {{number}} now".length * 1.3));
    expect(pseudoLocalise("Back", "rtl").startsWith("\u202B")).toBe(true);
  });

  it("pseudo-localises every string of a namespace, keeping its keys and placeholders", () => {
    const base = read("en-GB", "encounter");
    const pseudo = pseudoLocaliseTree(base, "long");
    const a = leaves(base);
    const b = leaves(pseudo);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [key, text] of a) {
      expect(b.get(key), key).not.toBe(text);
      expect(tokens(b.get(key) ?? ""), key).toEqual(tokens(text));
    }
  });
});
