// The worker's Open Referral import (importOrukBytes) into a real Dexie
// database on fake-indexeddb: all or nothing, unverified, unclassified
// services hidden from officers, and numbers never confirmed by a feed.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { createDirectoryDb } from "../../../src/directory/db";
import { importOrukBytes, type OrukImportOptions } from "../../../src/directory/import/importOruk";
import { WRITE_CHUNK } from "../../../src/directory/import/writePack";
import { getEntry } from "../../../src/directory/query/browseArea";
import { findServices } from "../../../src/directory/query/findServices";
import { bytesOf, dump, freshDb, quotaAfter } from "../directory/helpers";
import { CLASSIFIED, NOW, feedService, fixture, testUuid } from "./orukHelpers";

const OPTIONS: OrukImportOptions = {
  now: NOW,
  area: "essex",
  publisher: { id: "essex-county-council", name: "Essex County Council" },
};

describe("importOrukBytes", () => {
  it("installs the feed as one unverified pack; unclassified services stay out of officers' lookups", async () => {
    const db = freshDb();
    const classified = feedService(
      {
        name: "Harbour advocacy",
        phones: [{ id: testUuid(), number: "01632 960000", confirmedBy: { name: "X", on: "2026-11-01" } }],
      },
      CLASSIFIED,
    );
    const r = await importOrukBytes(db, bytesOf({ contents: [classified, feedService({ name: "Food bank" })] }), OPTIONS);
    expect(r).toMatchObject({ ok: true, status: "installed", added: 2, oruk: { services: 2, unclassified: 1 } });
    if (!r.ok) return;
    expect(r.pack.trust).toBe("unverified");
    expect(r.warnings.map((w) => w.code)).toEqual(["unsigned"]);

    const found = await findServices(db, {
      area: "essex",
      stage: "pre-nrm",
      audience: "adult",
      includeNational: false,
      now: NOW,
    });
    expect(found.map((e) => e.service.name)).toEqual(["Harbour advocacy"]);
    const [entry] = found;
    if (entry === undefined) return;
    // A number from a feed is never tap-to-call, whatever the feed claims.
    expect(entry.phones.map((p) => p.status.kind)).toEqual(["unconfirmed"]);
    expect(entry.service.phones[0]?.confirmedBy).toBeUndefined();
    const foodBank = await getEntry(
      db,
      `essex:essex-county-council/${String((await db.services.toArray()).find((s) => s.service.name === "Food bank")?.service.id)}`,
      NOW,
    );
    expect(foodBank?.flags.unclassified).toBe(true);
  });

  it("imports the official example once its http: links are left out", async () => {
    const db = freshDb();
    const bytes = bytesOf(fixture("example-service_full.json"));
    const refused = await importOrukBytes(db, bytes, OPTIONS);
    expect(refused.ok).toBe(false);
    expect(await db.services.count()).toBe(0);
    const r = await importOrukBytes(db, bytes, { ...OPTIONS, dropHttpLinks: true });
    expect(r).toMatchObject({ ok: true, status: "installed", added: 1, oruk: { unclassified: 1 } });
  });

  it.each([
    ["bytes that are not JSON", () => new TextEncoder().encode("{ not json")],
    ["a service with no name", () => bytesOf([feedService({}, CLASSIFIED), feedService({ name: null })])],
    ["an http: link", () => bytesOf([feedService({ url: "http://example.org" }, CLASSIFIED)])],
    ["a phone with letters", () => bytesOf([feedService({ phones: [{ id: testUuid(), number: "CALL 0800" }] }, CLASSIFIED)])],
  ])("%s changes nothing", async (_name, build) => {
    const db = freshDb();
    expect((await importOrukBytes(db, bytesOf([feedService({}, CLASSIFIED)]), OPTIONS)).ok).toBe(true);
    const before = await dump(db);
    const r = await importOrukBytes(db, build(), { ...OPTIONS, now: new Date(NOW.getTime() + 60_000) });
    expect(r.ok).toBe(false);
    expect(await dump(db)).toBe(before);
  });

  it("an unknown area changes nothing", async () => {
    const db = freshDb();
    const r = await importOrukBytes(db, bytesOf([feedService({}, CLASSIFIED)]), { ...OPTIONS, area: "atlantis" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/the area "atlantis"/);
    expect(await db.packs.count()).toBe(0);
  });

  it("a write that fails part-way (disk full) leaves the database as it was", async () => {
    const name = `test-${crypto.randomUUID()}`;
    const db = createDirectoryDb(name);
    expect((await importOrukBytes(db, bytesOf([feedService({}, CLASSIFIED)]), OPTIONS)).ok).toBe(true);
    const before = await dump(db);
    db.close();
    const failing = createDirectoryDb(name);
    failing.use(quotaAfter(WRITE_CHUNK + 5));
    const many = Array.from({ length: WRITE_CHUNK * 2 }, (_, i) => feedService({ name: `Service ${i}` }, CLASSIFIED));
    const r = await importOrukBytes(failing, bytesOf(many), { ...OPTIONS, now: new Date(NOW.getTime() + 60_000) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.code).toBe("quota-exceeded");
    expect(await dump(failing)).toBe(before);
  });

  it("a later import of the same feed replaces the earlier one", async () => {
    const db = freshDb();
    const a = feedService({ name: "Kept" }, CLASSIFIED);
    await importOrukBytes(db, bytesOf([a, feedService({ name: "Dropped" }, CLASSIFIED)]), OPTIONS);
    const r = await importOrukBytes(db, bytesOf([a]), { ...OPTIONS, now: new Date(NOW.getTime() + 86_400_000) });
    expect(r).toMatchObject({ ok: true, status: "replaced", removed: 1 });
    expect((await db.services.toArray()).map((s) => s.service.name)).toEqual(["Kept"]);
  });

  it("named directories: the same name updates its own pack, another name adds one beside it, no name changes nothing", async () => {
    const db = freshDb();
    const named = (name: string, days = 0): OrukImportOptions => ({
      now: new Date(NOW.getTime() + days * 86_400_000),
      area: "essex",
      publisher: { name },
    });
    const county = bytesOf([feedService({ name: "County advice" }, CLASSIFIED)]);
    const city = bytesOf([feedService({ name: "City drop-in" }, CLASSIFIED)]);
    expect(await importOrukBytes(db, county, named("Essex Family Information Service"))).toMatchObject({
      ok: true,
      status: "installed",
      pack: { publisher: { id: "oruk-essex-family-information-service" } },
    });
    // A second council's directory for the same area does not replace the first.
    expect(await importOrukBytes(db, city, named("Southend directory", 1))).toMatchObject({ ok: true, status: "installed" });
    const names = async () => (await db.services.toArray()).map((s) => s.service.name).sort();
    expect(await names()).toEqual(["City drop-in", "County advice"]);
    // The same name, spaced and capitalised differently, updates its own pack only.
    const countyNext = bytesOf([feedService({ name: "County advice line" }, CLASSIFIED)]);
    expect(await importOrukBytes(db, countyNext, named("  essex family   information service ", 2))).toMatchObject({
      ok: true,
      status: "replaced",
      removed: 1,
    });
    expect(await names()).toEqual(["City drop-in", "County advice line"]);

    const before = await dump(db);
    const nameless = await importOrukBytes(db, county, named("   ", 3));
    expect(nameless.ok || nameless.errors[0]?.message).toMatch(/Enter the directory's name/);
    expect(await dump(db)).toBe(before);
  });

  it("an import made before directories had names is updated by importing under its name", async () => {
    const db = freshDb();
    const legacy = { id: "essex-open-referral", name: "Open Referral UK import for Essex" };
    await importOrukBytes(db, bytesOf([feedService({ name: "Old" }, CLASSIFIED)]), { ...OPTIONS, publisher: legacy });
    const r = await importOrukBytes(db, bytesOf([feedService({ name: "New" }, CLASSIFIED)]), {
      now: new Date(NOW.getTime() + 86_400_000),
      area: "essex",
      publisher: { name: legacy.name },
    });
    expect(r).toMatchObject({ ok: true, status: "replaced", pack: { publisher: { id: "essex-open-referral" } } });
    expect((await db.services.toArray()).map((s) => s.service.name)).toEqual(["New"]);
  });
});
