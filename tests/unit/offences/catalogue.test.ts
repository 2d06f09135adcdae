import { describe, expect, it } from "vitest";
import { findCatalogueEntry, offenceCatalogue, refFromCatalogue } from "../../../src/pathway/offences/catalogue";
import { COMMON_OFFENCES } from "../../../src/pathway/offences/commonOffences";
import { commonOffenceSchema } from "../../../src/pathway/offences/offenceSchema";
import { searchOffences } from "../../../src/pathway/offences/searchOffences";
import { SCHEDULE4_ENTRIES, matchSchedule4 } from "../../../src/pathway/schedule4";
import { ENGLISH_CONTENT, ENGLISH_OFFENCES } from "../../../src/pathway/cli/englishText";

const catalogue = offenceCatalogue();
const common = catalogue.filter((e) => e.kind === "common");
const ids = (query: string): string[] => searchOffences(query, { titleOf: ENGLISH_OFFENCES.title }).map((e) => e.id);

describe("offence catalogue", () => {
  it("holds every common offence, then every Schedule 4 listing in Schedule order", () => {
    expect(common.map((e) => e.id)).toEqual(COMMON_OFFENCES.map((o) => o.id));
    expect(catalogue.slice(0, common.length)).toEqual(common);
    expect(catalogue.slice(common.length).map((e) => e.id)).toEqual(SCHEDULE4_ENTRIES.map((e) => e.id));
    expect(catalogue.slice(common.length).every((e) => e.kind === "schedule4")).toBe(true);
    expect(catalogue).toBe(offenceCatalogue());
  });

  it("has common offences that parse", () => {
    expect(COMMON_OFFENCES.length).toBeGreaterThan(20);
    for (const offence of COMMON_OFFENCES) {
      const result = commonOffenceSchema.safeParse(offence);
      expect(result.success, `${offence.id}: ${result.error?.message ?? ""}`).toBe(true);
    }
  });

  it("holds only common offences that are not on Schedule 4 (that is why they are here)", () => {
    for (const entry of common) {
      expect(entry.schedule4, entry.id).toBe("not-listed");
      expect(matchSchedule4(refFromCatalogue(entry)).kind, entry.id).toBe("not-listed");
    }
  });

  it("gives each Schedule 4 listing the status its own reference is matched to", () => {
    for (const entry of catalogue.filter((e) => e.kind === "schedule4")) {
      const match = matchSchedule4(refFromCatalogue(entry));
      expect(match.kind, entry.id).toBe(entry.schedule4);
      expect("entry" in match ? match.entry.id : undefined, entry.id).toBe(entry.id);
      expect(entry.schedule4, entry.id).not.toBe("not-listed");
    }
  });

  it("has ids that are unique across the catalogue, and finds each entry by its reference", () => {
    const allIds = catalogue.map((e) => e.id);
    expect(new Set(allIds).size).toBe(allIds.length);
    const refs = catalogue.map((e) => `${e.act.toLowerCase()}|${e.section ?? e.name ?? ""}`);
    expect(new Set(refs).size).toBe(refs.length);
    for (const entry of catalogue) expect(findCatalogueEntry(refFromCatalogue(entry)), entry.id).toBe(entry);
  });

  it("has an English title for every entry, and a caution exactly where hasCaution says", () => {
    expect(catalogue.filter((e) => e.hasCaution).length).toBeGreaterThan(0);
    for (const entry of catalogue) {
      expect(ENGLISH_OFFENCES.title(entry.id).trim().length, entry.id).toBeGreaterThan(0);
      if (entry.hasCaution) expect(ENGLISH_OFFENCES.caution(entry.id).trim().length, entry.id).toBeGreaterThan(0);
      else expect(() => ENGLISH_OFFENCES.caution(entry.id), entry.id).toThrow();
    }
  });

  it("says in English why each unconfirmed entry is unconfirmed", () => {
    const unconfirmed = catalogue.filter((e) => e.provenance.verification === "verify");
    expect(unconfirmed.some((e) => e.kind === "common")).toBe(true);
    expect(unconfirmed.some((e) => e.kind === "schedule4")).toBe(true);
    for (const entry of unconfirmed) {
      const { noteId } = entry.provenance;
      expect(noteId, entry.id).toBeDefined();
      expect(ENGLISH_CONTENT.note(noteId ?? "").trim().length, entry.id).toBeGreaterThan(20);
    }
  });

  it("gives every entry provenance with an https source and a review date", () => {
    for (const entry of catalogue) {
      expect(entry.provenance.sources.length, entry.id).toBeGreaterThan(0);
      expect(entry.provenance.lastReviewed, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const source of entry.provenance.sources)
        if (source.url !== undefined) expect(source.url, entry.id).toMatch(/^https:\/\//);
    }
  });

  describe("finds offences by the words officers use", () => {
    it.each([
      ["cannabis farm", "misuse-of-drugs-act-1971-s4-2"],
      ["growing cannabis", "misuse-of-drugs-act-1971-s4-2"],
      ["shoplifting", "theft-act-1968-s1"],
      ["pickpocketing", "theft-act-1968-s1"],
      ["fake passport", "identity-documents-act-2010-s4"],
      ["working illegally", "immigration-act-1971-s24b"],
      ["small boat", "immigration-act-1971-s24-e1a"],
      ["money laundering", "proceeds-of-crime-act-2002-s327"],
      ["soliciting", "street-offences-act-1959-s1"],
      ["begging", "vagrancy-act-1824-s3"],
      ["handling stolen goods", "theft-act-1968-s22"],
      ["fraud", "fraud-act-2006-s1"],
    ])("%j first as %s, not on Schedule 4", (query, id) => {
      const [first] = searchOffences(query, { titleOf: ENGLISH_OFFENCES.title });
      expect(first?.id).toBe(id);
      expect(first?.schedule4).toBe("not-listed");
    });

    it.each([
      // Growing cannabis may be charged as production (s4(2)) or cultivation (s6).
      ["cannabis farm", ["misuse-of-drugs-act-1971-s4-2", "misuse-of-drugs-act-1971-s6"]],
      ["growing cannabis", ["misuse-of-drugs-act-1971-s4-2", "misuse-of-drugs-act-1971-s6"]],
      ["fake passport", ["identity-documents-act-2010-s4", "identity-documents-act-2010-s6"]],
      // Arriving by small boat (s24(D1)) as well as endangering others on the crossing (s24(E1A)).
      ["small boat", ["immigration-act-1971-s24-e1a", "immigration-act-1971-s24-d1"]],
      [
        "money laundering",
        ["proceeds-of-crime-act-2002-s327", "proceeds-of-crime-act-2002-s328", "proceeds-of-crime-act-2002-s329"],
      ],
    ])("%j offers each of its offences in the top 3", (query, expected) => {
      expect(ids(query).slice(0, 3)).toEqual(expect.arrayContaining(expected));
    });
  });
});
