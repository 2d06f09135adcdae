// Validates the built-in pathway content and every locale's words for it
// (run before every build). Prints a one-line summary and any items due for
// review; on failure lists each error naming the item and field, and exits 1.
import { readdirSync, readFileSync } from "node:fs";
import { PATHWAY_CONTENT } from "../src/pathway/content";
import { validateContent } from "../src/pathway/validation/validateContent";
import { reviewWarnings, validateContentTexts } from "../src/pathway/validation/validateTexts";

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8")) as unknown;

try {
  const result = validateContent(PATHWAY_CONTENT);
  const errors = [...result.errors];
  if (result.ok) {
    for (const locale of readdirSync("locales")) {
      const texts = validateContentTexts(PATHWAY_CONTENT, {
        content: readJson(`locales/${locale}/content.json`),
        offences: readJson(`locales/${locale}/offences.json`),
      });
      errors.push(...texts.errors.map((e) => `${locale} ${e}`));
    }
  }
  if (errors.length === 0) {
    process.stdout.write(`${result.summary}; words checked in ${String(readdirSync("locales").length)} locale(s)\n`);
    const today = new Date().toISOString().slice(0, 10);
    for (const warning of reviewWarnings(PATHWAY_CONTENT, today)) process.stdout.write(`  review: ${warning}\n`);
  } else {
    process.stderr.write(`${result.summary}\n`);
    for (const error of errors) process.stderr.write(`  - ${error}\n`);
    process.exitCode = 1;
  }
} catch (error) {
  process.stderr.write(`validate-content: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
