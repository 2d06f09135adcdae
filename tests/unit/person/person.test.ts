// The person-facing mode's domain: which cards, which answers, the languages,
// and the bundled fonts covering every character the cards use.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PERSON_LANGUAGES, personCards, searchPersonLanguages, PERSON_CARD_IDS } from "../../../src/person";
import coverage from "../../../src/person/fontCoverage.json";

const leaves = (node: unknown): string[] =>
  typeof node === "string" ? [node] : typeof node === "object" && node !== null ? Object.values(node).flatMap(leaves) : [];

describe("person cards", () => {
  it("asks an adult for consent only while it is still to be asked, with yes, no or a question", () => {
    const asking = personCards({ audience: "adult", askConsent: true });
    const consent = asking.find((c) => c.id === "consent");
    expect(consent?.answers).toEqual(["yes", "no", "question"]);
    expect(asking.map((c) => c.id)).toContain("saying-no");
    expect(asking.at(-1)?.id).toBe("thanks");
    const answered = personCards({ audience: "adult", askConsent: false }).map((c) => c.id);
    expect(answered).not.toContain("consent");
    expect(answered).not.toContain("saying-no");
  });

  it("never asks a child for consent: a child is referred without it", () => {
    const child = personCards({ audience: "child", askConsent: true }).map((c) => c.id);
    expect(child).toContain("child");
    for (const id of ["consent", "saying-no", "what-nrm"]) expect(child).not.toContain(id);
  });

  it("gives every card a source, and covers the informed-consent points the pathway holds", () => {
    const ids = personCards({ audience: "adult", askConsent: true }).map((c) => c.id);
    for (const id of [
      "what-nrm",
      "support",
      "decisions",
      "shared",
      "immigration",
      "saying-no",
      "interpreter",
      "helpline",
      "tonight",
    ])
      expect(ids).toContain(id);
    for (const card of personCards({ audience: "adult", askConsent: true }))
      expect(card.provenance.sources.length, card.id).toBeGreaterThan(0);
  });

  it("has words for every card in every language", () => {
    for (const language of PERSON_LANGUAGES) {
      const file = JSON.parse(readFileSync(`locales/${language.code}/person.json`, "utf8")) as { cards: Record<string, unknown> };
      expect(Object.keys(file.cards).sort(), language.code).toEqual([...PERSON_CARD_IDS].sort());
    }
  });
});

describe("person languages", () => {
  it("are English, Welsh and the twenty languages, each with its own name; six right to left", () => {
    expect(PERSON_LANGUAGES).toHaveLength(22);
    expect(
      PERSON_LANGUAGES.filter((l) => l.dir === "rtl")
        .map((l) => l.code)
        .sort(),
    ).toEqual(["ar", "ckb", "fa", "prs", "ps", "ur"]);
    for (const l of PERSON_LANGUAGES) expect(l.endonym.length, l.code).toBeGreaterThan(1);
  });

  it("are found by English name, own name or code, ignoring case and accents", () => {
    expect(searchPersonLanguages("tigr").map((l) => l.code)).toEqual(["ti"]);
    expect(searchPersonLanguages("ትግርኛ").map((l) => l.code)).toEqual(["ti"]);
    expect(searchPersonLanguages("tieng viet").map((l) => l.code)).toEqual(["vi"]);
    expect(searchPersonLanguages("AR").map((l) => l.code)).toContain("ar");
    expect(searchPersonLanguages("")).toHaveLength(22);
  });
});

describe("bundled fonts", () => {
  it("cover every character the cards and language names use in the scripts a phone may lack", () => {
    for (const script of ["ethiopic", "arabic", "devanagari"] as const) {
      const held = new Set(coverage[script]);
      for (const language of PERSON_LANGUAGES.filter((l) => l.script === script)) {
        const text = `${language.endonym}${leaves(JSON.parse(readFileSync(`locales/${language.code}/person.json`, "utf8"))).join("")}`;
        const missing = [...new Set(text)].filter((ch) => !held.has(ch));
        expect(missing, `${language.code}: run npm run -s fonts`).toEqual([]);
      }
    }
  });
});
