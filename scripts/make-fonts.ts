// Subsets the bundled fonts for the person cards' scripts a phone may lack
// (Ge'ez for Tigrinya and Amharic; Arabic script for Arabic, Persian, Dari,
// Pashto, Urdu and Sorani; Devanagari for Hindi) to exactly the characters the
// cards and language names use. Run `npm run -s fonts` after changing a
// person.json; the output is committed in public/fonts, and a unit test fails
// if a card uses a character its font lacks. Noto fonts: SIL Open Font
// License 1.1 (public/fonts/OFL.txt).
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import subsetFont from "subset-font";
import { PERSON_LANGUAGES, type PersonLanguage } from "../src/person/languages";
import { FONT_FAMILIES, type BundledScript } from "../src/person/fonts";

const SOURCES: Record<BundledScript, { pkg: string; file: (weight: number) => string }> = {
  ethiopic: { pkg: "@fontsource/noto-sans-ethiopic", file: (w) => `noto-sans-ethiopic-ethiopic-${String(w)}-normal.woff2` },
  arabic: { pkg: "@fontsource/noto-sans-arabic", file: (w) => `noto-sans-arabic-arabic-${String(w)}-normal.woff2` },
  devanagari: {
    pkg: "@fontsource/noto-sans-devanagari",
    file: (w) => `noto-sans-devanagari-devanagari-${String(w)}-normal.woff2`,
  },
};

function leaves(node: unknown): string[] {
  if (typeof node === "string") return [node];
  if (typeof node === "object" && node !== null) return Object.values(node).flatMap(leaves);
  return [];
}

/** Every character the cards and language names of this script use (plus digits and punctuation). */
function charactersFor(script: BundledScript): string {
  const languages = PERSON_LANGUAGES.filter((l: PersonLanguage) => l.script === script);
  const text = languages
    .map((l) => `${l.endonym}${leaves(JSON.parse(readFileSync(`locales/${l.code}/person.json`, "utf8"))).join("")}`)
    .join("");
  return [...new Set(`${text}0123456789.,:;!?()-–—'"«»{}/ `)].sort().join("");
}

async function main(): Promise<void> {
  mkdirSync("public/fonts", { recursive: true });
  const coverage: Record<string, string> = {};
  for (const script of Object.keys(SOURCES) as BundledScript[]) {
    const chars = charactersFor(script);
    coverage[script] = chars;
    // Regular only: the browser synthesises bold, and a second weight would
    // double the bytes every device precaches (the precache budget is 600 KB).
    for (const weight of [400]) {
      const source = SOURCES[script];
      const input = readFileSync(`node_modules/${source.pkg}/files/${source.file(weight)}`);
      const output = await subsetFont(input, chars, { targetFormat: "woff2" });
      const out = `public/fonts/${FONT_FAMILIES[script].file(weight)}`;
      writeFileSync(out, output);
      process.stdout.write(`${out}: ${String(chars.length)} characters, ${String(Math.round(output.length / 1024))} KB\n`);
    }
  }
  copyFileSync("node_modules/@fontsource/noto-sans-ethiopic/LICENSE", "public/fonts/OFL.txt");
  // What each subset holds, for the test that fails when a card needs a character it lacks.
  writeFileSync("src/person/fontCoverage.json", `${JSON.stringify(coverage, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1] ?? ""}`) await main();
