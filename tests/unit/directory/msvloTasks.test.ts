// The MSVLO's tasks as domain functions (issue #12): the whole entry form
// with plain field problems, the area dashboard, classifying an imported
// service, and retiring with undo.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { draftFromForm, fieldProblems, formFromEntry, EMPTY_PERIOD } from "../../../src/directory/edit/entryForm";
import { addLocalService, classifyService, retireService, undoRetire } from "../../../src/directory/edit/localEdits";
import { validateDraft } from "../../../src/directory/edit/validateDraft";
import { importPackBytes } from "../../../src/directory/import/importPack";
import { getAreaDashboard, COVERAGE_COLUMNS } from "../../../src/directory/query/areaDashboard";
import { findServices } from "../../../src/directory/query/findServices";
import { recognisableFileName } from "../../../src/directory/edit/exportFileName";
import { bytesOf, freshDb, makePack, NOW, svc } from "./helpers";

const ctx = { now: NOW, newId: (p: string) => `${p}-fixed` };

describe("the entry form", () => {
  it("defaults a new entry to the MSVLO's own area and keeps every part of a whole entry", () => {
    const form = formFromEntry(null, "essex");
    expect(form.area).toBe("essex");
    const filled = {
      ...form,
      name: "Harbour House",
      organisation: "Harbour Trust",
      description: "Emergency beds for adults.",
      phones: [
        { number: "01245 000 111", label: "Referrals" },
        { number: "01245 000 222", label: "Out of hours" },
      ],
      stages: ["pre-nrm" as const],
      audience: "adult" as const,
      needs: ["emergency-accommodation" as const],
      hoursKind: "weekly" as const,
      periods: [EMPTY_PERIOD],
      languages: "en, pl ro",
      confidential: true,
      locationName: "Refuge",
      line1: "1 Secret Street",
      town: "Chelmsford",
      eligibility: "Adults",
      minimumAge: "18",
      sourceTitle: "Harbour Trust referral leaflet",
      sourceUrl: "https://example.org/leaflet",
    };
    const checked = validateDraft(draftFromForm(filled, null, ctx));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const { service, locations } = checked.snapshot;
    expect(service.phones.map((p) => [p.number, p.description, p.verification])).toEqual([
      ["01245 000 111", "Referrals", "verify"],
      ["01245 000 222", "Out of hours", "verify"],
    ]);
    expect(service.hours).toEqual({ open247: false, weekly: [EMPTY_PERIOD] });
    expect(service.languages).toEqual(["en", "pl", "ro"]);
    expect(service.minimumAge).toBe(18);
    // A confidential location never keeps the address typed before ticking the box.
    expect(locations).toEqual([{ id: "loc-fixed", name: "Refuge", confidentialAddress: true }]);
    expect(service.provenance.sources[0]).toMatchObject({
      title: "Harbour Trust referral leaflet",
      url: "https://example.org/leaflet",
    });
    // Round trip: the form for the saved entry shows what was typed.
  });

  it("names each field in plain words, once, in the form's order", () => {
    const form = { ...formFromEntry(null, "essex"), phones: [{ number: "call me", label: "" }], sourceUrl: "http://x.org" };
    const checked = validateDraft(draftFromForm(form, null, ctx));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const problems = fieldProblems(checked.errors);
    expect(problems.map((p) => `${p.field}:${p.kind}`)).toEqual([
      "name:required",
      "organisation:required",
      "description:required",
      "phones:invalid",
      "stages:required",
      "audience:required",
      "needs:required",
      "sourceTitle:required",
      "sourceUrl:invalid",
    ]);
    expect(problems.find((p) => p.field === "phones")?.detail).toMatch(/digits/);
  });
});

