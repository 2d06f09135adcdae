// The `offences` command: the words an officer types in, a JSON array of
// matching offences out. In-process through runOffencesCommand, plus one
// spawned run of the real script for its streams and exit code.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runOffencesCommand, type OffenceMatch } from "../../../src/pathway/cli/runOffences";
import { ENGLISH_OFFENCES } from "../../../src/pathway/cli/englishText";

const root = join(import.meta.dirname, "../../..");

function run(argv: string[]): { code: number; matches: OffenceMatch[]; stderr: string } {
  const result = runOffencesCommand(argv);
  const parsed: unknown = JSON.parse(result.stdout);
  expect(Array.isArray(parsed)).toBe(true);
  return { code: result.code, matches: parsed as OffenceMatch[], stderr: result.stderr };
}

const lines = (text: string): string[] => text.split("\n").filter((line) => line !== "");

describe("offences command", () => {
  it('lists the cannabis offences for "cannabis", best first, none of them on Schedule 4', () => {
    const { code, matches, stderr } = run(["cannabis"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(matches.length).toBeGreaterThan(1);
    expect(matches[0]).toMatchObject({ act: "Misuse of Drugs Act 1971", schedule4: "not-listed" });
    expect(matches).toContainEqual(
      expect.objectContaining({ act: "Misuse of Drugs Act 1971", section: "6", schedule4: "not-listed" }),
    );
    expect(matches[0]?.title).toBe(ENGLISH_OFFENCES.title("misuse-of-drugs-act-1971-s4-2"));
  });

  it.each([["cannabis"], ["murder"], ["section 1"], ["small boat"], ["burglary"]])(
    "gives each match of %j exactly act, section, title and schedule4 (name for common law, condition when conditional)",
    (query) => {
      const { matches } = run([query]);
      expect(matches.length).toBeGreaterThan(0);
      for (const match of matches) {
        const commonLaw = match.act === "common law";
        const keys = [
          "act",
          ...(match.schedule4 === "conditional" ? ["condition"] : []),
          ...(commonLaw ? ["name"] : []),
          "schedule4",
          "section",
          "title",
          ...(match.unconfirmed === true ? ["unconfirmed"] : []),
        ];
        expect(Object.keys(match).sort(), JSON.stringify(match)).toEqual(keys);
        expect(match.section === null, JSON.stringify(match)).toBe(commonLaw);
        expect(typeof match.title).toBe("string");
        expect(match.title.trim()).not.toBe("");
        expect(["excluded", "conditional", "not-listed"]).toContain(match.schedule4);
      }
    },
  );

  it("shows a common law offence with a null section and its name", () => {
    const { matches } = run(["murder"]);
    expect(matches[0]).toEqual({
      act: "common law",
      section: null,
      name: "murder",
      title: ENGLISH_OFFENCES.title("common-law-murder"),
      schedule4: "excluded",
    });
  });

  it("joins the words it is given", () => {
    expect(runOffencesCommand(["cannabis", "farm"]).stdout).toBe(runOffencesCommand(["cannabis farm"]).stdout);
  });

  it("prints [] and exits 0 when nothing matches", () => {
    const result = runOffencesCommand(["zzzz qqqq"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it.each([[[]], [[""]], [["   "]]])("exits 2 with one line on stderr for no words (%j)", (argv: string[]) => {
    const result = runOffencesCommand(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(lines(result.stderr)).toHaveLength(1);
    expect(result.stderr.endsWith("\n")).toBe(true);
  });

  it('finds robbery, Theft Act 1968 s8, excluded, first for "robbery"', () => {
    const { code, matches } = run(["robbery"]);
    expect(code).toBe(0);
    expect(matches[0]).toEqual({
      act: "Theft Act 1968",
      section: "8",
      title: ENGLISH_OFFENCES.title("theft-act-1968-s8"),
      schedule4: "excluded",
    });
  });

  it('finds burglary, Theft Act 1968 s9, conditional, first for "burglary"', () => {
    const { matches } = run(["burglary"]);
    expect(matches[0]).toMatchObject({ act: "Theft Act 1968", section: "9", schedule4: "conditional" });
  });

  it("works as a real process (spawned)", () => {
    const spawn = (args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/offences.ts", ...args], { cwd: root, encoding: "utf8" });
    const found = spawn(["robbery"]);
    expect(found.stderr).toBe("");
    expect(found.status).toBe(0);
    expect((JSON.parse(found.stdout) as OffenceMatch[])[0]).toMatchObject({ act: "Theft Act 1968", section: "8" });
    const empty = spawn([]);
    expect(empty.status).toBe(2);
    expect(empty.stdout).toBe("");
    expect(lines(empty.stderr)).toHaveLength(1);
  });

  it("marks a Schedule 4 listing that was not seen in the Act or the Bill as unconfirmed", () => {
    const { matches } = run(["Offences Against the Person Act 1861 s23"]);
    expect(matches[0]).toMatchObject({
      act: "Offences Against the Person Act 1861",
      section: "23",
      schedule4: "excluded",
      unconfirmed: true,
    });
    const { matches: robbery } = run(["robbery"]);
    expect(robbery[0]?.unconfirmed).toBeUndefined();
  });
});
