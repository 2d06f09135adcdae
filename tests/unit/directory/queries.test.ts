import "fake-indexeddb/auto";
import { beforeAll, describe, expect, it } from "vitest";
import type { DirectoryDb } from "../../../src/directory/db";
import { importPackBytes } from "../../../src/directory/import/importPack";
import { findServices } from "../../../src/directory/query/findServices";
import { searchServicesByName } from "../../../src/directory/query/searchServices";
import { getAreaSummary, listAreaServices } from "../../../src/directory/query/browseArea";
import { retireService } from "../../../src/directory/edit/localEdits";
import { getDirectoryStatus } from "../../../src/directory/status";
import { bytesOf, freshDb, makePack, NOW, svc } from "./helpers";

let db: DirectoryDb;
const names = (entries: { service: { id: string } }[]) => entries.map((e) => e.service.id);

beforeAll(async () => {
  db = freshDb();
  const essex = makePack({
    services: [
      svc("navigator", {
        name: "Victim Navigator",
        stages: ["pre-nrm", "post-nrm", "declined-nrm"],
        needs: ["advocacy-navigator"],
      }),
      svc("hotel-fund", {
        name: "Emergency Hotel Fund",
        stages: ["pre-nrm"],
        needs: ["emergency-accommodation", "immediate-needs-fund"],
      }),
      svc("child-team", { name: "Children's Exploitation Team", audience: "child", needs: ["children-safeguarding"] }),
      svc("night-line", {
        name: "Night Line",
        hours: { open247: true },
        needs: ["helpline"],
        audience: "both",
        stages: ["pre-nrm", "declined-nrm"],
      }),
      svc("after-cg", {
        name: "After Decision Support",
        stages: ["post-nrm"],
        postNrmSubStages: ["positive-cg"],
        needs: ["practical-support"],
      }),
      svc("old-entry", { name: "Old Unchecked Entry", assuredDate: "2026-05-01", needs: ["legal-advice"] }),
      svc("elan-legal", { name: "Élan Légal Advice", needs: ["legal-advice"] }),
    ],
  });
  const kent = makePack({
    area: "kent",
    publisher: { id: "kent-police", name: "Kent Police" },
    services: [svc("kent-only", { area: { forceArea: "kent" } })],
  });
  const national = makePack({
    area: "national",
    publisher: { id: "nat", name: "National" },
    expiresAt: "2026-11-30",
    services: [
      svc("helpline", {
        name: "National Helpline",
        area: { forceArea: "national" },
        hours: { open247: true },
        audience: "both",
        needs: ["helpline"],
        stages: ["pre-nrm", "post-nrm", "declined-nrm"],
      }),
      svc("msvcc", {
        name: "Victim Care Contract",
        area: { forceArea: "national" },
        stages: ["post-nrm"],
        postNrmSubStages: ["positive-rg", "positive-cg"],
        needs: ["emergency-accommodation"],
      }),
    ],
  });
  for (const p of [essex, kent, national]) {
    const r = await importPackBytes(db, bytesOf(p), { now: NOW, allowUnverified: true });
    expect(r.ok).toBe(true);
  }
});

