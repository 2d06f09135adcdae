import { describe, expect, it } from "vitest";
import { validatePackBytes, validatePackValue } from "../../../src/directory/pack/validatePack";
import { serviceSchema } from "../../../src/directory/schema/service";
import { locationSchema } from "../../../src/directory/schema/location";
import { bytesOf, makePack, svc } from "./helpers";

function errorsOf(value: unknown) {
  const r = validatePackValue(JSON.parse(JSON.stringify(value)));
  if (r.ok) throw new Error("expected the pack to be refused");
  return r.errors;
}

describe("pack schema", () => {
  it("accepts a well-formed pack", () => {
    const r = validatePackBytes(bytesOf(makePack()));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pack.content.services.map((s) => s.id)).toEqual(["s1", "s2"]);
  });

  it("names the record and field of an error in the last record", () => {
    const pack = makePack({
      services: [svc("s1"), svc("s2"), svc("last-one", { phones: [{ number: "not a number", verification: "verify" }] })],
    });
    const errors = errorsOf(pack);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      code: "schema",
      path: "content.services[2].phones[0].number",
      record: "last-one",
      field: "phones[0].number",
    });
  });

  it("refuses unknown keys at every level", () => {
    const pack = makePack() as unknown as Record<string, unknown>;
    const withExtra = { ...pack, surprise: 1 };
    expect(errorsOf(withExtra)[0]).toMatchObject({ path: "surprise", code: "schema" });
    const svcExtra = makePack({ services: [{ ...svc("s1"), colour: "red" } as ReturnType<typeof svc>] });
    expect(errorsOf(svcExtra)[0]).toMatchObject({ path: "content.services[0].colour", record: "s1", field: "colour" });
  });

  it("refuses a wrong format or schemaVersion with its own code", () => {
    expect(errorsOf({ ...makePack(), format: "something-else" })[0]?.code).toBe("not-a-pack");
    expect(errorsOf({ ...makePack(), schemaVersion: 3 })[0]).toMatchObject({
      code: "unsupported-schema-version",
      path: "schemaVersion",
    });
    expect(errorsOf({ ...makePack(), schemaVersion: 3 })[0]?.message).toMatch(/update the app/);
  });

  it("reports invalid JSON and truncated files", () => {
    const full = bytesOf(makePack());
    for (const bytes of [new TextEncoder().encode("{nope"), full.subarray(0, Math.floor(full.length / 2))]) {
      const r = validatePackBytes(bytes);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors[0]?.code).toBe("invalid-json");
    }
    const r = validatePackBytes(new Uint8Array([0xff, 0xfe, 0x00]));
    expect(!r.ok && r.errors[0]?.code).toBe("invalid-encoding");
  });

  it("checks references, duplicate ids and the area", () => {
    const errors = errorsOf(
      makePack({
        services: [
          svc("s1", { organisationId: "missing" }),
          svc("s1", { locationIds: ["nowhere"] }),
          svc("s3", { area: { forceArea: "kent" } }),
        ],
      }),
    );
    const messages = errors.map((e) => `${e.path ?? ""} ${e.message}`);
    expect(messages.some((m) => m.includes("content.services[0].organisationId") && m.includes("missing"))).toBe(true);
    expect(messages.some((m) => m.includes("content.services[1].id") && m.includes("duplicate"))).toBe(true);
    expect(messages.some((m) => m.includes("content.services[1].locationIds[0]"))).toBe(true);
    expect(messages.some((m) => m.includes("content.services[2].area.forceArea"))).toBe(true);
    expect(errors.every((e) => e.code === "reference")).toBe(true);
  });

  it("accepts only https:, tel: and mailto: links, naming record and field otherwise", () => {
    for (const href of ["https://example.org/x", "tel:08000121700", "tel:+44 800 808 3733", "mailto:help@example.org"]) {
      expect(validatePackValue(makePack({ services: [svc("ok", { links: [{ label: "Link", href }] })] })).ok).toBe(true);
    }
    for (const href of [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "http://example.org",
      " https://example.org",
      "JAVASCRIPT:alert(1)",
      "vbscript:x",
      "tel:<script>",
      "mailto:not an email",
    ]) {
      const errors = errorsOf(makePack({ services: [svc("bad-link", { links: [{ label: "Link", href }] })] }));
      expect(errors[0]).toMatchObject({ record: "bad-link", field: "links[0].href", path: "content.services[0].links[0].href" });
    }
    const urlErr = errorsOf(makePack({ services: [svc("bad-url", { url: "http://example.org" })] }));
    expect(urlErr[0]).toMatchObject({ record: "bad-url", field: "url" });
  });

  it("keeps hostile markup as literal, inert text", () => {
    const hostile = [
      `<script>alert("x")</script>`,
      `<img src=x onerror="alert(1)">`,
      `"><svg onload=alert(1)>`,
      "{{constructor.constructor('alert(1)')()}}",
    ];
    const services = hostile.map((h, i) => svc(`h${i}`, { name: h, description: h, howToAccess: h, eligibility: h }));
    const r = validatePackValue(JSON.parse(JSON.stringify(makePack({ services }))));
    expect(r.ok).toBe(true);
    if (r.ok) {
      r.pack.content.services.forEach((s, i) => {
        expect(s.name).toBe(hostile[i]);
        expect(s.description).toBe(hostile[i]);
      });
    }
  });

  it("lets only numbers on the confirmed list be marked confirmed", () => {
    expect(serviceSchema.safeParse(svc("a", { phones: [{ number: "08000 121 700", verification: "confirmed" }] })).success).toBe(
      true,
    );
    expect(serviceSchema.safeParse(svc("a", { phones: [{ number: "0800 808 3733", verification: "confirmed" }] })).success).toBe(
      true,
    );
    const unconfirmed = serviceSchema.safeParse(svc("a", { phones: [{ number: "0800 043 4303", verification: "confirmed" }] }));
    expect(unconfirmed.success).toBe(false);
    expect(unconfirmed.error?.issues[0]?.path).toEqual(["phones", 0, "verification"]);
    expect(serviceSchema.safeParse(svc("a", { phones: [{ number: "0800 043 4303", verification: "verify" }] })).success).toBe(
      true,
    );
  });

  it("refuses an address on a confidential location", () => {
    const address = { line1: "1 Any Street", town: "Town" };
    expect(locationSchema.safeParse({ id: "l1", confidentialAddress: true, address }).success).toBe(false);
    expect(locationSchema.safeParse({ id: "l1", confidentialAddress: false, address }).success).toBe(true);
    expect(locationSchema.safeParse({ id: "l1", confidentialAddress: true }).success).toBe(true);
  });

  it("requires a source for sample entries and consistent sub-stages", () => {
    expect(serviceSchema.safeParse(svc("a", { sample: true })).success).toBe(false);
    expect(serviceSchema.safeParse(svc("a", { sample: true, sampleSource: "seed" })).success).toBe(true);
    expect(serviceSchema.safeParse(svc("a", { stages: ["pre-nrm"], postNrmSubStages: ["positive-rg"] })).success).toBe(false);
  });

  it("refuses expiresAt before issuedAt and impossible dates", () => {
    expect(errorsOf(makePack({ issuedAt: "2026-12-01", expiresAt: "2026-11-01" }))[0]?.path).toBe("expiresAt");
    expect(errorsOf(makePack({ expiresAt: "2026-02-30" }))[0]?.path).toBe("expiresAt");
  });
});

describe("schema versions", () => {
  const claim = { name: "Essex MSVLO team", on: "2026-11-20" };
  const withV2Fields = (schemaVersion: 1 | 2) =>
    makePack({
      schemaVersion,
      services: [
        svc("claimed", { phones: [{ number: "01245 000 111", verification: "verify", confirmedBy: claim }] }),
        svc("raw", { unclassified: true, stages: [], needs: [], audience: undefined }),
      ],
    });

  it("refuses version 2 fields in a pack that says it is version 1, naming each", () => {
    const r = validatePackBytes(bytesOf(withV2Fields(1)));
    expect(r.ok).toBe(false);
    const where = r.ok ? [] : r.errors.map((e) => `${e.code} ${e.path ?? ""} ${e.message}`);
    expect(where).toEqual([
      "reference content.services[0].phones[0].confirmedBy claimed: phone confirmations (confirmedBy) need schemaVersion 2",
      "reference content.services[1].unclassified raw: unclassified services need schemaVersion 2",
    ]);
  });

  it("accepts the same content when the pack says version 2", () => {
    expect(validatePackBytes(bytesOf(withV2Fields(2))).ok).toBe(true);
  });
});
