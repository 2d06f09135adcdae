// Scenario command: `npm run -s decide -- FILE` (or `-` for standard input).
// Prints one JSON decision and exits 0; invalid input exits 2 with one line
// on stderr and nothing on stdout. Format: docs/scenario-format.md. The
// command's logic is src/pathway/cli/runDecide.ts.
import { readFileSync } from "node:fs";
import { runDecideCommand } from "../src/pathway";

try {
  const result = runDecideCommand(process.argv.slice(2), { read: (file) => readFileSync(file === "-" ? 0 : file, "utf8") });
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
} catch {
  process.stderr.write("decide: internal error\n");
  process.exitCode = 1;
}