describe("findServices", () => {
  it("returns the area's services plus national ones, 24/7 first, local before national, then by name", async () => {
    const r = await findServices(db, { area: "essex", stage: "pre-nrm", audience: "adult", now: NOW });
    expect(names(r)).toEqual(["night-line", "helpline", "elan-legal", "hotel-fund", "old-entry", "navigator"]);
    expect(names(r)).not.toContain("kent-only");
  });

  it("filters by audience: a child sees child and 'both' services only", async () => {
    const r = await findServices(db, { area: "essex", stage: "pre-nrm", audience: "child", now: NOW });
    expect(names(r)).toEqual(["night-line", "helpline", "child-team"]);
  });

  it("filters by need (any of several)", async () => {
    const one = await findServices(db, {
      area: "essex",
      stage: "pre-nrm",
      audience: "adult",
      needs: ["emergency-accommodation"],
      now: NOW,
    });
    expect(names(one)).toEqual(["hotel-fund"]);
    const two = await findServices(db, {
      area: "essex",
      stage: "pre-nrm",
      audience: "adult",
      needs: ["emergency-accommodation", "helpline"],
      now: NOW,
    });
    expect(names(two)).toEqual(["night-line", "helpline", "hotel-fund"]);
  });

  it("distinguishes post-NRM sub-stages and declined-NRM", async () => {
    const anyPost = await findServices(db, { area: "essex", stage: "post-nrm", audience: "adult", now: NOW });
    expect(names(anyPost).sort()).toEqual(["after-cg", "helpline", "msvcc", "navigator"]);
    const rg = await findServices(db, { area: "essex", stage: "post-nrm", subStage: "positive-rg", audience: "adult", now: NOW });
    expect(names(rg).sort()).toEqual(["helpline", "msvcc", "navigator"]);
    const declined = await findServices(db, { area: "essex", stage: "declined-nrm", audience: "adult", now: NOW });
    expect(names(declined)).toEqual(["night-line", "helpline", "navigator"]);
  });

  it("respects the limit and can leave out national services", async () => {
    expect(await findServices(db, { area: "essex", stage: "pre-nrm", audience: "adult", limit: 2, now: NOW })).toHaveLength(2);
    const localOnly = await findServices(db, {
      area: "essex",
      stage: "pre-nrm",
      audience: "adult",
      includeNational: false,
      now: NOW,
    });
    expect(localOnly.every((e) => e.area === "essex")).toBe(true);
  });

  it("keeps the first services in display order when the limit cuts a list, once each when several needs match", async () => {
    const first3 = await findServices(db, { area: "essex", stage: "pre-nrm", audience: "adult", limit: 3, now: NOW });
    expect(names(first3)).toEqual(["night-line", "helpline", "elan-legal"]);
    // The hotel fund matches two of the needs asked for; it counts once.
    const needs = await findServices(db, {
      area: "essex",
      stage: "pre-nrm",
      audience: "adult",
      needs: ["legal-advice", "emergency-accommodation", "immediate-needs-fund"],
      limit: 2,
      now: NOW,
    });
    expect(names(needs)).toEqual(["elan-legal", "hotel-fund"]);
  });

  it("rejects a sub-stage without post-nrm", async () => {
    await expect(
      findServices(db, { area: "essex", stage: "pre-nrm", subStage: "positive-rg", audience: "adult", now: NOW }),
    ).rejects.toThrow();
  });

  it("flags entries not checked for 180 days and packs past expiresAt, by the given clock", async () => {
    const today = await findServices(db, { area: "essex", stage: "pre-nrm", audience: "adult", now: NOW });
    const old = today.find((e) => e.service.id === "old-entry");
    expect(old?.flags).toMatchObject({ stale: true, daysSinceAssured: 206 });
    expect(today.find((e) => e.service.id === "navigator")?.flags.stale).toBe(false);
    expect(today.find((e) => e.service.id === "helpline")?.flags.packExpired).toBe(false);

    const later = await findServices(db, {
      area: "essex",
      stage: "pre-nrm",
      audience: "adult",
      now: new Date("2026-12-01T12:00:00Z"),
    });
    expect(later.find((e) => e.service.id === "helpline")?.flags.packExpired).toBe(true);
    expect(later.find((e) => e.service.id === "navigator")?.flags.packExpired).toBe(false);
    // Day 180 is still current; day 181 is stale.
    const day180 = await findServices(db, {
      area: "essex",
      stage: "pre-nrm",
      audience: "adult",
      now: new Date("2027-05-22T12:00:00Z"),
    });
    expect(day180.find((e) => e.service.id === "navigator")?.flags.stale).toBe(false);
    const day181 = await findServices(db, {
      area: "essex",
      stage: "pre-nrm",
      audience: "adult",
      now: new Date("2027-05-23T12:00:00Z"),
    });
    expect(day181.find((e) => e.service.id === "navigator")?.flags.stale).toBe(true);
  });

  it("marks unverified packs on every entry", async () => {
    const r = await findServices(db, { area: "essex", stage: "pre-nrm", audience: "adult", now: NOW });
    expect(r.every((e) => e.flags.unverified)).toBe(true);
  });
});

