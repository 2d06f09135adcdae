// Scenario command: `npm run -s decide -- FILE` (or `-` for standard input).
// Prints one JSON decision and exits 0; invalid input exits 2 with one line
// on stderr and nothing on stdout. Format: docs/scenario-format.md.
import { readFileSync } from "node:fs";
import { runDecide } from "../src/pathway/cli/runDecide";

function main(argv: readonly string[]): number {
  const [file, ...rest] = argv;
  if (file === undefined || rest.length > 0) {
    process.stderr.write("decide: usage: decide FILE (or - for standard input)\n");
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "unreadable";
    process.stderr.write(`decide: cannot read ${file === "-" ? "standard input" : file} (${code})\n`);
    return 2;
  }
  const result = runDecide(text);
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  return result.code;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch {
  process.stderr.write("decide: internal error\n");
  process.exitCode = 1;
}
