import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { importPackBytes, type ImportOptions } from "../../../src/directory/import/importPack";
import { editService, markCheckedToday } from "../../../src/directory/edit/localEdits";
import { WRITE_CHUNK } from "../../../src/directory/import/writePack";
import { createDirectoryDb } from "../../../src/directory/db";
import type { ImportProgress } from "../../../src/directory/import/progress";
import { bytesOf, dump, freshDb, makePack, makeSigner, NOW, quotaAfter, svc, type TestSigner } from "./helpers";

async function signedDb(signer: TestSigner) {
  const db = freshDb();
  const options: ImportOptions = { now: NOW, trustedKeys: [signer.trusted] };
  const first = await importPackBytes(db, await signer.sign(bytesOf(makePack({ packVersion: 2 }))), options);
  expect(first.ok).toBe(true);
  return { db, options };
}

describe("import is atomic: every refusal leaves the database identical", () => {
  it.each([
    ["invalid JSON", () => Promise.resolve(new TextEncoder().encode("{ this is not json"))],
    ["truncated file", async (s: TestSigner) => (await s.sign(bytesOf(makePack({ packVersion: 3 })))).subarray(0, 500)],
    [
      "schema error in the last record",
      async (s: TestSigner) =>
        s.sign(
          bytesOf(
            makePack({
              packVersion: 3,
              services: [svc("a"), svc("b"), svc("z", { needs: ["flying"] as unknown as ["helpline"] })],
            }),
          ),
        ),
    ],
    [
      "bad signature (bytes changed after signing)",
      async (s: TestSigner) => {
        const signed = JSON.parse(new TextDecoder().decode(await s.sign(bytesOf(makePack({ packVersion: 3 }))))) as {
          payload: string;
        };
        const tampered = new TextDecoder()
          .decode(Uint8Array.from(atob(signed.payload), (c) => c.charCodeAt(0)))
          .replace("Service s1", "Service X1");
        signed.payload = btoa(tampered);
        return bytesOf(signed);
      },
    ],
    ["unknown key", async () => (await makeSigner()).sign(bytesOf(makePack({ packVersion: 3 })))],
    ["unsigned pack", () => Promise.resolve(bytesOf(makePack({ packVersion: 3 })))],
    ["older packVersion", async (s: TestSigner) => s.sign(bytesOf(makePack({ packVersion: 1 })))],
    [
      "expired pack",
      async (s: TestSigner) => s.sign(bytesOf(makePack({ packVersion: 3, issuedAt: "2025-01-01", expiresAt: "2026-11-22" }))),
    ],
    ["wrong schemaVersion", async (s: TestSigner) => s.sign(bytesOf({ ...makePack({ packVersion: 3 }), schemaVersion: 99 }))],
    ["unknown key in the envelope", async (s: TestSigner) => s.sign(bytesOf({ ...makePack({ packVersion: 3 }), extra: true }))],
    ["same version, different bytes", async (s: TestSigner) => s.sign(bytesOf(makePack({ packVersion: 2, title: "changed" })))],
  ])("%s", async (_name, build) => {
    const signer = await makeSigner();
    const { db, options } = await signedDb(signer);
    const before = await dump(db);
    const result = await importPackBytes(db, await build(signer), options);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const e of result.errors) expect(e.message.length).toBeGreaterThan(5);
    }
    expect(await dump(db)).toBe(before);
  });

  it("rolls back a write that fails part-way (quota exceeded after some chunks)", async () => {
    const signer = await makeSigner();
    const { db, options } = await signedDb(signer);
    const before = await dump(db);
    const services = Array.from({ length: WRITE_CHUNK * 2 + 10 }, (_, i) => svc(`big-${i}`));
    // A second connection to the same database, whose writes fail like a full disk.
    const failing = createDirectoryDb(db.name);
    failing.use(quotaAfter(WRITE_CHUNK + 5));
    const result = await importPackBytes(failing, await signer.sign(bytesOf(makePack({ packVersion: 3, services }))), options);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.code).toBe("quota-exceeded");
      expect(result.errors[0]?.message).toMatch(/Nothing was changed/);
    }
    expect(await dump(db)).toBe(before);
  });
});

