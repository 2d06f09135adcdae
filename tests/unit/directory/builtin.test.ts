/// <reference types="node" />
import "fake-indexeddb/auto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BUILTIN_PACKS,
  BUILTIN_PACK_INPUTS,
  builtinPackFileName,
  builtinPackFileText,
} from "../../../src/directory/builtin/builtinPacks";
import { BUILTIN_SEED_VERSION, ensureBuiltinDirectory } from "../../../src/directory/builtin/ensureBuiltinDirectory";
import { CONFIRMED_NUMBERS, phoneDigits } from "../../../src/shared/verifiedNumbers";
import { validatePackBytes } from "../../../src/directory/pack/validatePack";
import { importPackBytes, installDecidedPack } from "../../../src/directory/import/importPack";
import type { PathwayPack } from "../../../src/directory/schema/pack";
import { POST_NRM_SUB_STAGES } from "../../../src/directory/schema/vocabulary";
import { sha256Hex, utf8 } from "../../../src/directory/trust/bytes";
import { UNCONFIRMED_NUMBERS } from "../../../src/shared/verifiedNumbers";
import { findServices } from "../../../src/directory/query/findServices";
import { getDirectoryStatus } from "../../../src/directory/status";
import { dump, freshDb, NOW } from "./helpers";

const PUBLIC_PACKS = new URL("../../../public/packs/", import.meta.url);
const SHARED_CONTACTS = new URL("../../../../shared/domain/verified-contacts.json", import.meta.url);

