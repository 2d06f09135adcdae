// The MSVLO's tasks as domain functions (issue #12): the whole entry form
// with plain field problems, the area dashboard, classifying an imported
// service, and retiring with undo.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import {
  classifyProblems,
  draftFromForm,
  fieldProblems,
  formFromEntry,
  EMPTY_PERIOD,
} from "../../../src/directory/edit/entryForm";
import {
  addLocalService,
  classifyService,
  editService,
  markCheckedToday,
  retireService,
  revertLocalEdit,
  undoRetire,
} from "../../../src/directory/edit/localEdits";
import { exportPack } from "../../../src/directory/edit/exportPack";
import { withClassificationOf } from "../../../src/directory/edit/classification";
import { confirmNumber } from "../../../src/directory/edit/confirmNumber";
import { getEntry, listAreaServices } from "../../../src/directory/query/browseArea";
import { BROWSE_SHORTCUTS, shortcutFilters } from "../../../src/directory/query/browseShortcut";
import { telNumber } from "../../../src/shared/verifiedNumbers";
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
  });

  it("editing a full pack entry through the form changes only what the form shows", async () => {
    const db = freshDb();
    const sources = [
      { title: "Essex referral pathway", publisher: "Essex Police", section: "3.2", version: "2026" },
      { title: "Second source", version: "2025" },
    ];
    const provenance = {
      sources,
      lastReviewed: "2026-11-01",
      verification: "verify" as const,
      verificationNote: "Publisher note.",
    };
    const pack = makePack({
      services: [
        svc("full", {
          status: "inactive",
          links: [{ label: "Referral form", href: "https://example.org/form" }],
          stages: ["post-nrm"],
          postNrmSubStages: ["awaiting-rg"],
          genderRestriction: "women",
          alternateName: "Full",
          eligibility: "Women only",
          locationIds: ["l1", "l2"],
          provenance,
        }),
      ],
      content: {
        locations: [
          {
            id: "l1",
            name: "Office",
            description: "Ground floor",
            confidentialAddress: false,
            address: { line1: "1 High St", town: "Chelmsford" },
          },
          { id: "l2", name: "Refuge", confidentialAddress: true },
        ],
      },
    });
    expect((await importPackBytes(db, bytesOf(pack), { now: NOW, allowUnverified: true })).ok).toBe(true);
    const entry = await getEntry(db, "essex:essex-police/full", NOW);
    if (entry === undefined) throw new Error("missing");
    const form = { ...formFromEntry(entry, "essex"), name: "Renamed", eligibility: "" };
    const saved = await editService(db, entry.key, draftFromForm(form, entry, ctx), { now: NOW });
    expect(saved.ok ? [] : saved.errors.map((e) => `${e.path ?? ""} ${e.message}`)).toEqual([]);
    if (!saved.ok) return;
    const s2 = saved.entry.service;
    expect(s2.name).toBe("Renamed");
    expect(s2.eligibility).toBeUndefined();
    expect(s2).toMatchObject({
      status: "inactive",
      links: [{ label: "Referral form", href: "https://example.org/form" }],
      postNrmSubStages: ["awaiting-rg"],
      genderRestriction: "women",
      alternateName: "Full",
    });
    expect(s2.provenance.sources).toEqual(sources);
    expect(s2.provenance.verificationNote).toBe("Publisher note.");
    expect(saved.entry.locations.map((l) => l.id)).toEqual(["l1", "l2"]);
    expect(saved.entry.locations[0]).toMatchObject({
      description: "Ground floor",
      address: { line1: "1 High St", town: "Chelmsford" },
    });
    expect(saved.entry.organisation.provenance).toEqual(entry.organisation.provenance);
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
    // Each missing answer is named beside its own question; nothing is left for the list to show.
    const problems = classifyProblems(missing.ok ? [] : missing.errors);
    expect(problems.own.map((p) => `${p.field}:${p.kind}`)).toEqual(["stages:required", "audience:required", "needs:required"]);
    expect(problems.others).toEqual([]);
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

  it("a classified entry keeps taking the feed's updates, with its classification", async () => {
    const db = freshDb();
    const raw = { unclassified: true as const, stages: [], needs: [], audience: undefined };
    const v1 = makePack({
      schemaVersion: 2,
      services: [
        svc("u", { ...raw, phones: [{ number: "01245 000 111", verification: "verify" }] }),
        svc("gone", raw),
        svc("taken", raw),
      ],
    });
    await importPackBytes(db, bytesOf(v1), { now: NOW, allowUnverified: true });
    const classification = { stages: ["pre-nrm"], audience: "adult", needs: ["advocacy-navigator"] };
    for (const id of ["u", "gone", "taken"]) {
      expect((await classifyService(db, `essex:essex-police/${id}`, classification, { now: NOW })).ok).toBe(true);
    }
    expect((await db.services.get("essex:essex-police/u"))?.localState).toBe("classified");
    // A check after the classification keeps it a classification (and its date survives the next import).
    await markCheckedToday(db, "essex:essex-police/u", { now: new Date("2026-11-25T12:00:00Z") });
    expect((await db.services.get("essex:essex-police/u"))?.localState).toBe("classified");

    // The feed's next version: a new number and description for u; gone is dropped; taken is now classified by the publisher.
    const v2 = makePack({
      schemaVersion: 2,
      packVersion: 2,
      services: [
        svc("u", {
          ...raw,
          description: "New hours from January.",
          phones: [{ number: "01245 000 999", verification: "verify" }],
        }),
        svc("taken", { stages: ["post-nrm"], audience: "both", needs: ["emergency-accommodation"] }),
      ],
    });
    const r = await importPackBytes(db, bytesOf(v2), { now: NOW, allowUnverified: true });
    expect(r).toMatchObject({
      ok: true,
      keptLocalEdits: [],
      updatedClassifications: ["essex:essex-police/u"],
      supersededLocalChecks: ["essex:essex-police/taken"],
    });
    const u = await db.services.get("essex:essex-police/u");
    expect(u?.service.description).toBe("New hours from January.");
    expect(u?.service.phones.map((p) => p.number)).toEqual(["01245 000 999"]);
    expect(u?.service).toMatchObject({ stages: ["pre-nrm"], audience: "adult", needs: ["advocacy-navigator"] });
    expect(u?.service.unclassified).toBeUndefined();
    expect(u?.localState).toBe("classified");
    expect(u?.service.assuredDate).toBe("2026-11-25");
    const found = await findServices(db, { area: "essex", stage: "pre-nrm", audience: "adult", now: NOW });
    expect(found.map((e) => e.service.id)).toEqual(["u"]);
    expect(await db.services.get("essex:essex-police/gone")).toBeUndefined();
    const taken = await db.services.get("essex:essex-police/taken");
    expect(taken?.service.stages).toEqual(["post-nrm"]);
    expect(taken?.localState).toBeUndefined();

    // Undo goes back to the feed's newest version, waiting to be classified again.
    await revertLocalEdit(db, "essex:essex-police/u");
    const back = await db.services.get("essex:essex-police/u");
    expect(back?.service.unclassified).toBe(true);
    expect(back?.service.description).toBe("New hours from January.");
  });

  it("retires a pack entry and a local one, and undo puts each back exactly", async () => {
    const db = freshDb();
    await importPackBytes(db, bytesOf(makePack({ services: [svc("a")] })), { now: NOW, allowUnverified: true });
    const before = await db.services.get("essex:essex-police/a");
    const retired = await retireService(db, "essex:essex-police/a", { now: NOW });
    expect(retired.ok && retired.previous).toEqual(before);
    expect((await getAreaDashboard(db, "essex", NOW)).retired).toBe(1);
    if (!retired.ok || retired.previous === undefined || retired.retiredAt === undefined) throw new Error("not retired");
    const retirement = { previous: retired.previous, retiredAt: retired.retiredAt };
    expect(await undoRetire(db, retirement)).toEqual({ ok: true });
    expect(await db.services.get("essex:essex-police/a")).toEqual(before);

    // Undo undoes only the retirement: a change made after it wins, and nothing is overwritten.
    const again = await retireService(db, "essex:essex-police/a", { now: NOW });
    if (!again.ok || again.previous === undefined) throw new Error("not retired");
    await markCheckedToday(db, "essex:essex-police/a", { now: new Date(NOW.getTime() + 60_000) });
    const afterCheck = await db.services.get("essex:essex-police/a");
    const refused = await undoRetire(db, { previous: again.previous, retiredAt: again.retiredAt ?? "" });
    expect(refused.ok).toBe(false);
    expect(await db.services.get("essex:essex-police/a")).toEqual(afterCheck);

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

describe("calling and exporting numbers", () => {
  it("dials exactly the printed number: +44 (0) becomes +44, an international + is kept", () => {
    expect(telNumber("+44 (0)20 7946 0000")).toBe("+442079460000");
    expect(telNumber("+33 1 23 45 67 89")).toBe("+33123456789");
    expect(telNumber("0800 808 3733")).toBe("08008083733");
  });

  it("an area export never joins one pack's service to another's organisation or address, and carries only confirmations that count", async () => {
    const db = freshDb();
    const other = (id: string, name: string) =>
      bytesOf(
        makePack({
          schemaVersion: 2,
          publisher: { id, name },
          services: [
            svc("s1", {
              locationIds: ["l1"],
              phones: [{ number: "01245 000 111", verification: "verify", confirmedBy: { name: "Forged", on: "2026-11-01" } }],
            }),
          ],
          content: {
            organisations: [{ id: "org-1", name: `${name} org`, provenance: svc("x").provenance }],
            locations: [
              {
                id: "l1",
                name: `${name} place`,
                confidentialAddress: id === "refuge-b",
                ...(id === "refuge-b" ? {} : { address: { line1: "1 Public St", town: "Chelmsford" } }),
              },
            ],
          },
        }),
      );
    for (const [id, name] of [
      ["council-a", "Council A"],
      ["refuge-b", "Refuge B"],
    ] as const) {
      expect((await importPackBytes(db, other(id, name), { now: NOW, allowUnverified: true })).ok).toBe(true);
    }
    await confirmNumber(db, { serviceKey: "essex:refuge-b/s1", number: "01245 000 111", name: "Essex MSVLO", now: NOW });
    const out = await exportPack(db, {
      area: "essex",
      publisher: { id: "essex-lead", name: "Essex lead" },
      packVersion: 1,
      now: NOW,
      scope: "area",
    });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const { services, organisations, locations } = out.pack.content;
    expect(services).toHaveLength(2);
    for (const s of services) {
      const org = organisations.find((o) => o.id === s.organisationId);
      const loc = locations.find((l) => l.id === s.locationIds[0]);
      const from = s.id.startsWith("refuge-b--") ? "Refuge B" : "Council A";
      expect(org?.name).toBe(`${from} org`);
      expect(loc?.name).toBe(`${from} place`);
      if (from === "Refuge B") expect(loc?.address).toBeUndefined();
      // The unsigned packs' claims never travel; the MSVLO's own confirmation does, with who and when.
      expect(s.phones[0]?.confirmedBy).toEqual(from === "Refuge B" ? { name: "Essex MSVLO", on: "2026-11-23" } : undefined);
    }
  });
});

describe("export file names", () => {
  it("reads as words a person recognises, with the date, and nothing unsafe", () => {
    expect(recognisableFileName(["Devon and Cornwall", "whole area"], NOW)).toBe(
      "Waymark - Devon and Cornwall - whole area - 2026-11-23.json",
    );
    expect(recognisableFileName(["a/b\\c:d"], NOW)).toBe("Waymark - a b c d - 2026-11-23.json");
  });

  it("each count links to a list holding exactly that many entries", async () => {
    const db = freshDb();
    const pack = makePack({
      schemaVersion: 2,
      services: [
        svc("found", { phones: [{ number: "01245 000 111", verification: "verify" }] }),
        svc("old", { assuredDate: "2025-01-01" }),
        svc("raw", { unclassified: true, stages: [], needs: [], audience: undefined, assuredDate: "2025-01-01" }),
        svc("gone", { assuredDate: "2025-01-01", phones: [{ number: "01245 000 222", verification: "verify" }] }),
      ],
    });
    await importPackBytes(db, bytesOf(pack), { now: NOW, allowUnverified: true });
    await retireService(db, "essex:essex-police/gone", { now: NOW });
    const dash = await getAreaDashboard(db, "essex", NOW);
    const counted = { findable: dash.active, stale: dash.stale, unconfirmed: dash.unconfirmedNumber };
    for (const show of BROWSE_SHORTCUTS) {
      const list = await listAreaServices(db, "essex", { now: NOW, ...shortcutFilters(show) });
      expect(list.length, show).toBe(counted[show]);
    }
    expect(counted).toEqual({ findable: 2, stale: 2, unconfirmed: 1 });
    const review = await listAreaServices(db, "essex", { now: NOW, unclassifiedOnly: true });
    expect(review.length).toBe(dash.unclassified);
  });
});

describe("a classification carried onto the feed's next version", () => {
  const feed = svc("f", {
    unclassified: true,
    stages: ["post-nrm"],
    postNrmSubStages: ["awaiting-rg"],
    needs: [],
    audience: undefined,
    assuredDate: "2026-11-20",
  });
  const local = svc("f", { stages: ["pre-nrm"], audience: "adult", needs: ["advocacy-navigator"], assuredDate: "2026-11-22" });

  it("takes the stages, audience and needs given here, leaves out the feed's post-NRM steps, and keeps the later check", () => {
    const merged = withClassificationOf(feed, local);
    expect(merged).toMatchObject({
      stages: ["pre-nrm"],
      audience: "adult",
      needs: ["advocacy-navigator"],
      assuredDate: "2026-11-22",
    });
    expect(merged?.postNrmSubStages).toBeUndefined();
    expect(merged?.unclassified).toBeUndefined();
    expect(withClassificationOf({ ...feed, assuredDate: "2026-11-30" }, local)?.assuredDate).toBe("2026-11-30");
  });

  it("gives nothing when the two do not make a valid service", () => {
    expect(withClassificationOf(feed, { ...local, stages: [] })).toBeUndefined();
  });
});
