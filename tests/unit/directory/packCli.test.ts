/// <reference types="node" />
// Spawns the real command, as an MS lead would run it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bytesOf, makePack, svc } from "./helpers";

const ROOT = new URL("../../../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "waymark-pack-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function pack(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/pack.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === "string" ? value : bytesOf(value));
  return file;
}

describe("pack command", () => {
  it("validate: exit 0 with a one-line summary for a valid pack", () => {
    const r = pack("validate", write("good.json", makePack()), "--now", "2026-11-23");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toMatch(/^valid: essex \/ essex-police version 1: 2 services/);
  });

  it("validate: exit 2 with one error per line naming record and field, never a stack trace", () => {
    const bad = makePack({
      services: [
        svc("s1", { links: [{ label: "x", href: "javascript:alert(1)" }] }),
        svc("s2", { needs: [] as unknown as ["helpline"] }),
      ],
    });
    const r = pack("validate", write("bad.json", bad), "--now", "2026-11-23");
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^content\.services\[0\]\.links\[0\]\.href \(record "s1"\): /);
    expect(lines[1]).toMatch(/^content\.services\[1\]\.needs \(record "s2"\): /);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it("validate: exit 2 for truncated JSON, a missing file and an expired pack", () => {
    expect(pack("validate", write("trunc.json", JSON.stringify(makePack()).slice(0, 100))).code).toBe(2);
    const missing = pack("validate", join(dir, "nope.json"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read/);
    const expired = pack(
      "validate",
      write("old.json", makePack({ issuedAt: "2025-01-01", expiresAt: "2025-06-01" })),
      "--now",
      "2026-11-23",
    );
    expect(expired.code).toBe(2);
    expect(expired.stderr).toMatch(/expired/);
  });

  it("keygen, sign and validate a signed pack; a tampered one fails", () => {
    const keys = join(dir, "keys");
    const gen = pack(
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
    const entry = JSON.parse(gen.stdout.slice(gen.stdout.indexOf("{"))) as { keyId: string };
    const trusted = write("trusted.json", [entry]);

    const src = write("topsign.json", makePack());
    const signed = pack("sign", src, "--key", join(keys, "lead.key.pem"));
    expect(signed.code).toBe(0);
    const out = join(dir, "topsign.signed.json");
    expect(existsSync(out)).toBe(true);

    const ok = pack("validate", out, "--trusted-keys", trusted, "--now", "2026-11-23");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`signed by trusted key ${entry.keyId}`);

    const wrapper = JSON.parse(readFileSync(out, "utf8")) as { payload: string };
    wrapper.payload = btoa(atob(wrapper.payload).replace("Service s1", "Service Z1"));
    const tampered = pack("validate", write("tampered.signed.json", wrapper), "--trusted-keys", trusted, "--now", "2026-11-23");
    expect(tampered.code).toBe(2);
    expect(tampered.stderr).toMatch(/signature-invalid/);

    expect(pack("sign", write("invalid.json", { nope: 1 }), "--key", join(keys, "lead.key.pem")).code).toBe(2);
  });

  it("usage errors exit 1", () => {
    expect(pack().code).toBe(1);
    expect(pack("sign", join(dir, "good.json")).code).toBe(1);
  });
});
