// Which pack an Open Referral UK import becomes (oruk/orukPublisher.ts).
import { describe, expect, it } from "vitest";
import { isOrukPublisherId, orukPublisherFor } from "../../../src/directory/oruk/orukPublisher";
import { publisherSchema } from "../../../src/directory/schema/pack";

describe("orukPublisherFor", () => {
  it("derives a valid, stable id from the name, accents and punctuation aside", () => {
    const r = orukPublisherFor("  Cyngor Sir Ynys Môn — Gwasanaethau ", []);
    expect(r).toEqual({
      ok: true,
      publisher: { id: "oruk-cyngor-sir-ynys-mon-gwasanaethau", name: "Cyngor Sir Ynys Môn — Gwasanaethau" },
      replaces: false,
    });
    if (r.ok) expect(publisherSchema.safeParse(r.publisher).success).toBe(true);
  });

  it("gives a name with no Latin letters a stable id of its own", () => {
    const a = orukPublisherFor("دليل الخدمات", []);
    const b = orukPublisherFor("دليل الخدمات", []);
    const c = orukPublisherFor("目录", []);
    expect(a.ok && a.publisher.id).toMatch(/^oruk-[0-9a-f]{8}$/);
    expect(a.ok && b.ok && a.publisher.id === b.publisher.id).toBe(true);
    expect(a.ok && c.ok && a.publisher.id !== c.publisher.id).toBe(true);
  });

  it("keeps ids within the schema's 64 characters", () => {
    const r = orukPublisherFor("A very long directory name ".repeat(7), []);
    expect(r.ok && r.publisher.id.length).toBeLessThanOrEqual(64);
    if (r.ok) expect(publisherSchema.safeParse(r.publisher).success).toBe(true);
  });

  it("reuses an installed directory's id for the same name, and says it replaces it", () => {
    const installed = [{ id: "essex-open-referral", name: "Open Referral UK import for Essex" }];
    expect(orukPublisherFor("open referral UK import for essex", installed)).toEqual({
      ok: true,
      publisher: { id: "essex-open-referral", name: "open referral UK import for essex" },
      replaces: true,
    });
    expect(orukPublisherFor("Essex FIS", installed)).toMatchObject({ replaces: false, publisher: { id: "oruk-essex-fis" } });
  });

  it("refuses an empty or over-long name", () => {
    expect(orukPublisherFor(" \n ", [])).toMatchObject({ ok: false });
    expect(orukPublisherFor("x".repeat(201), [])).toMatchObject({ ok: false });
  });

  it("recognises ORUK imports, old and new", () => {
    expect(isOrukPublisherId("oruk-essex-fis", "essex")).toBe(true);
    expect(isOrukPublisherId("essex-open-referral", "essex")).toBe(true);
    expect(isOrukPublisherId("essex-police", "essex")).toBe(false);
  });
});
