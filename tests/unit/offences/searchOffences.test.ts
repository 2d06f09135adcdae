import { describe, expect, it } from "vitest";
import { isSearchable, searchOffences, type SearchOptions } from "../../../src/pathway/offences/searchOffences";
import { offenceCatalogue } from "../../../src/pathway/offences/catalogue";
import { ENGLISH_OFFENCES } from "../../../src/pathway/cli/englishText";

const titleOf = ENGLISH_OFFENCES.title;
const search = (query: string, options: Omit<SearchOptions, "titleOf"> = {}) => searchOffences(query, { titleOf, ...options });
const ids = (query: string, options: Omit<SearchOptions, "titleOf"> = {}): string[] => search(query, options).map((e) => e.id);
const top = (query: string): string | undefined => ids(query)[0];
const topListed = (query: string): string | undefined => ids(query, { schedule4Only: true })[0];

describe("searchOffences", () => {
  // Each of these is first in the whole catalogue, common offences included.
  it.each([
    ["robbery", "theft-act-1968-s8"],
    ["mugging", "theft-act-1968-s8"],
    ["section 18", "offences-against-the-person-act-1861-s18"],
    ["kidnap", "common-law-kidnapping"],
    ["kidnapping", "common-law-kidnapping"],
    ["OAPA 18", "offences-against-the-person-act-1861-s18"],
    ["oapa s.20", "offences-against-the-person-act-1861-s20"],
    ["firearms 16A", "firearms-act-1968-s16a"],
    ["firearms act 1968 s 17 (2)", "firearms-act-1968-s17-2"],
    ["rape", "sexual-offences-act-2003-s1"],
    ["sexual offences act 2003 s1", "sexual-offences-act-2003-s1"],
    ["SOA 2", "sexual-offences-act-2003-s2"],
    ["murder", "common-law-murder"],
    ["arson", "criminal-damage-act-1971-s1-arson"],
    ["burglary", "theft-act-1968-s9"],
    ["aggravated burglary", "theft-act-1968-s10"],
    ["blackmail", "theft-act-1968-s21"],
    ["GBH", "offences-against-the-person-act-1861-s20"],
    ["threats to kill", "offences-against-the-person-act-1861-s16"],
    ["MSA s2", "modern-slavery-act-2015-s2"],
    ["CJA 1988 134", "criminal-justice-act-1988-s134"],
    ["RTA 1", "road-traffic-act-1988-s1"],
    ["people smuggling", "immigration-act-1971-s25"],
  ])("ranks %j first as %s", (query, id) => {
    expect(top(query)).toBe(id);
    // The Schedule 4 search agrees.
    expect(topListed(query)).toBe(id);
  });

  // An Act and section typed together: a typed section rules out entries it
  // contradicts, so the everyday name "theft" on s1 cannot outrank s8.
  it.each([
    ["s8 theft act", "theft-act-1968-s8"],
    ["theft act s8", "theft-act-1968-s8"],
    ["Theft Act 1968, section 8", "theft-act-1968-s8"],
    ["theft act 1968 s9", "theft-act-1968-s9"],
    ["theft act 1968 s22", "theft-act-1968-s22"],
  ])("ranks %j first as %s in the whole catalogue", (query, id) => {
    expect(top(query)).toBe(id);
  });

  it("does not offer an entry whose section contradicts the one typed", () => {
    expect(ids("fraud act 2006 s6")[0]).not.toBe("fraud-act-2006-s1");
    expect(ids("theft act s8")).not.toContain("theft-act-1968-s1");
  });

  it("is case- and accent-insensitive", () => {
    expect(top("ROBBERY")).toBe("theft-act-1968-s8");
    expect(top("Múrder")).toBe("common-law-murder");
    expect(top("kidnäp")).toBe("common-law-kidnapping");
  });

  it("matches the start of a word while typing", () => {
    expect(top("burg")).toBe("theft-act-1968-s9");
    expect(top("blackm")).toBe("theft-act-1968-s21");
  });

  it("searches the titles it is given, as well as the everyday names", () => {
    expect(searchOffences("deprive permanently")).toEqual([]);
    expect(ids("deprive permanently")[0]).toBe("theft-act-1968-s1");
  });

  it("returns nothing for an empty or meaningless query", () => {
    for (const query of ["", "   ", "the of", "zzzz qqqq"]) {
      expect(search(query), query).toEqual([]);
      expect(search(query, { schedule4Only: true }), query).toEqual([]);
    }
    expect(isSearchable("")).toBe(false);
    expect(isSearchable("the of")).toBe(false);
    expect(isSearchable("s8")).toBe(true);
  });

  it("offers only Schedule 4 listings with schedule4Only, and the common offences without it", () => {
    const listedOnly = search("cannabis", { schedule4Only: true });
    expect(listedOnly.map((e) => e.act)).not.toContain("Misuse of Drugs Act 1971");
    expect(search("misuse of drugs", { schedule4Only: true })).toEqual([]);
    expect(search("theft act 1968 s1", { schedule4Only: true })).toEqual([]);
    for (const entry of search("section 1", { schedule4Only: true })) expect(entry.kind, entry.id).toBe("schedule4");

    const all = search("cannabis");
    for (const section of ["6", "4(2)"]) {
      const found = all.find((e) => e.act === "Misuse of Drugs Act 1971" && e.section === section);
      expect(found, `s${section}`).toMatchObject({ kind: "common", schedule4: "not-listed" });
    }
    expect(search("theft act 1968 s1")[0]).toMatchObject({ id: "theft-act-1968-s1", schedule4: "not-listed" });
  });

  it("respects the limit and is deterministic", () => {
    expect(search("abuse of position of trust", { limit: 2 })).toHaveLength(2);
    expect(search("section 18", { limit: 0 })).toEqual([]);
    const first = ids("section 1");
    expect(first.length).toBeGreaterThan(3);
    expect(ids("section 1")).toEqual(first);
    // Equal scores keep catalogue order (common offences, then Schedule order).
    const order = new Map(offenceCatalogue().map((e, i) => [e.id, i]));
    for (const query of ["section 18", "money laundering"]) {
      const ranks = ids(query).map((id) => order.get(id) ?? -1);
      expect(ranks, query).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it("returns the catalogue entries themselves, with their status and provenance", () => {
    const [hit] = search("robbery");
    expect(hit).toBe(offenceCatalogue().find((e) => e.id === "theft-act-1968-s8"));
    expect(hit).toMatchObject({ kind: "schedule4", schedule4: "excluded", paragraph: "14" });
    expect(hit?.provenance.verification).toBe("confirmed");
  });
});
