/// <reference types="node" />
// `pack from-oruk` and `pack to-oruk`: in-process with real files, and one
// spawned run of each as an MS lead starts them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runPack } from "../../../src/directory";
import { BUILTIN_PACKS, builtinPackFileText } from "../../../src/directory/builtin/builtinPacks";
import { validatePackValue } from "../../../src/directory/pack/validatePack";
import { CLASSIFIED, errorsOf, feedService, orukValidators, testUuid } from "./orukHelpers";

const ROOT = new URL("../../../", import.meta.url).pathname;
const EXAMPLE = new URL("../../fixtures/oruk/example-service_full.json", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "waymark-oruk-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function pack(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runPack(args, {
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data) => writeFile(path, data),
    mkdir: async (path) => {
      await mkdir(path, { recursive: true });
    },
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    now: () => new Date("2026-11-23T12:00:00"),
  });
  return { code, stdout, stderr };
}

function write(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value, null, 2));
  return file;
}

const lines = (text: string) => text.trim().split("\n");

describe("pack from-oruk", () => {
  it("exit 0, one summary line with the unclassified count, and a valid pack", async () => {
    const classified = feedService({ name: "Harbour advocacy" }, CLASSIFIED);
    const plain = feedService({ name: "Food bank" });
    const out = join(dir, "essex.json");
    const r = await pack(
      "from-oruk",
      write("feed.json", { contents: [classified, plain] }),
      "--area",
      "essex",
      "--publisher",
      "essex-county-council",
      "--publisher-name",
      "Essex County Council",
      "--out",
      out,
    );
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toHaveLength(1);
    expect(r.stdout).toBe(
      `converted: ${out}: essex / essex-county-council version 1795435200: 2 services (1 unclassified), 2 organisations, 0 locations; unsigned; expires 2027-11-23\n`,
    );
    expect(r.stderr).toMatch(/^note: 1 of 2 services arrive unclassified/m);
    const written = validatePackValue(JSON.parse(readFileSync(out, "utf8")));
    expect(written.ok).toBe(true);
  });

  it("exit 2 with one line per problem, each naming the record and the field, and no file written", async () => {
    const a = feedService({
      name: "Harbour advocacy",
      url: "javascript:alert(1)",
      phones: [{ id: testUuid(), number: "0800 CALL US" }],
    });
    const b = feedService({ name: "" });
    const out = join(dir, "never.json");
    const r = await pack("from-oruk", write("bad.json", [a, b]), "--area", "essex", "--publisher", "essex-cc", "--out", out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(lines(r.stderr)).toEqual([
      `[0].url: service "Harbour advocacy" (${String(a["id"])}): web address (url): "javascript:alert(1)" is a javascript: link; Waymark keeps only https: links, and never javascript: ones [schema]`,
      `[0].phones[0].number: service "Harbour advocacy" (${String(a["id"])}): phone number: "0800 CALL US" contains letters; a number must be digits and spaces [schema]`,
      `[1].name: service ${String(b["id"])} (no name): name: the service has no name [schema]`,
    ]);
    expect(() => readFileSync(out)).toThrow();
  });

  it("the official example: exit 2 for its http: links with a hint, exit 0 with --drop-http-links", async () => {
    const out = join(dir, "example.json");
    const args = ["from-oruk", EXAMPLE, "--area", "essex", "--publisher", "essex-cc", "--out", out];
    const refused = await pack(...args);
    expect(refused.code).toBe(2);
    expect(lines(refused.stderr)).toHaveLength(3);
    expect(refused.stderr).toMatch(/^url: service "Community Counselling" .*is an http: link.*\[insecure-link\]$/m);
    expect(lines(refused.stderr)[2]).toBe("pass --drop-http-links to import without these links [insecure-link]");
    const ok = await pack(...args, "--drop-http-links");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/: 1 service \(1 unclassified\), 1 organisation, 1 location; /);
  });

  it("an unknown area or a malformed file exits 2; missing flags are usage errors (exit 1)", async () => {
    const feed = write("one.json", feedService({}, CLASSIFIED));
    const area = await pack("from-oruk", feed, "--area", "atlantis", "--publisher", "essex-cc", "--out", join(dir, "x.json"));
    expect(area.code).toBe(2);
    expect(area.stderr).toMatch(/^area: the area "atlantis" is not one Waymark knows/);
    const truncated = await pack(
      "from-oruk",
      write("trunc.json", '{"contents": [{"id": "a'),
      "--area",
      "essex",
      "--publisher",
      "e-c",
      "--out",
      join(dir, "x.json"),
    );
    expect(truncated.code).toBe(2);
    expect(truncated.stderr).toMatch(/^invalid-json: /);
    expect((await pack("from-oruk", feed, "--publisher", "essex-cc", "--out", join(dir, "x.json"))).code).toBe(1);
    expect((await pack("from-oruk", feed, "--area", "essex", "--out", join(dir, "x.json"))).code).toBe(1);
    expect((await pack("from-oruk", feed, "--area", "essex", "--publisher", "essex-cc")).code).toBe(1);
  });
});

