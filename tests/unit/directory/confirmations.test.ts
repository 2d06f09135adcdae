// Who may make a local number callable (issue #12): the project's list, a
// publisher under a valid signature trusted for the area, or an MSVLO on this
// device — with who and when, flagged stale after the review period. A
// confirmation cannot be forged by editing a pack.
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { confirmNumber, withdrawConfirmation } from "../../../src/directory/edit/confirmNumber";
import { editService, revertLocalEdit } from "../../../src/directory/edit/localEdits";
import { importPackBytes } from "../../../src/directory/import/importPack";
import { getEntry } from "../../../src/directory/query/browseArea";
import { findServices } from "../../../src/directory/query/findServices";
import type { PhoneStatus } from "../../../src/directory/phones/phoneStatus";
import { bytesOf, freshDb, makePack, makeSigner, NOW, svc } from "./helpers";

const LOCAL_NUMBER = "01245 000 111";
const CLAIM = { name: "Essex MSVLO team", on: "2026-11-20" };
const KEY = "essex:essex-police/a";

function packWithClaim(packVersion = 1) {
  return bytesOf(
    makePack({
      schemaVersion: 2,
      packVersion,
      services: [
        svc("a", {
          phones: [
            { number: LOCAL_NUMBER, description: "Referrals", verification: "verify", confirmedBy: CLAIM },
            { number: "08000 121 700", verification: "confirmed" },
          ],
        }),
      ],
    }),
  );
}

async function statuses(db: Awaited<ReturnType<typeof freshDb>>, now = NOW): Promise<PhoneStatus[]> {
  const entry = await getEntry(db, KEY, now);
  if (entry === undefined) throw new Error("entry missing");
  return entry.phones.map((p) => p.status);
}

