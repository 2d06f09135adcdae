// The `decide` command without I/O: text in, exit code and output text out.
// Every failure becomes one line on stderr; nothing throws past here.
import type { z } from "../../shared/zod";
import { factsSchema } from "../model/facts";
import { decide } from "../engine/decide";
import { toScenarioOutput } from "./scenarioOutput";

export interface CommandResult {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim().slice(0, 500);
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join(".");
  if (issue.code === "unrecognized_keys") {
    return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}${path ? ` in ${path}` : ""}`;
  }
  if (path.includes("offence")) {
    return `invalid offence format at ${path}: expected {"act": "...", "section": "8"} or {"act": "common law", "name": "..."}`;
  }
  if (path === "area") return `unknown force area at area: expected a force area id such as "devon-and-cornwall"`;
  if (issue.code === "invalid_type" && issue.message.includes("undefined")) return `missing field ${path}`;
  return `invalid value at ${path || "(root)"}: ${issue.message}`;
}

export function runDecide(inputText: string): CommandResult {
  let json: unknown;
  try {
    json = JSON.parse(inputText);
  } catch (error) {
    return {
      code: 2,
      stdout: "",
      stderr: `decide: invalid JSON: ${oneLine(error instanceof Error ? error.message : String(error))}\n`,
    };
  }
  const parsed = factsSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const message = first ? describeIssue(first) : "invalid input";
    return { code: 2, stdout: "", stderr: `decide: ${oneLine(message)}\n` };
  }
  try {
    const output = toScenarioOutput(decide(parsed.data));
    return { code: 0, stdout: `${JSON.stringify(output, null, 2)}\n`, stderr: "" };
  } catch (error) {
    return {
      code: 1,
      stdout: "",
      stderr: `decide: internal error: ${oneLine(error instanceof Error ? error.message : String(error))}\n`,
    };
  }
}

export interface DecideIo {
  /** Reads a file, or standard input for "-"; throws an error with a `code` (e.g. ENOENT) when it cannot. */
  read(file: string): string;
}

/** The whole command: arguments in, exit code and output text out. */
export function runDecideCommand(argv: readonly string[], io: DecideIo): CommandResult {
  const [file, ...rest] = argv;
  if (file === undefined || rest.length > 0)
    return { code: 2, stdout: "", stderr: "decide: usage: decide FILE (or - for standard input)\n" };
  let text: string;
  try {
    text = io.read(file);
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "unreadable";
    return { code: 2, stdout: "", stderr: `decide: cannot read ${file === "-" ? "standard input" : file} (${code})\n` };
  }
  return runDecide(text);
}