describe("classify, retire and undo", () => {
  it("an unclassified service is invisible to officers until classified", async () => {
    const db = freshDb();
    const pack = makePack({
      schemaVersion: 2,
      services: [svc("u", { unclassified: true, stages: [], needs: [], audience: undefined }), svc("k")],
    });
    expect((await importPackBytes(db, bytesOf(pack), { now: NOW, allowUnverified: true })).ok).toBe(true);
    const before = await findServices(db, { area: "essex", stage: "pre-nrm", audience: "adult", now: NOW });
    expect(before.map((e) => e.service.id)).toEqual(["k"]);
    const dash = await getAreaDashboard(db, "essex", NOW);
    expect(dash.unclassified).toBe(1);

    const missing = await classifyService(
      db,
      "essex:essex-police/u",
      { stages: [], audience: undefined, needs: [] },
      { now: NOW },
    );
    expect(missing.ok).toBe(false);
    const done = await classifyService(
      db,
      "essex:essex-police/u",
      { stages: ["pre-nrm"], audience: "both", needs: ["advocacy-navigator"] },
      { now: NOW },
    );
    expect(done.ok).toBe(true);
    const after = await findServices(db, { area: "essex", stage: "pre-nrm", audience: "adult", now: NOW });
    expect(after.map((e) => e.service.id).sort()).toEqual(["k", "u"]);
    expect((await getAreaDashboard(db, "essex", NOW)).unclassified).toBe(0);
  });

  it("retires a pack entry and a local one, and undo puts each back exactly", async () => {
    const db = freshDb();
    await importPackBytes(db, bytesOf(makePack({ services: [svc("a")] })), { now: NOW, allowUnverified: true });
    const before = await db.services.get("essex:essex-police/a");
    const retired = await retireService(db, "essex:essex-police/a", { now: NOW });
    expect(retired.ok && retired.previous).toEqual(before);
    expect((await getAreaDashboard(db, "essex", NOW)).retired).toBe(1);
    if (!retired.ok || retired.previous === undefined) throw new Error("not retired");
    expect(await undoRetire(db, { previous: retired.previous })).toEqual({ ok: true });
    expect(await db.services.get("essex:essex-police/a")).toEqual(before);

    const org = { id: "org-l", name: "Local org", provenance: svc("x").provenance };
    const added = await addLocalService(
      db,
      { service: svc("l", { organisationId: "org-l" }), organisation: org, locations: [] },
      { now: NOW },
    );
    if (!added.ok) throw new Error("not added");
    const local = await db.services.get(added.entry.key);
    const gone = await retireService(db, added.entry.key, { now: NOW });
    expect(await db.services.get(added.entry.key)).toBeUndefined();
    if (!gone.ok || gone.previous === undefined) throw new Error("not retired");
    await undoRetire(db, { previous: gone.previous });
    expect(await db.services.get(added.entry.key)).toEqual(local);
  });
});

describe("the area dashboard", () => {
  it("counts coverage by stage, audience and need, and marks the gaps", async () => {
    const db = freshDb();
    const pack = makePack({
      services: [
        svc("a", {
          stages: ["pre-nrm"],
          audience: "both",
          needs: ["emergency-accommodation"],
          phones: [{ number: "01245 000 111", verification: "verify" }],
        }),
        svc("b", { stages: ["declined-nrm"], audience: "adult", needs: ["advocacy-navigator"], assuredDate: "2025-01-01" }),
      ],
    });
    await importPackBytes(db, bytesOf(pack), { now: NOW, allowUnverified: true });
    const dash = await getAreaDashboard(db, "essex", NOW);
    const col = (stage: string, audience: string) =>
      COVERAGE_COLUMNS.findIndex((c) => c.stage === stage && c.audience === audience);
    const any = dash.coverage.find((r) => r.need === null);
    expect(any?.counts[col("pre-nrm", "adult")]).toBe(1);
    expect(any?.counts[col("pre-nrm", "child")]).toBe(1);
    expect(any?.counts[col("post-nrm", "adult")]).toBe(0);
    expect(dash.coverage.find((r) => r.need === "emergency-accommodation")?.counts[col("declined-nrm", "adult")]).toBe(0);
    expect(dash).toMatchObject({ active: 2, stale: 1, unconfirmedNumber: 1, noNumber: 1, unclassified: 0 });
    const cells = dash.coverage.length * COVERAGE_COLUMNS.length;
    const filled = dash.coverage.reduce((n, r) => n + r.counts.filter((c) => c > 0).length, 0);
    expect(dash.gaps).toBe(cells - filled);
  });
});

describe("export file names", () => {
  it("reads as words a person recognises, with the date, and nothing unsafe", () => {
    expect(recognisableFileName(["Devon and Cornwall", "whole area"], NOW)).toBe(
      "Waymark - Devon and Cornwall - whole area - 2026-11-23.json",
    );
    expect(recognisableFileName(["a/b\\c:d"], NOW)).toBe("Waymark - a b c d - 2026-11-23.json");
  });
});
