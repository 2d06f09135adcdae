import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import {
  addLocalService,
  editService,
  markCheckedToday,
  retireService,
  revertLocalEdit,
} from "../../../src/directory/edit/localEdits";
import { exportPack } from "../../../src/directory/edit/exportPack";
import { importPackBytes } from "../../../src/directory/import/importPack";
import { listLocalEdits, getEntry } from "../../../src/directory/query/browseArea";
import { findServices } from "../../../src/directory/query/findServices";
import { bytesOf, freshDb, makePack, NOW, PROVENANCE, svc } from "./helpers";

const ORG = { id: "org-1", name: "Organisation one", provenance: PROVENANCE };
const LATER = new Date("2027-01-10T09:00:00Z");

async function seeded() {
  const db = freshDb();
  const r = await importPackBytes(
    db,
    bytesOf(makePack({ services: [svc("a", { assuredDate: "2026-01-01" }), svc("b"), svc("c")] })),
    { now: NOW, allowUnverified: true },
  );
  expect(r.ok).toBe(true);
  return db;
}

describe("local edits", () => {
  it("adds, edits, checks and retires entries, each shown as local", async () => {
    const db = await seeded();
    const added = await addLocalService(
      db,
      { service: svc("new-1", { name: "New Local Service" }), organisation: ORG, locations: [] },
      { now: NOW },
    );
    expect(added.ok && added.entry.flags.local).toBe("added");
    expect(added.ok && added.entry.pack).toBeNull();

    const a = await getEntry(db, "essex:essex-police/a", LATER);
    expect(a?.flags.stale).toBe(true);
    const checked = await markCheckedToday(db, "essex:essex-police/a", { now: LATER });
    expect(checked.ok && checked.entry.service.assuredDate).toBe("2027-01-10");
    expect(checked.ok && checked.entry.flags).toMatchObject({ stale: false, local: "checked" });

    const b = await getEntry(db, "essex:essex-police/b", NOW);
    if (b === undefined) throw new Error("missing");
    const edited = await editService(
      db,
      b.key,
      { service: { ...b.service, name: "B edited", needs: ["helpline"] }, organisation: b.organisation, locations: [] },
      { now: NOW },
    );
    expect(edited.ok && edited.entry.flags.local).toBe("edited");
    const helplines = await findServices(db, {
      area: "essex",
      stage: "pre-nrm",
      audience: "adult",
      needs: ["helpline"],
      now: NOW,
    });
    expect(helplines.map((e) => e.service.name)).toEqual(["B edited"]);

    expect((await retireService(db, "essex:essex-police/c", { now: NOW })).ok).toBe(true);
    const local = await listLocalEdits(db, NOW);
    // Sorted by name: "B edited", "New Local Service", "Service a", "Service c".
    expect(local.map((e) => [e.service.id, e.flags.local])).toEqual([
      ["b", "edited"],
      ["new-1", "added"],
      ["a", "checked"],
      ["c", "retired"],
    ]);
  });

  it("refuses invalid drafts with errors naming the field, and changes nothing", async () => {
    const db = await seeded();
    const bad = await addLocalService(
      db,
      { service: svc("x", { links: [{ label: "Bad", href: "javascript:alert(1)" }] }), organisation: ORG, locations: [] },
      { now: NOW },
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatchObject({ record: "x", field: "links[0].href", path: "service.links[0].href" });
    const dangling = await addLocalService(
      db,
      { service: svc("y", { locationIds: ["nowhere"] }), organisation: ORG, locations: [] },
      { now: NOW },
    );
    expect(!dangling.ok && dangling.errors[0]?.code).toBe("reference");
    const b = await getEntry(db, "essex:essex-police/b", NOW);
    if (b === undefined) throw new Error("missing");
    const moved = await editService(
      db,
      b.key,
      { service: { ...b.service, id: "b2" }, organisation: b.organisation, locations: [] },
      { now: NOW },
    );
    expect(moved.ok).toBe(false);
    expect(await listLocalEdits(db, NOW)).toEqual([]);
  });

  it("reverts to the pack's version, and deletes entries only added here", async () => {
    const db = await seeded();
    const b = await getEntry(db, "essex:essex-police/b", NOW);
    if (b === undefined) throw new Error("missing");
    await editService(
      db,
      b.key,
      { service: { ...b.service, name: "Changed" }, organisation: b.organisation, locations: [] },
      { now: NOW },
    );
    await retireService(db, b.key, { now: NOW });
    expect((await getEntry(db, b.key, NOW))?.flags.retired).toBe(true);
    expect(await revertLocalEdit(db, b.key)).toEqual({ ok: true, removed: false });
    const back = await getEntry(db, b.key, NOW);
    expect(back?.service.name).toBe("Service b");
    expect(back?.flags).toMatchObject({ local: null, retired: false });

    await addLocalService(db, { service: svc("tmp"), organisation: ORG, locations: [] }, { now: NOW });
    expect(await retireService(db, "essex:local/tmp", { now: NOW })).toMatchObject({ ok: true, deleted: true });
    expect(await getEntry(db, "essex:local/tmp", NOW)).toBeUndefined();
  });
});

describe("export of local edits", () => {
  it("round-trips through import into a fresh directory", async () => {
    const db = await seeded();
    await addLocalService(
      db,
      { service: svc("new-1", { name: "New Local Service", needs: ["legal-advice"] }), organisation: ORG, locations: [] },
      { now: NOW },
    );
    await markCheckedToday(db, "essex:essex-police/a", { now: LATER });
    await retireService(db, "essex:essex-police/c", { now: NOW });

    const exported = await exportPack(db, {
      area: "essex",
      publisher: { id: "essex-msvlo", name: "Essex MSVLO local edits" },
      packVersion: 5,
      now: LATER,
    });
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    expect(exported.count).toBe(3);
    expect(exported.fileName).toBe("essex-essex-msvlo-v5.local-edits.json");
    expect(exported.pack.expiresAt).toBe("2027-07-09");

    const other = freshDb();
    const r = await importPackBytes(other, exported.bytes, { now: LATER, allowUnverified: true });
    expect(r).toMatchObject({ ok: true, status: "installed", added: 3 });
    const rows = await other.services.orderBy("key").toArray();
    expect(rows.map((x) => x.service)).toEqual(exported.pack.content.services.slice().sort((x, y) => (x.id < y.id ? -1 : 1)));
    expect(rows.find((x) => x.service.id === "c")?.service.status).toBe("inactive");
    expect(rows.find((x) => x.service.id === "a")?.service.assuredDate).toBe("2027-01-10");
  });

  it("can export the whole area as it stands", async () => {
    const db = await seeded();
    const all = await exportPack(db, {
      area: "essex",
      publisher: { id: "essex-police", name: "Essex Police" },
      packVersion: 2,
      now: NOW,
      scope: "area",
    });
    expect(all.ok && all.count).toBe(3);
  });
});