// SHA-256 of each released sample pack file, by packVersion. An install refuses
// changed content under a version it already holds ("version-conflict"), so a
// change to a sample must raise its packVersion (and BUILTIN_SEED_VERSION) and
// add the new fingerprint here. Seed version 3 raised every pack by one (public
// citations only); the seed-2 files are kept in fixtures/seed-v2/.
const RELEASED_SAMPLES: Record<string, Record<number, string>> = {
  national: {
    1: "cee4ab1ee024fd1c7e77ecd832a4f868e19d946dd5ba3037d3d694a36d1189a8",
    2: "e2f04d0963f1459ba3677d0acf593e2f4a0007ebb97d3a63b319e386e4b817cf",
    3: "956078fb07af1ed8300ce4bc66e4ce8e0e378ec560a9595f43ef29b1c50931b1",
  },
  cambridgeshire: {
    1: "b71060d88b43b946118c4e1eb192cf18e15c6b0ee529ff317dec43da40e9ce2c",
    2: "63c625a6615f15f94ed320ca35d5d2c7daa3a262831d49812270e39289988c16",
  },
  "devon-and-cornwall": {
    1: "ccbe4ccafd3a4b3982010f326b44a18ee2bfd4af912f78c6bb0f7496e8963015",
    2: "1115283991a752b2c67af2d8d1c4c5c1c275d0f71c42324143a9aff949efc019",
    3: "1d5906b6977652072ec65b7088531fc74c7d3c32e977cd2de5cbd76922ad9014",
  },
  essex: {
    1: "d09d43cd557be0245b63e93f8ed84d1b49149568c74332e5af9ea1f4c626e9a0",
    2: "16f7efb2d1c70db6807fe3090eee00465c112e45369b13a0ce2a76068319eb6a",
  },
  gwent: {
    1: "8ed29853a0e1a5775edd2de33b6e01edb5ff5bbfa5f10600ceb89803a75be9f5",
    2: "c8ef94f87de9d8a8d9fe043d5f25d49f36c5a2636f9a9fc1f3aa07ff40d98b07",
  },
  hertfordshire: {
    1: "57bf46a7c10321d3a7c7c3d762991c35e4802ff3c64e719cf09b34912c135fb8",
    2: "e458dde7aab8bce5ed23c1a7549e68aabfc78749766b1deeac01954a9c7fb891",
    3: "818d2247dec2bf95ac6125336d7cc891e3c165b3dfb22ecd84aec50458777178",
  },
  "north-wales": {
    1: "47c85b2248d7ee4dc82c9740ab9dba12a77cdc84fe1c06a2e9e10636e084a570",
    2: "eed2ce6dce7b1995b681358d1f5f7acef569202fa511f619276c4dfa32e5f161",
  },
  nottinghamshire: {
    1: "59e665c033c6327797e19bfde5099ef0c70ee1ff458420b5dd5109e2e331c0be",
    2: "3ee5ffc5ba8100c1f798aa6fd5b6bc39b4970676c442165fb7c4ce835e1377de",
    3: "60d8b257b1578218bfd9b60346a6ea31b8a3a454f247b32164317f79119758f9",
  },
  "south-wales": {
    1: "c00f55ebd268409a9c7647e1ec42bc5c16e0caf88d9c9b3d2e2e42e0cfc0cb21",
    2: "f6467fe3864a327eadb1b93687db50860b97427de2eb28261fa3207799a8e65d",
  },
  surrey: {
    1: "f0f90c904b8ce8844a50bd5aa08505c7008583e6dedf6dd8d3418f0ce2d45228",
    2: "5f62a2c5d05e01b2ff6ef4562fb91dde246637f19c0104bb34b4dfcd598975cf",
  },
  "west-mercia": {
    1: "c816ad58cedb092915356a21a4057b03031bd4389b6a77630d9a625e6edb0c61",
    2: "ae51d958e49fa21c93ec356aa7ae71bcd66cc12da2cc52ce6aa94a5704d0bb89",
  },
  wiltshire: {
    1: "bbfcb7c3edb51bc006b588085efd3ff27c17b21f2a4f2d4de6d6613c89dd64de",
    2: "bc61692cc8832bb861d875ad48dc3420d2fbd76843eed6cbcf4b4440927331aa",
  },
  // Seed version 4: the twenty further areas the public documents describe.
  "avon-and-somerset": { 1: "df8352ba5bdac5f190b291b601e4af2f1ecea06f764a2f51a7b61c97d9ea01b8" },
  bedfordshire: { 1: "34af02522f5ec03db40dfa7938e69ca3277c01e47ae530b3955089d8f84b0647" },
  cheshire: { 1: "d6a1000614d03336c854ef052a4a8e99a31a9b2d699b20f36f99934d472bf944" },
  cleveland: { 1: "469b15388bf9c413be22263091412f1803806363f800ad0f3c7878a03de54334" },
  cumbria: { 1: "2369b120ddd2d4b93e66e302f08b84383c05c384c110142c614cabcf75c7e968" },
  durham: { 1: "fb6c23f7d4a0daa3760eea1c58bacd1c01b169305e23652ad96497c9793f4db9" },
  "dyfed-powys": { 1: "7c2ca88916de5da69a0a2c79b9bd223863aa58bdf5f98704688c3d706fa7dc91" },
  gloucestershire: { 1: "b7b46e5b890864dbe618dc0311a8059fa84168750c652fc563ed8b0a82d80a0a" },
  "greater-manchester": { 1: "efae42cce9d027a9febc8a261724c9d92ebebb45155f59a81863962ecc731b2b" },
  hampshire: { 1: "70cca37ffc7b769e3d5dd5b1ccdae4c73693183e073beb66e7d95cfa90c49d0e" },
  humberside: { 1: "0d7048f77281e5f9c89feccc51941d3eaae2541ea1f957ac49ab183dc53fc130" },
  leicestershire: { 1: "e1f5f4d5498b91c3715d900f65e2e9cc4ba16fb22555f8310010e760fd134c77" },
  lincolnshire: { 1: "7cba5563578960fe2e55580fe1291055cd23bae6e7fda86479b9a3a707995f7a" },
  merseyside: { 1: "932a92672dced935f38c7303f52bfb79611e134421e7120d63d5456c3b52a2f9" },
  metropolitan: { 1: "b79a9df329b48a21fe10a8bb45d2878f204aadcc800460833d7eee01c4ba4fa2" },
  staffordshire: { 1: "bf5c8560ac723b193ca84d1447ad6e1ffd34b1152822f1f1fc8f355ea7307614" },
  suffolk: {
    1: "845e1ed89609a7794ba9882e535122c3f2ac2f25cab6bf3e67548feec51be184",
    2: "ad536e171f355c1bf14633d7a7dd546243add2d3ed4443b1ce521b43b4251dc8",
  },
  warwickshire: { 1: "6d2d4ff5e67f9b1aeb61e05b4b6ee973b8dbddb725a6356e7b36dcf1327fb7b9" },
  "west-midlands": {
    1: "6bc93412b6dc9d2e26eb66883e26e539160ef404517cf9cc229de3c14bae8835",
    2: "354b5619627f08cfc232227b4323bfca2a981750db3aa931eb779b676fc375e2",
  },
  "west-yorkshire": { 1: "64a6fec4e01a11dcfb0acc64ea4e305c9c6cb3536f3637d52a4aa198eee492e2" },
};