describe("searchServicesByName", () => {
  it("matches word prefixes of service and organisation names, ignoring case and accents", async () => {
    expect(names(await searchServicesByName(db, "vict nav", { now: NOW }))).toEqual(["navigator"]);
    expect(names(await searchServicesByName(db, "elan", { now: NOW }))).toEqual(["elan-legal"]);
    expect(names(await searchServicesByName(db, "LÉGAL", { now: NOW }))).toEqual(["elan-legal"]);
    expect((await searchServicesByName(db, "organisation", { now: NOW, limit: 100 })).length).toBe(10);
    expect(await searchServicesByName(db, "  ", { now: NOW })).toEqual([]);
    expect(await searchServicesByName(db, "zzz", { now: NOW })).toEqual([]);
  });

  it("limits to an area plus national", async () => {
    const r = await searchServicesByName(db, "service", { now: NOW, area: "essex" });
    expect(names(r)).not.toContain("kent-only");
    const k = await searchServicesByName(db, "service", { now: NOW, area: "kent" });
    expect(names(k)).toEqual(["kent-only"]);
  });

  it("leaves out services waiting to be classified unless asked for them", async () => {
    const own = freshDb();
    const pack = makePack({
      schemaVersion: 2,
      services: [svc("sorted"), svc("waiting", { unclassified: true, stages: [], needs: [] })],
    });
    expect((await importPackBytes(own, bytesOf(pack), { now: NOW, allowUnverified: true })).ok).toBe(true);
    expect(names(await searchServicesByName(own, "service", { now: NOW }))).toEqual(["sorted"]);
    expect(names(await searchServicesByName(own, "service", { now: NOW, includeUnclassified: true }))).toEqual([
      "sorted",
      "waiting",
    ]);
  });
});

describe("MSVLO browsing and retirement", () => {
  it("lists an area, summarises it, and a retired entry leaves officer lookups", async () => {
    const own = freshDb();
    await importPackBytes(own, bytesOf(makePack({ services: [svc("a", { assuredDate: "2026-01-01" }), svc("b")] })), {
      now: NOW,
      allowUnverified: true,
    });
    expect(names(await listAreaServices(own, "essex", { now: NOW }))).toEqual(["a", "b"]);
    expect(names(await listAreaServices(own, "essex", { now: NOW, staleOnly: true }))).toEqual(["a"]);
    const retired = await retireService(own, "essex:essex-police/a", { now: NOW });
    expect(retired.ok).toBe(true);
    expect(names(await findServices(own, { area: "essex", stage: "pre-nrm", audience: "adult", now: NOW }))).toEqual(["b"]);
    expect(names(await searchServicesByName(own, "service", { now: NOW }))).toEqual(["b"]);
    const all = await listAreaServices(own, "essex", { now: NOW, includeRetired: true });
    expect(all.find((e) => e.service.id === "a")?.flags).toMatchObject({ retired: true, local: "retired" });
    const summary = await getAreaSummary(own, "essex", NOW);
    expect(summary).toMatchObject({ services: 2, active: 1, retired: 1, localEdits: 1, stale: 0 });
    expect(summary.byNeed["advocacy-navigator"]).toBe(1);
    const status = await getDirectoryStatus(own, NOW);
    expect(status).toMatchObject({ health: "ok", services: 2, localEdits: 1, unverifiedPacks: ["essex:essex-police"] });
  });

  it("reports an empty directory plainly", async () => {
    expect((await getDirectoryStatus(freshDb(), NOW)).health).toBe("empty");
  });
});