describe("versions", () => {
  it("installs, reports the same pack as already installed, and replaces with a newer one", async () => {
    const signer = await makeSigner();
    const db = freshDb();
    const options: ImportOptions = { now: NOW, trustedKeys: [signer.trusted] };
    const v1 = await signer.sign(bytesOf(makePack({ packVersion: 1, services: [svc("a"), svc("b")] })));
    const first = await importPackBytes(db, v1, options);
    expect(first).toMatchObject({ ok: true, status: "installed", added: 2 });
    if (first.ok) expect(first.pack.trust).toBe("verified");

    const before = await dump(db);
    expect(await importPackBytes(db, v1, options)).toMatchObject({ ok: true, status: "already-installed", added: 0 });
    expect(await dump(db)).toBe(before);

    const v2 = await signer.sign(bytesOf(makePack({ packVersion: 2, services: [svc("b", { name: "B renamed" }), svc("c")] })));
    const second = await importPackBytes(db, v2, options);
    expect(second).toMatchObject({ ok: true, status: "replaced", previousVersion: 1, added: 2, removed: 1 });
    const keys = (await db.services.toArray()).map((r) => r.key).sort();
    expect(keys).toEqual(["essex:essex-police/b", "essex:essex-police/c"]);
    expect((await db.services.get("essex:essex-police/b"))?.service.name).toBe("B renamed");
    expect((await db.packs.get("essex:essex-police"))?.packVersion).toBe(2);

    const older = await importPackBytes(db, v1, options);
    expect(older.ok).toBe(false);
    if (!older.ok) {
      expect(older.errors[0]?.code).toBe("older-version");
      expect(older.errors[0]?.message).toMatch(/older than the installed version 2/);
    }
  });

  it("keeps packs from other publishers and areas apart", async () => {
    const db = freshDb();
    const opts: ImportOptions = { now: NOW, allowUnverified: true };
    await importPackBytes(db, bytesOf(makePack()), opts);
    await importPackBytes(db, bytesOf(makePack({ publisher: { id: "essex-pfcc", name: "Essex PFCC" } })), opts);
    await importPackBytes(db, bytesOf(makePack({ area: "kent", publisher: { id: "kent-police", name: "Kent Police" } })), opts);
    expect(await db.packs.count()).toBe(3);
    expect(await db.services.count()).toBe(6);
  });

  it("keeps local edits through a newer pack and reports them; a local check is superseded", async () => {
    const signer = await makeSigner();
    const db = freshDb();
    const options: ImportOptions = { now: NOW, trustedKeys: [signer.trusted] };
    await importPackBytes(
      db,
      await signer.sign(bytesOf(makePack({ packVersion: 1, services: [svc("a"), svc("b"), svc("c")] }))),
      options,
    );
    const row = await db.services.get("essex:essex-police/a");
    if (row === undefined) throw new Error("missing row");
    const edited = await editService(
      db,
      row.key,
      { service: { ...row.service, description: "Edited locally." }, organisation: row.organisation, locations: row.locations },
      { now: NOW },
    );
    expect(edited.ok).toBe(true);
    await markCheckedToday(db, "essex:essex-police/b", { now: NOW });

    const v2 = await importPackBytes(
      db,
      await signer.sign(
        bytesOf(
          makePack({
            packVersion: 2,
            services: [svc("a", { description: "Official v2." }), svc("b", { description: "Official b v2." })],
          }),
        ),
      ),
      options,
    );
    expect(v2).toMatchObject({
      ok: true,
      status: "replaced",
      keptLocalEdits: ["essex:essex-police/a"],
      supersededLocalChecks: ["essex:essex-police/b"],
    });
    const a = await db.services.get("essex:essex-police/a");
    expect(a?.service.description).toBe("Edited locally.");
    expect(a?.localState).toBe("edited");
    expect(a?.packOriginal?.service.description).toBe("Official v2.");
    const b = await db.services.get("essex:essex-police/b");
    expect(b?.localState).toBeUndefined();
    expect(b?.service.description).toBe("Official b v2.");
    expect(await db.services.get("essex:essex-police/c")).toBeUndefined();
  });

  it("reports progress through every phase", async () => {
    const db = freshDb();
    const seen: ImportProgress[] = [];
    const services = Array.from({ length: 1200 }, (_, i) => svc(`p${i}`));
    const r = await importPackBytes(db, bytesOf(makePack({ services })), {
      now: NOW,
      allowUnverified: true,
      onProgress: (p) => seen.push(p),
    });
    expect(r.ok).toBe(true);
    const phases = [...new Set(seen.map((p) => p.phase))];
    expect(phases).toEqual(["reading", "verifying", "validating", "writing", "done"]);
    expect(seen.filter((p) => p.phase === "validating" && p.total > 0).length).toBeGreaterThanOrEqual(2);
    expect(seen.at(-1)).toEqual({ phase: "done", done: 1200, total: 1200 });
  });
});