/** The released seed-2 pack files, exactly as public/packs held them. */
const SEED_V2 = new URL("./fixtures/seed-v2/", import.meta.url);

/** What must never reach an officer's screen: the project's own files. */
const REPOSITORY_TRACES = ["seeds/", ".txt", "shared/", "src/", "brief.md"];

/** Every string in a value, with its path, for the public-citation check. */
function stringsOf(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v: unknown, i) => stringsOf(v, `${path}[${String(i)}]`));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => stringsOf(v, path === "" ? k : `${path}.${k}`));
  }
  return [];
}

describe("built-in sample data", () => {
  it("a changed sample pack carries a new packVersion", async () => {
    for (const pack of BUILTIN_PACKS) {
      const sha = await sha256Hex(utf8(builtinPackFileText(pack)));
      expect(
        RELEASED_SAMPLES[pack.area]?.[pack.packVersion],
        `${pack.area} v${String(pack.packVersion)}: raise packVersion and record the new fingerprint`,
      ).toBe(sha);
    }
  });

  it("every sample pack is valid, marked sample, with its source cited", () => {
    expect(BUILTIN_PACKS.length).toBe(BUILTIN_PACK_INPUTS.length);
    for (const pack of BUILTIN_PACKS) {
      const r = validatePackBytes(new TextEncoder().encode(builtinPackFileText(pack)));
      expect(r.ok, pack.area).toBe(true);
      for (const s of pack.content.services) {
        expect(s.sample, s.id).toBe(true);
        expect(s.sampleSource, s.id).toBeDefined();
        expect(s.provenance.sources.length).toBeGreaterThan(0);
        expect(s.provenance.lastReviewed).toBe("2026-11-23");
        expect(s.assuredDate).toBe("2026-11-23");
        if (s.provenance.verification === "verify") expect(s.provenance.verificationNote, s.id).toBeDefined();
        // No number: the entry must say so.
        if (s.phones.length === 0) expect(s.noPhoneNote, s.id).toBeDefined();
      }
    }
  });

  it("cites public documents only: no officer-visible string names a file of this repository", () => {
    let checked = 0;
    for (const pack of BUILTIN_PACKS) {
      for (const s of pack.content.services) {
        const visible = {
          sampleSource: s.sampleSource,
          sources: s.provenance.sources,
          verificationNote: s.provenance.verificationNote,
          noPhoneNote: s.noPhoneNote,
          description: s.description,
          eligibility: s.eligibility,
          howToAccess: s.howToAccess,
          hours: s.hours,
          phones: s.phones,
        };
        for (const [path, text] of stringsOf(visible)) {
          checked += 1;
          for (const trace of REPOSITORY_TRACES) expect(text, `${pack.area} ${s.id} ${path}`).not.toContain(trace);
          expect(text, `${pack.area} ${s.id} ${path}`).not.toMatch(/\blines? \d/);
        }
        // A sample names a public document (publisher and quoted title), not a file.
        expect(s.sampleSource, s.id).toMatch(/^[^"]+, "[^"]+"/);
      }
      // Organisations and locations too, and the pack as a whole.
      for (const [path, text] of stringsOf({ organisations: pack.content.organisations, locations: pack.content.locations })) {
        for (const trace of REPOSITORY_TRACES) expect(text, `${pack.area} ${path}`).not.toContain(trace);
      }
      for (const trace of REPOSITORY_TRACES) expect(builtinPackFileText(pack), pack.area).not.toContain(trace);
    }
    expect(checked).toBeGreaterThan(100);
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

  it("the app's confirmed and unconfirmed lists match the project's checked list", () => {
    // shared/ sits beside the repository on every developer machine and in CI.
    const shared = JSON.parse(readFileSync(SHARED_CONTACTS, "utf8")) as {
      confirmed: { phone: string }[];
      unconfirmed: { phone: string }[];
    };
    expect(CONFIRMED_NUMBERS.map((c) => phoneDigits(c.number)).sort()).toEqual(
      shared.confirmed.map((c) => phoneDigits(c.phone)).sort(),
    );
    const unconfirmed = new Set(UNCONFIRMED_NUMBERS.map((c) => phoneDigits(c.number)));
    for (const c of shared.unconfirmed) expect(unconfirmed.has(phoneDigits(c.phone)), c.phone).toBe(true);
  });

  it("public/packs holds exactly the built-in packs, byte for byte", () => {
    const files = readdirSync(PUBLIC_PACKS)
      .filter((f) => f.endsWith(".sample.json"))
      .sort();
    expect(files).toEqual(BUILTIN_PACKS.map(builtinPackFileName).sort());
    for (const pack of BUILTIN_PACKS) {
      expect(readFileSync(new URL(builtinPackFileName(pack), PUBLIC_PACKS), "utf8"), builtinPackFileName(pack)).toBe(
        builtinPackFileText(pack),
      );
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

    const found = await findServices(db, {
      area: "devon-and-cornwall",
      stage: "pre-nrm",
      audience: "adult",
      needs: ["immediate-needs-fund"],
      now: NOW,
    });
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

  it("a child lookup shows children's services and guardians at every NRM step, and no adult victim care contract entry", async () => {
    const db = freshDb();
    await ensureBuiltinDirectory(db, { now: NOW });
    const adultOnly = [
      "msvcc-referral-line",
      "msvcc-support",
      "msvcc-reach-in",
      "hestia-safe-houses",
      "migrant-help-modern-slavery",
    ];
    const national = BUILTIN_PACKS.find((p) => p.area === "national");
    for (const id of adultOnly) expect(national?.content.services.find((s) => s.id === id)?.audience, id).toBe("adult");

    const lookups = [
      { stage: "pre-nrm" as const },
      { stage: "post-nrm" as const },
      ...POST_NRM_SUB_STAGES.map((subStage) => ({ stage: "post-nrm" as const, subStage })),
    ];
    for (const lookup of lookups) {
      const ids = (await findServices(db, { area: "essex", audience: "child", ...lookup, now: NOW })).map((e) => e.service.id);
      const label = JSON.stringify(lookup);
      expect(ids, label).toContain("la-childrens-services");
      expect(ids, label).toContain("ictg-service");
      for (const id of adultOnly) expect(ids, label).not.toContain(id);
    }
  });

  it("offers the Salvation Army line only after referral, awaiting the decision, flagged verify", async () => {
    const db = freshDb();
    await ensureBuiltinDirectory(db, { now: NOW });
    const before = await findServices(db, { area: "essex", stage: "pre-nrm", audience: "adult", now: NOW });
    expect(before.map((e) => e.service.id)).not.toContain("msvcc-referral-line");

    const waiting = await findServices(db, {
      area: "essex",
      stage: "post-nrm",
      subStage: "awaiting-rg",
      audience: "adult",
      needs: ["emergency-accommodation"],
      now: NOW,
    });
    const line = waiting.find((e) => e.service.id === "msvcc-referral-line");
    expect(line?.service.name).toBe("Victim care contract referral line (Salvation Army)");
    expect(line?.service.provenance.verification).toBe("verify");
    expect(line?.service.phones.map((p) => p.number)).toEqual(["0800 808 3733"]);

    // After a positive decision the contract's main support entry is the one shown.
    const supported = await findServices(db, {
      area: "essex",
      stage: "post-nrm",
      subStage: "positive-rg",
      audience: "adult",
      now: NOW,
    });
    expect(supported.map((e) => e.service.id)).toContain("msvcc-support");
  });

  it("never offers Nottinghamshire's proposed 'Your Space' service, and sets no upper age on guardians", async () => {
    const db = freshDb();
    await ensureBuiltinDirectory(db, { now: NOW });
    const notts = BUILTIN_PACKS.find((p) => p.area === "nottinghamshire")?.content.services.find(
      (s) => s.id === "notts-brc-your-space",
    );
    expect(notts?.status).toBe("inactive");
    const found = await findServices(db, {
      area: "nottinghamshire",
      stage: "pre-nrm",
      audience: "adult",
      includeNational: false,
      now: NOW,
    });
    expect(found.map((e) => e.service.id)).not.toContain("notts-brc-your-space");

    const ictg = BUILTIN_PACKS.find((p) => p.area === "national")?.content.services.find((s) => s.id === "ictg-service");
    expect(ictg).toBeDefined();
    expect(ictg?.maximumAge).toBeUndefined();
  });

  it("an install holding the previous samples receives the corrections without a version conflict", async () => {
    const db = freshDb();
    // The earlier seed: every changed pack at version 1 with different content.
    for (const pack of BUILTIN_PACKS) {
      const old: PathwayPack = structuredClone(pack);
      if (pack.packVersion > 1) {
        old.packVersion = 1;
        old.content.services = old.content.services.map((s) => ({
          ...s,
          status: "active" as const,
          description: `${s.description} (old)`,
        }));
      }
      const sha256 = await sha256Hex(utf8(builtinPackFileText(old)));
      expect(
        (await installDecidedPack(db, { pack: old, trust: "builtin", keyId: undefined, sha256, warnings: [] }, { now: NOW })).ok,
      ).toBe(true);
    }
    await db.meta.put({ key: "builtinSeedVersion", value: "1" });
    const stale = await findServices(db, {
      area: "nottinghamshire",
      stage: "pre-nrm",
      audience: "adult",
      includeNational: false,
      now: NOW,
    });
    expect(stale.map((e) => e.service.id)).toContain("notts-brc-your-space");

    const upgrade = await ensureBuiltinDirectory(db, { now: NOW });
    expect(upgrade.loaded).toBe(true);
    expect((await db.meta.get("builtinSeedVersion"))?.value).toBe(BUILTIN_SEED_VERSION);
    expect(BUILTIN_PACKS.some((p) => p.packVersion > 1)).toBe(true);
    BUILTIN_PACKS.forEach((pack, i) => {
      expect(upgrade.results[i], pack.area).toMatchObject({
        ok: true,
        status: pack.packVersion > 1 ? "replaced" : "already-installed",
      });
    });
    const fixed = await findServices(db, {
      area: "nottinghamshire",
      stage: "pre-nrm",
      audience: "adult",
      includeNational: false,
      now: NOW,
    });
    expect(fixed.map((e) => e.service.id)).not.toContain("notts-brc-your-space");
  });

  it("an install holding the released seed-2 packs receives the public citations (every pack replaced)", async () => {
    const db = freshDb();
    // Seed 2 held the national pack and eleven areas; later seeds added areas.
    const seed2 = BUILTIN_PACKS.filter((p) => existsSync(new URL(builtinPackFileName(p), SEED_V2)));
    expect(seed2).toHaveLength(12);
    for (const pack of seed2) {
      const bytes = readFileSync(new URL(builtinPackFileName(pack), SEED_V2));
      const checked = validatePackBytes(new Uint8Array(bytes));
      if (!checked.ok) throw new Error(`seed-2 ${pack.area} does not validate`);
      const old = checked.pack;
      const sha256 = await sha256Hex(new Uint8Array(bytes));
      // The fixture is exactly what was released under that version.
      expect(RELEASED_SAMPLES[old.area]?.[old.packVersion], old.area).toBe(sha256);
      expect(old.packVersion, old.area).toBeLessThan(pack.packVersion);
      const installed = await installDecidedPack(
        db,
        { pack: old, trust: "builtin", keyId: undefined, sha256, warnings: [] },
        { now: NOW },
      );
      expect(installed.ok, old.area).toBe(true);
    }
    await db.meta.put({ key: "builtinSeedVersion", value: "2" });
    expect(await dump(db)).toContain("seeds/");

    const upgrade = await ensureBuiltinDirectory(db, { now: NOW });
    expect(upgrade.loaded).toBe(true);
    expect(upgrade.results.map((r) => (r.ok ? r.status : "failed"))).toEqual(
      BUILTIN_PACKS.map((p) => (seed2.includes(p) ? "replaced" : "installed")),
    );
    expect((await db.meta.get("builtinSeedVersion"))?.value).toBe(BUILTIN_SEED_VERSION);
    const stored = await db.services.toArray();
    expect(stored.length).toBe(BUILTIN_PACKS.reduce((n, p) => n + p.content.services.length, 0));
    for (const row of stored) {
      for (const [path, text] of stringsOf(row.service)) {
        for (const trace of REPOSITORY_TRACES) expect(text, `${row.key} ${path}`).not.toContain(trace);
      }
    }
    // Run again: nothing more to do.
    expect((await ensureBuiltinDirectory(db, { now: NOW })).loaded).toBe(false);
  });
});
