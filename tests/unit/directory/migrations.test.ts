/// <reference types="node" />
// Every earlier version of the directory database, filled from its frozen
// fixture (fixtures/db-v<N>.json, written once when that version was current
// and never regenerated), must open under the current code with every record
// kept and readable by the current record schemas.
import "fake-indexeddb/auto";
import { readFileSync, existsSync } from "node:fs";
import { Dexie } from "dexie";
import { describe, expect, it } from "vitest";
import { DirectoryDb } from "../../../src/directory/db";
import { DIRECTORY_DB_VERSIONS, LATEST_DIRECTORY_DB_VERSION, declareDirectoryVersions } from "../../../src/directory/dbSchema";
import { localConfirmationSchema, metaRecordSchema, packRecordSchema, serviceRecordSchema } from "../../../src/directory/records";
import { findServices } from "../../../src/directory/query/findServices";
import { NOW } from "./helpers";

interface Fixture {
  version: number;
  tables: Record<string, Record<string, unknown>[]>;
}

function fixturePath(version: number): URL {
  return new URL(`./fixtures/db-v${version}.json`, import.meta.url);
}

function loadFixture(version: number): Fixture {
  return JSON.parse(readFileSync(fixturePath(version), "utf8")) as Fixture;
}

/** Builds a database as version `version` of the code would have left it. */
async function buildFixtureDb(name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name);
  declareDirectoryVersions(old, fixture.version);
  await old.open();
  expect(old.verno).toBe(fixture.version);
  await old.transaction("rw", old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

describe("database migrations", () => {
  it("declares versions in increasing order, each with a frozen fixture", () => {
    const versions = DIRECTORY_DB_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const v of versions) expect(existsSync(fixturePath(v)), `fixtures/db-v${v}.json`).toBe(true);
  });

  it.each(DIRECTORY_DB_VERSIONS.map((v) => v.version))(
    "a version %i database opens under the current code with every record kept",
    async (version) => {
      const fixture = loadFixture(version);
      const name = `migrate-${version}-${crypto.randomUUID()}`;
      await buildFixtureDb(name, fixture);

      const db = new DirectoryDb(name);
      await db.open();
      expect(db.verno).toBe(LATEST_DIRECTORY_DB_VERSION);
      const services = await db.services.toArray();
      const packs = await db.packs.toArray();
      const meta = await db.meta.toArray();
      const confirmations = await db.confirmations.toArray();
      const count = (t: string) => fixture.tables[t]?.length ?? 0;
      expect(services.length).toBe(count("services"));
      expect(packs.length).toBe(count("packs"));
      expect(meta.length).toBe(count("meta"));
      expect(confirmations.length).toBe(count("confirmations"));
      expect(services.length).toBeGreaterThan(0);
      const keys = new Set(services.map((s) => s.key));
      for (const row of fixture.tables["services"] ?? []) expect(keys.has(String(row["key"]))).toBe(true);
      for (const s of services) expect(serviceRecordSchema.safeParse(s).error).toBeUndefined();
      for (const p of packs) expect(packRecordSchema.safeParse(p).error).toBeUndefined();
      for (const m of meta) expect(metaRecordSchema.safeParse(m).error).toBeUndefined();
      for (const c of confirmations) expect(localConfirmationSchema.safeParse(c).error).toBeUndefined();

      // The upgraded data still answers the officer's lookup through the indexes.
      const found = await findServices(db, { area: "devon-and-cornwall", stage: "pre-nrm", audience: "adult", now: NOW });
      expect(found.map((e) => e.service.id)).toContain("fixture-local");
      // From version 2 the MSVLO's confirmation makes the number callable.
      const phone = found.find((e) => e.service.id === "fixture-local")?.phones[0];
      expect(phone?.status).toMatchObject(
        count("confirmations") > 0 ? { kind: "confirmed", by: "local", name: "MSVLO fixture" } : { kind: "unconfirmed" },
      );
      expect(found.find((e) => e.service.id === "fixture-local")?.locations[0]).toEqual({
        id: "fixture-refuge",
        name: "Refuge",
        confidentialAddress: true,
      });
      db.close();
    },
  );
});
