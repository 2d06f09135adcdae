import { describe, expect, it } from "vitest";
import {
  SCHEDULE4_ENTRIES,
  SCHEDULE4_PROVENANCE,
  schedule4EntrySchema,
  schedule4ProvenanceSchema,
} from "../../../src/pathway/schedule4";
import { ENGLISH_CONTENT, ENGLISH_OFFENCES } from "../../../src/pathway/cli/englishText";

const PRIMARY_URL = /^https:\/\/(www\.)?(legislation\.gov\.uk|publications\.parliament\.uk)\//;

describe("Schedule 4 data", () => {
  it("has entries, each of which parses", () => {
    expect(SCHEDULE4_ENTRIES.length).toBeGreaterThan(80);
    for (const entry of SCHEDULE4_ENTRIES) {
      const result = schedule4EntrySchema.safeParse(entry);
      expect(result.success, `${entry.id}: ${result.error?.message ?? ""}`).toBe(true);
    }
  });

  it("has unique ids and no section listed twice for one Act", () => {
    const ids = SCHEDULE4_ENTRIES.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const refs = SCHEDULE4_ENTRIES.map((e) => `${e.act.toLowerCase()}|${e.section ?? e.name ?? ""}`);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it("gives every entry provenance with a source and a review date", () => {
    for (const entry of SCHEDULE4_ENTRIES) {
      expect(entry.provenance.sources.length, entry.id).toBeGreaterThan(0);
      expect(entry.provenance.lastReviewed, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("cites a primary https source, and a real paragraph number, for every confirmed entry", () => {
    const confirmed = SCHEDULE4_ENTRIES.filter((e) => e.provenance.verification === "confirmed");
    expect(confirmed.length).toBeGreaterThan(40);
    for (const entry of confirmed) {
      const urls = entry.provenance.sources.map((s) => s.url ?? "");
      expect(
        urls.some((u) => PRIMARY_URL.test(u)),
        entry.id,
      ).toBe(true);
      expect(entry.paragraph, entry.id).toMatch(/^\d+$/);
    }
  });

  it("says why each unconfirmed entry is unconfirmed, in a note with English words", () => {
    const unconfirmed = SCHEDULE4_ENTRIES.filter((e) => e.provenance.verification === "verify");
    expect(unconfirmed.length).toBeGreaterThan(0);
    for (const entry of unconfirmed) {
      const { noteId } = entry.provenance;
      expect(noteId, entry.id).toBeDefined();
      expect(ENGLISH_CONTENT.note(noteId ?? "").trim().length, entry.id).toBeGreaterThan(20);
    }
  });

  it("has an English title for every entry, and a condition exactly for the conditional ones", () => {
    for (const entry of SCHEDULE4_ENTRIES) {
      expect(ENGLISH_OFFENCES.title(entry.id).trim(), entry.id).not.toBe("");
      if (entry.conditional === true) expect(ENGLISH_OFFENCES.condition(entry.id).trim(), entry.id).not.toBe("");
      else expect(() => ENGLISH_OFFENCES.condition(entry.id), entry.id).toThrow();
    }
  });

  it("holds the six common law offences of paragraphs 1 to 6, confirmed", () => {
    const commonLaw = SCHEDULE4_ENTRIES.filter((e) => e.act === "common law");
    expect(commonLaw.map((e) => [e.paragraph, e.name])).toEqual([
      ["1", "false imprisonment"],
      ["2", "kidnapping"],
      ["3", "manslaughter"],
      ["4", "murder"],
      ["5", "perverting the course of justice"],
      ["6", "piracy"],
    ]);
    expect(commonLaw.every((e) => e.provenance.verification === "confirmed")).toBe(true);
  });

  it("covers every paragraph from 1 to 16 and 31 to 33 that was read", () => {
    const paragraphs = new Set(SCHEDULE4_ENTRIES.map((e) => e.paragraph));
    for (let p = 1; p <= 16; p++) expect(paragraphs.has(String(p)), `paragraph ${p}`).toBe(true);
    for (const p of ["31", "32", "33"]) expect(paragraphs.has(p), `paragraph ${p}`).toBe(true);
  });

  it("keeps the Theft Act and Criminal Damage Act conditions from the Bill text", () => {
    const byId = new Map(SCHEDULE4_ENTRIES.map((e) => [e.id, e]));
    for (const id of ["theft-act-1968-s9", "theft-act-1968-s12a", "criminal-damage-act-1971-s1-arson"]) {
      expect(byId.get(id)?.conditional, id).toBe(true);
    }
    expect(ENGLISH_OFFENCES.condition("theft-act-1968-s9")).toMatch(/grievous bodily harm/);
    expect(ENGLISH_OFFENCES.condition("theft-act-1968-s12a")).toMatch(/death/);
    expect(ENGLISH_OFFENCES.condition("criminal-damage-act-1971-s1-arson")).toMatch(/fire/);
    expect(byId.get("theft-act-1968-s8")?.conditional).toBeUndefined();
    expect(() => ENGLISH_OFFENCES.condition("theft-act-1968-s8")).toThrow(/no English text/);
  });

  it("flags entries that were only remembered", () => {
    const byId = new Map(SCHEDULE4_ENTRIES.map((e) => [e.id, e]));
    for (const id of [
      "offences-against-the-person-act-1861-s22",
      "explosive-substances-act-1883-s2",
      "protection-of-children-act-1978-s1",
      "criminal-justice-act-1988-s134",
      "road-traffic-act-1988-s3a",
      "modern-slavery-act-2015-s1",
      "criminal-attempts-act-1981-s1",
    ]) {
      expect(byId.get(id)?.provenance.verification, id).toBe("verify");
    }
  });

  it("describes the Schedule as a whole, with its date and known gaps", () => {
    expect(schedule4ProvenanceSchema.safeParse(SCHEDULE4_PROVENANCE).success).toBe(true);
    expect(SCHEDULE4_PROVENANCE.legislationUpToDate).toBe("2024-05-18");
    expect(SCHEDULE4_PROVENANCE.verification).toBe("verify");
    expect(SCHEDULE4_PROVENANCE.knownGaps.map((g) => g.act)).toContain("Sexual Offences Act 2003");
  });
});
