// The `decide` scenario command, spawned as a real process for the exit
// codes and streams, and in-process for the many invalid inputs.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runDecide, runDecideCommand } from "../../../src/pathway";

const root = join(import.meta.dirname, "../../..");
const VALID = {
  area: "devon-and-cornwall",
  person: {
    age: "adult",
    consentToNrm: "no",
    nrmStatus: "not-referred",
    suspect: { offence: { act: "Theft Act 1968", section: "8" } },
  },
  situation: { immediateDanger: false, medicalNeed: false, needsInterpreter: true, needsAccommodation: true },
};

function spawnDecide(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/decide.ts", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("decide command", () => {
  it("the real command prints one JSON object and exits 0 for a valid file (spawned)", () => {
    const dir = mkdtempSync(join(tmpdir(), "waymark-decide-"));
    const file = join(dir, "scenario.json");
    writeFileSync(file, JSON.stringify(VALID));
    const r = spawnDecide([file]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      referral: { route: "duty-to-notify", consentRequired: false, identifying: false, childSafeguardingReferral: false },
      section45: { status: "excluded-schedule-4" },
      supportStage: "declined-nrm",
    });
    expect(Array.isArray(out["trace"])).toBe(true);
    expect(typeof out["contentVersion"]).toBe("string");
  });

  const io = (files: Record<string, string>) => ({
    read(file: string): string {
      const text = files[file];
      if (text === undefined) throw Object.assign(new Error("missing"), { code: "ENOENT" });
      return text;
    },
  });

  it("reads standard input with -", () => {
    const r = runDecideCommand(["-"], io({ "-": JSON.stringify({ ...VALID, person: { ...VALID.person, age: "under-18" } }) }));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { referral: { route: string } }).referral.route).toBe("nrm");
  });

  it("exits 2 with one line on stderr and nothing on stdout for bad JSON", () => {
    const r = runDecideCommand(["-"], io({ "-": "{ not json" }));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^decide: invalid JSON/);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it("exits 2 for a missing file and for missing arguments", () => {
    const missing = runDecideCommand(["/no/such/waymark-scenario.json"], io({}));
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toMatch(/^decide: cannot read .* \(ENOENT\)\n$/);
    const none = runDecideCommand([], io({}));
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^decide: usage/);
    expect(runDecideCommand(["a.json", "b.json"], io({})).code).toBe(2);
  });
});

describe("runDecide (invalid inputs)", () => {
  const invalid: [string, unknown, RegExp][] = [
    ["unknown top-level field", { ...VALID, extra: 1 }, /unknown field "extra"/],
    ["unknown nested field", { ...VALID, person: { ...VALID.person, name: "X" } }, /unknown field "name" in person/],
    [
      "wrong type",
      { ...VALID, situation: { ...VALID.situation, immediateDanger: "no" } },
      /invalid value at situation.immediateDanger/,
    ],
    ["unknown force area", { ...VALID, area: "strathclyde" }, /unknown force area/],
    [
      "unknown age",
      { ...VALID, person: { ...VALID.person, age: "teen" } },
      /person.age: expected one of adult \| under-18 \| uncertain/,
    ],
    ["unknown nrm status", { ...VALID, person: { ...VALID.person, nrmStatus: "pending" } }, /person.nrmStatus/],
    ["missing field", { area: "kent", person: VALID.person }, /missing field situation/],
    [
      "offence with both section and name",
      { ...VALID, person: { ...VALID.person, suspect: { offence: { act: "Theft Act 1968", section: "8", name: "robbery" } } } },
      /invalid offence format/,
    ],
    [
      "offence with a bad section",
      { ...VALID, person: { ...VALID.person, suspect: { offence: { act: "Theft Act 1968", section: "eight" } } } },
      /invalid offence format/,
    ],
    [
      "common law offence with a section",
      { ...VALID, person: { ...VALID.person, suspect: { offence: { act: "common law", section: "1" } } } },
      /invalid offence format/,
    ],
    ["not an object", [1, 2], /invalid value at \(root\)/],
    [
      "unknown local area",
      { ...VALID, area: "british-transport-police", localArea: "strathclyde" },
      /invalid value at localArea: unknown local area/,
    ],
    [
      "local area for a territorial force",
      { ...VALID, localArea: "gwent" },
      /localArea is only for area british-transport-police/,
    ],
    [
      "new exploitation with no earlier referral",
      { ...VALID, person: { ...VALID.person, newExploitation: true } },
      /person.newExploitation: newExploitation is only for someone already referred/,
    ],
    [
      "unknown consent value",
      { ...VALID, person: { ...VALID.person, consentToNrm: "maybe" } },
      /person.consentToNrm: expected one of yes \| no \| not-asked \| lacks-capacity/,
    ],
    [
      "unknown exploitation type",
      { ...VALID, situation: { ...VALID.situation, exploitation: ["slavery"] } },
      /situation.exploitation.0/,
    ],
  ];

  it.each(invalid)("%s exits 2 with one line", (_label, input, message) => {
    const r = runDecide(JSON.stringify(input));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.endsWith("\n")).toBe(true);
    expect(r.stderr.trim()).not.toContain("\n");
  });

  it("accepts the hard cases' fields, and lacks-capacity for a child (ignored like any consent answer)", () => {
    const child = runDecide(
      JSON.stringify({ ...VALID, person: { ...VALID.person, age: "under-18", consentToNrm: "lacks-capacity" } }),
    );
    expect(child.code).toBe(0);
    expect((JSON.parse(child.stdout) as { referral: { route: string } }).referral.route).toBe("nrm");
    const btp = runDecide(
      JSON.stringify({
        ...VALID,
        area: "british-transport-police",
        localArea: "gwent",
        situation: { ...VALID.situation, exploitation: ["labour"] },
      }),
    );
    expect(btp.code).toBe(0);
    const out = JSON.parse(btp.stdout) as {
      nation: string;
      supportQuery: { area: string };
      signs: string[];
      referral: { previousReferral: boolean };
    };
    expect(out.nation).toBe("wales");
    expect(out.supportQuery.area).toBe("gwent");
    expect(out.signs).toContain("signs-labour");
    expect(out.referral.previousReferral).toBe(false);
    const again = runDecide(
      JSON.stringify({ ...VALID, person: { ...VALID.person, nrmStatus: "negative-cg", newExploitation: true } }),
    );
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { referral: { previousReferral: boolean } }).referral.previousReferral).toBe(true);
  });

  it("writes the words in English from the locale files, and the trace as 'rule: why'", () => {
    const r = runDecide(JSON.stringify(VALID));
    const out = JSON.parse(r.stdout) as {
      actions: { id: string; title: string; reason: string }[];
      trace: string[];
      section45: { schedule4: { entryTitle: string; message: string } };
      guidanceVersion: string;
    };
    const dtn = out.actions.find((a) => a.id === "duty-to-notify");
    expect(dtn?.title).toBe("Submit a Duty to Notify without details that identify the person");
    expect(out.trace[0]).toMatch(/^schedule4-check: Theft Act 1968 s8 is listed in Schedule 4/);
    expect(out.section45.schedule4.entryTitle).toBeTruthy();
    expect(out.guidanceVersion).toMatch(/3\.12 or later/);
  });

  it("accepts a subsection and a common law offence", () => {
    for (const offence of [
      { act: "Firearms Act 1968", section: "17(2)" },
      { act: "common law", name: "kidnapping" },
    ]) {
      const r = runDecide(JSON.stringify({ ...VALID, person: { ...VALID.person, suspect: { offence } } }));
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { section45: { status: string } }).section45.status).toBe("excluded-schedule-4");
    }
  });
});
