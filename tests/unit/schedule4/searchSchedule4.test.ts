import { describe, expect, it } from "vitest";
import { SCHEDULE4_ENTRIES, searchSchedule4 } from "../../../src/pathway/schedule4";

const top = (query: string): string | undefined => searchSchedule4(query)[0]?.id;

describe("searchSchedule4", () => {
  it.each([
    ["robbery", "theft-act-1968-s8"],
    ["mugging", "theft-act-1968-s8"],
    ["s8 theft act", "theft-act-1968-s8"],
    ["theft act s8", "theft-act-1968-s8"],
    ["Theft Act 1968, section 8", "theft-act-1968-s8"],
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

  it("returns nothing for an empty or meaningless query", () => {
    expect(searchSchedule4("")).toEqual([]);
    expect(searchSchedule4("   ")).toEqual([]);
    expect(searchSchedule4("the of")).toEqual([]);
    expect(searchSchedule4("zzzz qqqq")).toEqual([]);
  });

  it("does not offer offences that are not listed", () => {
    expect(searchSchedule4("misuse of drugs").map((e) => e.act)).not.toContain("Misuse of Drugs Act 1971");
    expect(searchSchedule4("theft act 1968 s1")).toEqual([]);
  });

  it("respects the limit and is deterministic", () => {
    expect(searchSchedule4("abuse of position of trust", 2)).toHaveLength(2);
    expect(searchSchedule4("section 18", 0)).toEqual([]);
    const first = searchSchedule4("section 1").map((e) => e.id);
    expect(first.length).toBeGreaterThan(3);
    expect(searchSchedule4("section 1").map((e) => e.id)).toEqual(first);
    // Equal scores keep Schedule order.
    const order = new Map(SCHEDULE4_ENTRIES.map((e, i) => [e.id, i]));
    const ranks = searchSchedule4("section 18").map((e) => order.get(e.id) ?? -1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("returns the data objects themselves, with provenance", () => {
    const [hit] = searchSchedule4("robbery");
    expect(hit).toBe(SCHEDULE4_ENTRIES.find((e) => e.id === "theft-act-1968-s8"));
    expect(hit?.provenance.verification).toBe("confirmed");
  });
});
