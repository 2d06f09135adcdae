import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { LOCALES, NAMESPACES, selectableLocales } from "../../../src/platform/i18n/locales";
import { pseudoLocalise, pseudoLocaliseTree } from "../../../src/platform/i18n/pseudo";
import { PERSON_LANGUAGES, localeMetaSchema } from "../../../src/person";

type Json = Record<string, unknown>;

function read(path: string): Json {
  return JSON.parse(readFileSync(`locales/${path}`, "utf8")) as Json;
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
const officerLocales = LOCALES.filter((l) => !l.pseudo).map((l) => l.code as string);
const personLocales = PERSON_LANGUAGES.map((l) => l.code);

/**
 * A counted message ("x_one", "x_other" in English) needs one key per plural
 * category of the language (Welsh has zero, one, two, few, many and other):
 * i18next shows the English text for a category a translation lacks.
 */
function withPluralsOf(code: string, base: Map<string, string>): Map<string, string> {
  const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  const out = new Map<string, string>();
  for (const [key, text] of base) {
    const counted = /^(.*)_(one|other)$/.exec(key);
    if (counted === null) out.set(key, text);
    else if (counted[2] === "other") for (const c of categories) out.set(`${counted[1] ?? ""}_${c}`, text);
  }
  return out;
}

/** Same keys as en-GB (with the language's plural forms), and every placeholder kept. */
function expectParity(path: string, basePath = path.replace(/^[^/]+\//, "en-GB/")): void {
  const code = path.slice(0, path.indexOf("/"));
  const base = withPluralsOf(code, leaves(read(basePath)));
  const other = leaves(read(path));
  expect([...other.keys()].sort(), path).toEqual([...base.keys()].sort());
  for (const [key, text] of base) expect(tokens(other.get(key) ?? ""), `${path} ${key}`).toEqual(tokens(text));
}

describe("locales", () => {
  it("has a folder for every officer locale and person language, and no other", () => {
    expect(readdirSync("locales").sort()).toEqual([...new Set([...officerLocales, ...personLocales])].sort());
  });

  for (const code of officerLocales.filter((c) => c !== "en-GB")) {
    for (const ns of [...NAMESPACES, "person"]) {
      it(`${code}/${ns} has exactly the en-GB keys and keeps every placeholder`, () => {
        expectParity(`${code}/${ns}.json`);
      });
    }
  }

  for (const code of personLocales.filter((c) => c !== "en-GB")) {
    it(`${code}: person cards with the en-GB keys, a status, and a back-translation with the same keys`, () => {
      expectParity(`${code}/person.json`);
      const meta = localeMetaSchema.parse(read(`${code}/meta.json`));
      expect(meta.code).toBe(code);
      expect(meta.namespaces).toContain("person");
      // A translation is a draft until a named, qualified reviewer has checked it.
      if (meta.status === "reviewed") expect(meta.review).not.toBeNull();
      else expect(meta.review).toBeNull();
      expect(meta.status).not.toBe("source");
      expect(existsSync(`locales/${code}/back/person.json`), `${code} back-translation`).toBe(true);
      expectParity(`${code}/back/person.json`, `${code}/person.json`);
    });
  }

  it("never marks a translation reviewed without saying who reviewed it and when", () => {
    expect(() =>
      localeMetaSchema.parse({
        code: "xx",
        englishName: "Test",
        status: "reviewed",
        namespaces: ["person"],
        translation: { by: "someone", on: "2026-12-02" },
        review: null,
        notes: "",
      }),
    ).toThrow(/who reviewed it/);
  });

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
    const base = read("en-GB/encounter.json");
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