describe("pack to-oruk", () => {
  it("writes one valid ORUK file per service and a services.json page, and prints one line", async () => {
    const sample = BUILTIN_PACKS.find((p) => p.area === "devon-and-cornwall");
    if (sample === undefined) throw new Error("no sample");
    const out = join(dir, "oruk-dc");
    const r = await pack("to-oruk", write("dc.json", builtinPackFileText(sample)), "--out", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const n = sample.content.services.length;
    expect(r.stdout).toBe(
      `wrote ${n} Open Referral UK services from devon-and-cornwall / ${sample.publisher.id} version ${sample.packVersion} to ${out}: one file per service and services.json\n`,
    );
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(n + 1);
    const { service, servicesPage } = orukValidators();
    for (const f of files.filter((f) => f !== "services.json")) {
      expect(service(JSON.parse(readFileSync(join(out, f), "utf8"))), errorsOf(service)).toBe(true);
    }
    const page = JSON.parse(readFileSync(join(out, "services.json"), "utf8")) as { total_items: number };
    expect(servicesPage(page), errorsOf(servicesPage)).toBe(true);
    expect(page.total_items).toBe(n);
  });

  it("exit 2 for a file that is not a valid pack", async () => {
    const r = await pack("to-oruk", write("nopack.json", { contents: [] }), "--out", join(dir, "nope"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a Waymark pathway pack/);
    expect((await pack("to-oruk", write("p.json", "{}"))).code).toBe(1);
  });
});

describe("the real command, spawned as an MS lead starts it", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/pack.ts", ...args], { cwd: ROOT, encoding: "utf8" });

  it("from-oruk then to-oruk", { timeout: 60_000 }, () => {
    const out = join(dir, "spawned.json");
    const from = run(
      "from-oruk",
      write("spawn-feed.json", [feedService({}, CLASSIFIED)]),
      "--area",
      "kent",
      "--publisher",
      "kent-cc",
      "--out",
      out,
    );
    expect(from.stderr).toBe("");
    expect(from.status).toBe(0);
    expect(from.stdout).toMatch(/^converted: .*: kent \/ kent-cc version \d+: 1 service \(0 unclassified\)/);
    const to = run("to-oruk", out, "--out", join(dir, "spawned-oruk"));
    expect(to.status).toBe(0);
    expect(lines(to.stdout)).toHaveLength(1);
    const refused = run(
      "from-oruk",
      write("spawn-bad.json", [feedService({ name: null })]),
      "--area",
      "kent",
      "--publisher",
      "kent-cc",
      "--out",
      out,
    );
    expect(refused.status).toBe(2);
    expect(lines(refused.stderr)).toHaveLength(1);
    expect(refused.stderr).toMatch(/\[0\]\.name: service .* \(no name\): name: the service has no name/);
  });
});