describe("phone confirmations", () => {
  it("counts a publisher's confirmation only under a valid signature trusted for the area", async () => {
    const signer = await makeSigner();
    const db = freshDb();
    const r = await importPackBytes(db, await signer.sign(packWithClaim()), { now: NOW, trustedKeys: [signer.trusted] });
    expect(r.ok && r.pack.trust).toBe("verified");
    expect(await statuses(db)).toEqual([
      { kind: "confirmed", by: "publisher", name: CLAIM.name, on: CLAIM.on, stale: false },
      { kind: "confirmed", by: "project", stale: false },
    ]);
    // The officer's lookup hands the same to the screen.
    const found = await findServices(db, { area: "essex", stage: "pre-nrm", audience: "adult", now: NOW });
    expect(found[0]?.phones[0]?.status.kind).toBe("confirmed");
    expect(found[0]?.flags.unconfirmedNumber).toBe(false);
  });

  it("never counts it in an unsigned pack or one signed by a key not trusted for the area, and says why", async () => {
    const unsigned = freshDb();
    expect((await importPackBytes(unsigned, packWithClaim(), { now: NOW, allowUnverified: true, trustedKeys: [] })).ok).toBe(
      true,
    );
    expect((await statuses(unsigned))[0]).toEqual({ kind: "unconfirmed", claimIgnored: true, ignoredBecause: "untrusted" });
    // The project's own number stays callable in any pack.
    expect((await statuses(unsigned))[1]).toMatchObject({ kind: "confirmed", by: "project" });

    const stranger = await makeSigner("essex-police", ["essex"]);
    const unknownKey = freshDb();
    const r = await importPackBytes(unknownKey, await stranger.sign(packWithClaim()), {
      now: NOW,
      allowUnverified: true,
      trustedKeys: [],
    });
    expect(r.ok && r.pack.trust).toBe("unverified");
    expect((await statuses(unknownKey))[0]).toEqual({ kind: "unconfirmed", claimIgnored: true, ignoredBecause: "untrusted" });
  });

  it("does not count a publisher's confirmation dated after today, even under a trusted signature", async () => {
    const signer = await makeSigner();
    const db = freshDb();
    const future = bytesOf(
      makePack({
        schemaVersion: 2,
        services: [
          svc("a", {
            phones: [
              { number: LOCAL_NUMBER, verification: "verify", confirmedBy: { name: "Essex MSVLO team", on: "2027-03-01" } },
            ],
          }),
        ],
      }),
    );
    const r = await importPackBytes(db, await signer.sign(future), { now: NOW, trustedKeys: [signer.trusted] });
    expect(r.ok && r.pack.trust).toBe("verified");
    expect((await statuses(db))[0]).toEqual({ kind: "unconfirmed", claimIgnored: true, ignoredBecause: "future-date" });
    // Once the day has come, it counts.
    expect((await statuses(db, new Date("2027-03-02T12:00:00Z")))[0]).toMatchObject({ kind: "confirmed", by: "publisher" });
  });

  it("does not let a local edit move a publisher's confirmation to another number", async () => {
    const signer = await makeSigner();
    const db = freshDb();
    await importPackBytes(db, await signer.sign(packWithClaim()), { now: NOW, trustedKeys: [signer.trusted] });
    const entry = await getEntry(db, KEY, NOW);
    if (entry === undefined) throw new Error("entry missing");
    const forged = {
      ...entry.service,
      phones: [{ number: "01245 999 999", verification: "verify" as const, confirmedBy: CLAIM }],
    };
    const edited = await editService(db, KEY, { service: forged, organisation: entry.organisation, locations: [] }, { now: NOW });
    expect(edited.ok).toBe(true);
    expect((await statuses(db))[0]).toEqual({ kind: "unconfirmed", claimIgnored: true, ignoredBecause: "changed-here" });
  });

  it("records an MSVLO's 'I rang it today' with who and when, flags it stale after 180 days, and can withdraw it", async () => {
    const db = freshDb();
    await importPackBytes(db, packWithClaim(), { now: NOW, allowUnverified: true, trustedKeys: [] });
    const confirmed = await confirmNumber(db, { serviceKey: KEY, number: "01245000111", name: "PC 1234, Essex MSVLO", now: NOW });
    expect(confirmed.ok).toBe(true);
    expect((await statuses(db))[0]).toEqual({
      kind: "confirmed",
      by: "local",
      name: "PC 1234, Essex MSVLO",
      on: "2026-11-23",
      stale: false,
    });
    const muchLater = new Date("2027-06-01T12:00:00Z");
    expect((await statuses(db, muchLater))[0]).toMatchObject({ kind: "confirmed", by: "local", stale: true });
    expect((await getEntry(db, KEY, muchLater))?.flags.unconfirmedNumber).toBe(true);

    // A newer pack does not wipe it while the entry still lists the number.
    expect((await importPackBytes(db, packWithClaim(2), { now: NOW, allowUnverified: true, trustedKeys: [] })).ok).toBe(true);
    expect((await statuses(db))[0]).toMatchObject({ kind: "confirmed", by: "local" });

    await withdrawConfirmation(db, KEY, LOCAL_NUMBER);
    expect((await statuses(db))[0]).toMatchObject({ kind: "unconfirmed" });
  });

  it("refuses a confirmation with no name, or for a number the entry does not list, changing nothing", async () => {
    const db = freshDb();
    await importPackBytes(db, packWithClaim(), { now: NOW, allowUnverified: true, trustedKeys: [] });
    const noName = await confirmNumber(db, { serviceKey: KEY, number: LOCAL_NUMBER, name: "  ", now: NOW });
    expect(noName.ok || noName.errors[0]?.field).toBe("name");
    const other = await confirmNumber(db, { serviceKey: KEY, number: "01000 000000", name: "MSVLO", now: NOW });
    expect(other.ok || other.errors[0]?.field).toBe("phones");
    expect(await db.confirmations.count()).toBe(0);
  });

  it("offers to confirm only numbers that need it, and to withdraw only a confirmation made here", async () => {
    const db = freshDb();
    await importPackBytes(db, packWithClaim(), { now: NOW, allowUnverified: true, trustedKeys: [] });
    const actions = async (now = NOW) => (await getEntry(db, KEY, now))?.phones.map((p) => p.actions);
    // The local number needs a ring; the project's national number never does.
    expect(await actions()).toEqual([
      { confirm: true, withdraw: false },
      { confirm: false, withdraw: false },
    ]);
    await confirmNumber(db, { serviceKey: KEY, number: LOCAL_NUMBER, name: "MSVLO", now: NOW });
    expect((await actions())?.[0]).toEqual({ confirm: false, withdraw: true });
    // Stale: ring it again, or withdraw it.
    expect((await actions(new Date("2027-06-01T12:00:00Z")))?.[0]).toEqual({ confirm: true, withdraw: true });
    expect((await withdrawConfirmation(db, KEY, LOCAL_NUMBER)).ok).toBe(true);
    expect((await actions())?.[0]).toEqual({ confirm: true, withdraw: false });
  });

  it("forgets a confirmation when an edit, a newer pack or an undo takes its number away", async () => {
    const db = freshDb();
    await importPackBytes(db, packWithClaim(), { now: NOW, allowUnverified: true, trustedKeys: [] });
    const confirm = () => confirmNumber(db, { serviceKey: KEY, number: LOCAL_NUMBER, name: "MSVLO", now: NOW });
    const entry = await getEntry(db, KEY, NOW);
    if (entry === undefined) throw new Error("entry missing");

    // An edit that keeps the number (formatted differently) keeps the confirmation.
    expect((await confirm()).ok).toBe(true);
    const reformatted = { ...entry.service, phones: [{ number: "01245000111", verification: "verify" as const }] };
    await editService(db, KEY, { service: reformatted, organisation: entry.organisation, locations: [] }, { now: NOW });
    expect(await db.confirmations.count()).toBe(1);
    // An edit that takes it out drops it: putting the number back does not bring back a ring nobody made.
    const without = { ...entry.service, phones: [] };
    await editService(db, KEY, { service: without, organisation: entry.organisation, locations: [] }, { now: NOW });
    expect(await db.confirmations.count()).toBe(0);
    await editService(db, KEY, { service: reformatted, organisation: entry.organisation, locations: [] }, { now: NOW });
    expect((await statuses(db))[0]).toMatchObject({ kind: "unconfirmed" });

    // Undo goes back to the pack's version, which lists the number: a confirmation made meanwhile stays.
    expect((await confirm()).ok).toBe(true);
    expect((await revertLocalEdit(db, KEY)).ok).toBe(true);
    expect(await db.confirmations.count()).toBe(1);

    // A newer pack without the number drops it; one without the service drops it too.
    const noNumber = bytesOf(makePack({ schemaVersion: 2, packVersion: 2, services: [svc("a"), svc("b")] }));
    expect((await importPackBytes(db, noNumber, { now: NOW, allowUnverified: true, trustedKeys: [] })).ok).toBe(true);
    expect(await db.confirmations.count()).toBe(0);
    const withNumber = (v: number, id: string) =>
      bytesOf(
        makePack({
          schemaVersion: 2,
          packVersion: v,
          services: [svc(id, { phones: [{ number: LOCAL_NUMBER, verification: "verify" }] })],
        }),
      );
    expect((await importPackBytes(db, withNumber(3, "a"), { now: NOW, allowUnverified: true, trustedKeys: [] })).ok).toBe(true);
    expect((await confirm()).ok).toBe(true);
    expect((await importPackBytes(db, withNumber(4, "b"), { now: NOW, allowUnverified: true, trustedKeys: [] })).ok).toBe(true);
    expect(await getEntry(db, KEY, NOW)).toBeUndefined();
    expect(await db.confirmations.count()).toBe(0);
  });
});
