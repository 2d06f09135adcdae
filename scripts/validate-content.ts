// Validates the built-in pathway content (run before every build). Prints a
// one-line summary; on failure lists each error naming the item and field,
// and exits 1.
import { PATHWAY_CONTENT } from "../src/pathway/content";
import { validateContent } from "../src/pathway/validation/validateContent";

try {
  const result = validateContent(PATHWAY_CONTENT);
  if (result.ok) {
    process.stdout.write(`${result.summary}\n`);
  } else {
    process.stderr.write(`${result.summary}\n`);
    for (const error of result.errors) process.stderr.write(`  - ${error}\n`);
    process.exitCode = 1;
  }
} catch (error) {
  process.stderr.write(`validate-content: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
