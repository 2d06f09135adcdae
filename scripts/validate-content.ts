// Validates the built-in pathway content and every locale's words for it
// (run before every build). Prints a one-line summary and any items due for
// review; on failure lists each error naming the item and field, and exits 1.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { PATHWAY_CONTENT } from "../src/pathway/content";
import { validateContent } from "../src/pathway/validation/validateContent";
import { reviewWarnings, validateContentTexts } from "../src/pathway/validation/validateTexts";
import { BUILTIN_SCENARIOS, builtinScenarioText, checkScenario, lookupInTree } from "../src/training";

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8")) as unknown;
const officerLocales = (): string[] => readdirSync("locales").filter((l) => existsSync(`locales/${l}/content.json`));

try {
  const result = validateContent(PATHWAY_CONTENT);
  const errors = [...result.errors];
  if (result.ok) {
    // Officer-interface locales carry the content's words; person-only languages do not.
    for (const locale of officerLocales()) {
      const texts = validateContentTexts(PATHWAY_CONTENT, {
        content: readJson(`locales/${locale}/content.json`),
        offences: readJson(`locales/${locale}/offences.json`),
      });
      errors.push(...texts.errors.map((e) => `${locale} ${e}`));
    }
    // Training scenarios must still get the outcome they teach from this content, in every language.
    for (const scenario of BUILTIN_SCENARIOS) {
      for (const p of checkScenario(scenario)) errors.push(`training scenario "${scenario.id}", ${p.field}: ${p.message}`);
      for (const locale of officerLocales()) {
        const words = lookupInTree(readJson(`locales/${locale}/training.json`));
        if (builtinScenarioText(scenario, words) === null)
          errors.push(`${locale} training scenario "${scenario.id}": words missing`);
      }
    }
  }
  if (errors.length === 0) {
    process.stdout.write(
      `${result.summary}; words checked in ${String(officerLocales().length)} locale(s); ${String(BUILTIN_SCENARIOS.length)} training scenarios checked\n`,
    );
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
