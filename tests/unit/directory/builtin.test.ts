/// <reference types="node" />
import "fake-indexeddb/auto";
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILTIN_PACKS, BUILTIN_PACK_INPUTS, builtinPackFileName, builtinPackFileText } from "../../../src/directory/builtin/builtinPacks";
import { ensureBuiltinDirectory } from "../../../src/directory/builtin/ensureBuiltinDirectory";
import { CONFIRMED_NUMBERS, phoneDigits } from "../../../src/directory/schema/confirmedNumbers";
import { validatePackBytes } from "../../../src/directory/pack/validatePack";
import { importPackBytes } from "../../../src/directory/import/importPack";
import { findServices } from "../../../src/directory/query/findServices";
import { getDirectoryStatus } from "../../../src/directory/status";
import { dump, freshDb, NOW } from "./helpers";

const PUBLIC_PACKS = new URL("../../../public/packs/", import.meta.url);
const SHARED_CONTACTS = new URL("../../../../shared/domain/verified-contacts.json", import.meta.url);

describe("built-in sample data", () => {
  it("every sample pack is valid, marked sample, with its source cited", () => {
    expect(BUILTIN_PACKS.length).toBe(BUILTIN_PACK_INPUTS.length);
    for (const pack of BUILTIN_PACKS) {
      const r = validatePackBytes(new TextEncoder().encode(builtinPackFileText(pack)));
      expect(r.ok, pack.area).toBe(true);
      for (const s of pack.content.services) {
        expect(s.sample, s.id).toBe(true);
        expect(s.sampleSource, s.id).toMatch(/seeds\/|brief\.md/);
        expect(s.provenance.sources.length).toBeGreaterThan(0);
        expect(s.provenance.lastReviewed).toBe("2026-11-23");
        expect(s.assuredDate).toBe("2026-11-23");
        if (s.provenance.verification === "verify") expect(s.provenance.verificationNote, s.id).toBeDefined();
        // No number: the entry must say so.
        if (s.phones.length === 0) expect(s.noPhoneNote, s.id).toBeDefined();
      }
    }
  });

  it("shows only phone numbers from the confirmed list, all marked confirmed", () => {
    const confirmed = new Set(CONFIRMED_NUMBERS.map((c) => phoneDigits(c.number)));
    const phones = BUILTIN_PACKS.flatMap((p) => p.content.services.flatMap((s) => s.phones));
    expect(phones.length).toBeGreaterThan(0);
    for (const p of phones) {
      expect(confirmed.has(phoneDigits(p.number)), p.number).toBe(true);
      expect(p.verification).toBe("confirmed");
    }
    // No digit run that looks like a phone number hides in the text fields either.
    const text = JSON.stringify(BUILTIN_PACKS.map((p) => p.content));
    for (const run of text.match(/\b0\d[\d ]{7,}\d\b/g) ?? []) expect(confirmed.has(phoneDigits(run)), run).toBe(true);
  });

  it("the app's confirmed list matches the project's checked list", () => {
    let shared: { confirmed: { phone: string }[] } | undefined;
    try {
      shared = JSON.parse(readFileSync(SHARED_CONTACTS, "utf8")) as { confirmed: { phone: string }[] };
    } catch {
      shared = undefined; // the shared folder is outside the repository; CI may not have it
    }
    if (shared === undefined) return;
    expect(CONFIRMED_NUMBERS.map((c) => phoneDigits(c.number)).sort()).toEqual(shared.confirmed.map((c) => phoneDigits(c.phone)).sort());
  });

  it("public/packs holds exactly the built-in packs, byte for byte", () => {
    const files = readdirSync(PUBLIC_PACKS).filter((f) => f.endsWith(".sample.json")).sort();
    expect(files).toEqual(BUILTIN_PACKS.map(builtinPackFileName).sort());
    for (const pack of BUILTIN_PACKS) {
      expect(readFileSync(new URL(builtinPackFileName(pack), PUBLIC_PACKS), "utf8"), builtinPackFileName(pack)).toBe(builtinPackFileText(pack));
    }
  });

  it("loads once on first start, is idempotent, and makes the directory usable", async () => {
    const db = freshDb();
    const first = await ensureBuiltinDirectory(db, { now: NOW });
    expect(first.loaded).toBe(true);
    expect(first.results.every((r) => r.ok && r.status === "installed")).toBe(true);
    const before = await dump(db);
    expect((await ensureBuiltinDirectory(db, { now: NOW })).loaded).toBe(false);
    expect(await dump(db)).toBe(before);
    expect((await getDirectoryStatus(db, NOW)).health).toBe("samples-only");

    const found = await findServices(db, { area: "devon-and-cornwall", stage: "pre-nrm", audience: "adult", needs: ["immediate-needs-fund"], now: NOW });
    expect(found.map((e) => e.service.id)).toContain("dc-immediate-support-fund");
    expect(found.every((e) => e.flags.sample)).toBe(true);

    // The same pack imported from its public file is recognised as already installed.
    const file = readFileSync(new URL("devon-and-cornwall.sample.json", PUBLIC_PACKS));
    const again = await importPackBytes(db, new Uint8Array(file), { now: NOW, allowUnverified: true });
    expect(again).toMatchObject({ ok: true, status: "already-installed" });
  });

  it("never shows a confidential address", () => {
    const locations = BUILTIN_PACKS.flatMap((p) => p.content.locations);
    for (const l of locations) if (l.confidentialAddress) expect(l.address).toBeUndefined();
  });
});
