/// <reference types="node" />
// The pack command's core in-process (real files in a temporary folder), and
// one run of the real command as an MS lead would start it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runPack } from "../../../src/directory";
import { bytesOf, makePack, svc } from "./helpers";

const ROOT = new URL("../../../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "waymark-pack-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function pack(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runPack(args, {
    readFile: async (path) => new Uint8Array(await readFile(path)),
    writeFile: (path, data, options) => writeFile(path, data, options?.mode === undefined ? undefined : { mode: options.mode }),
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
  writeFileSync(file, typeof value === "string" ? value : bytesOf(value));
  return file;
}

describe("pack command", () => {
  it("validate: an unsigned pack is refused unless --allow-unverified, which warns and exits 0", async () => {
    const file = write("good.json", makePack());
    const refused = await pack("validate", file, "--now", "2026-11-23");
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toMatch(/^unsigned: .*--allow-unverified/);

    const r = await pack("validate", file, "--now", "2026-11-23", "--allow-unverified");
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toMatch(/^valid: essex \/ essex-police version 1: 2 services/);
    expect(r.stderr).toMatch(/^warning: unsigned: /);
  });

  it("validate: exit 2 with one error per line naming record and field, never a stack trace", async () => {
    const bad = makePack({
      services: [
        svc("s1", { links: [{ label: "x", href: "javascript:alert(1)" }] }),
        svc("s2", { needs: [] as unknown as ["helpline"] }),
      ],
    });
    const r = await pack("validate", write("bad.json", bad), "--now", "2026-11-23", "--allow-unverified");
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^content\.services\[0\]\.links\[0\]\.href \(record "s1"\): /);
    expect(lines[1]).toMatch(/^content\.services\[1\]\.needs \(record "s2"\): /);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it("validate: exit 2 for truncated JSON, a missing file and an expired pack", async () => {
    expect((await pack("validate", write("trunc.json", JSON.stringify(makePack()).slice(0, 100)))).code).toBe(2);
    const missing = await pack("validate", join(dir, "nope.json"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
    const expired = await pack(
      "validate",
      write("old.json", makePack({ issuedAt: "2025-01-01", expiresAt: "2025-06-01" })),
      "--now",
      "2026-11-23",
      "--allow-unverified",
    );
    expect(expired.code).toBe(2);
    expect(expired.stderr).toMatch(/expired/);
  });

  it("keygen, sign and validate a signed pack; a tampered one or a key not allowed for the area is refused even with --allow-unverified", async () => {
    const keys = join(dir, "keys");
    const gen = await pack(
      "keygen",
      "--out",
      keys,
      "--name",
      "lead",
      "--publisher",
      "essex-police",
      "--publisher-name",
      "Essex Police",
      "--area",
      "essex",
    );
    expect(gen.code).toBe(0);
    expect(existsSync(join(keys, "lead.key.pem"))).toBe(true);
    expect(readFileSync(join(keys, "lead.key.pem"), "utf8")).toMatch(/BEGIN PRIVATE KEY/);
    const entry = JSON.parse(gen.stdout.slice(gen.stdout.indexOf("{"))) as { keyId: string; areas: string[] };
    const trusted = write("trusted.json", [entry]);

    const src = write("topsign.json", makePack());
    const signed = await pack("sign", src, "--key", join(keys, "lead.key.pem"));
    expect(signed.code).toBe(0);
    const out = join(dir, "topsign.signed.json");
    expect(existsSync(out)).toBe(true);

    const ok = await pack("validate", out, "--trusted-keys", trusted, "--now", "2026-11-23");
    expect(ok.code).toBe(0);
    expect(ok.stderr).toBe("");
    expect(ok.stdout).toContain(`signed by trusted key ${entry.keyId}`);

    const wrapper = JSON.parse(readFileSync(out, "utf8")) as { payload: string };
    wrapper.payload = btoa(atob(wrapper.payload).replace("Service s1", "Service Z1"));
    const tamperedFile = write("tampered.signed.json", wrapper);
    const tampered = await pack("validate", tamperedFile, "--trusted-keys", trusted, "--now", "2026-11-23", "--allow-unverified");
    expect(tampered.code).toBe(2);
    expect(tampered.stderr.trim().split("\n")).toHaveLength(1);
    expect(tampered.stderr).toMatch(/signature-invalid/);

    // The same key, trusted only for another area, signs an Essex pack: never accepted.
    const otherArea = write("trusted-kent.json", [{ ...entry, areas: ["kent"] }]);
    const notAllowed = await pack("validate", out, "--trusted-keys", otherArea, "--now", "2026-11-23", "--allow-unverified");
    expect(notAllowed.code).toBe(2);
    expect(notAllowed.stderr.trim().split("\n")).toHaveLength(1);
    expect(notAllowed.stderr).toMatch(/key-not-allowed/);

    expect((await pack("sign", write("invalid.json", { nope: 1 }), "--key", join(keys, "lead.key.pem"))).code).toBe(2);
  });

  it("usage errors exit 1", async () => {
    expect((await pack()).code).toBe(1);
    expect((await pack("sign", join(dir, "good.json"))).code).toBe(1);
    expect((await pack("validate", "x.json", "--now")).code).toBe(1);
  });

  it("the real command runs as an MS lead starts it (one spawned process)", () => {
    const file = write("spawned.json", makePack());
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", "scripts/pack.ts", "validate", file, "--now", "2026-11-23", "--allow-unverified"],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    expect(r.stderr).toMatch(/^warning: unsigned/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^valid: essex/);
  });
});
