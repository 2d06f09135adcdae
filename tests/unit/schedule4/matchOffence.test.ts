import { describe, expect, it } from "vitest";
import { matchSchedule4, schedule4CoverageNotes, type OffenceRef, type Schedule4Match } from "../../../src/pathway/schedule4";

const kindOf = (ref: OffenceRef): Schedule4Match["kind"] => matchSchedule4(ref).kind;
const entryId = (ref: OffenceRef): string | undefined => {
  const result = matchSchedule4(ref);
  return "entry" in result ? result.entry.id : undefined;
};

describe("matchSchedule4", () => {
  it("excludes robbery, Theft Act 1968 s8", () => {
    expect(matchSchedule4({ act: "Theft Act 1968", section: "8" })).toMatchObject({
      kind: "excluded",
      entry: { id: "theft-act-1968-s8" },
    });
  });

  it("normalises the Act's title", () => {
    for (const act of [
      "theft act 1968",
      "THE Theft Act, 1968",
      "Theft Act 1968 (c. 60)",
      "Thêft Act 1968",
      "  Theft   Act 1968 ",
    ]) {
      expect(entryId({ act, section: "8" }), act).toBe("theft-act-1968-s8");
    }
  });

  it("treats a subsection of a listed section as listed", () => {
    expect(matchSchedule4({ act: "Theft Act 1968", section: "8(1)" })).toMatchObject({
      kind: "excluded",
      entry: { id: "theft-act-1968-s8" },
    });
  });

  it("makes burglary conditional and says on what", () => {
    const result = matchSchedule4({ act: "theft act 1968", section: "9" });
    expect(result).toMatchObject({ kind: "conditional", entry: { id: "theft-act-1968-s9" } });
    expect(result.kind === "conditional" ? result.reason : "").toMatch(/grievous bodily harm/);
  });

  it("does not list theft, drug supply or identity document offences", () => {
    expect(kindOf({ act: "Theft Act 1968", section: "1" })).toBe("not-listed");
    expect(kindOf({ act: "Misuse of Drugs Act 1971", section: "4" })).toBe("not-listed");
    expect(kindOf({ act: "Identity Documents Act 2010", section: "6" })).toBe("not-listed");
  });

  it("matches common law offences by name, ignoring case and simple variants", () => {
    expect(entryId({ act: "common law", name: "Kidnapping" })).toBe("common-law-kidnapping");
    expect(entryId({ act: "Common Law", name: "kidnap" })).toBe("common-law-kidnapping");
    expect(kindOf({ act: "common law", name: "kidnap" })).toBe("excluded");
    expect(entryId({ act: "common law", name: "perverting the course of public justice" })).toBe(
      "common-law-perverting-the-course-of-justice",
    );
    expect(kindOf({ act: "common law", name: "conspiracy to defraud" })).toBe("not-listed");
  });

  it("excludes Firearms Act 1968 s17(2) but makes a bare s17 conditional, naming the subsections", () => {
    expect(matchSchedule4({ act: "Firearms Act 1968", section: "17(2)" })).toMatchObject({
      kind: "excluded",
      entry: { id: "firearms-act-1968-s17-2" },
    });
    const bare = matchSchedule4({ act: "Firearms Act 1968", section: "17" });
    expect(bare.kind).toBe("conditional");
    expect(bare.kind === "conditional" ? bare.reason : "").toMatch(/s17\(1\) and s17\(2\)/);
  });

  it("treats arson under the Criminal Damage Act 1971 as conditional, and s1(2) as excluded", () => {
    expect(matchSchedule4({ act: "Criminal Damage Act 1971", section: "1" })).toMatchObject({
      kind: "conditional",
      entry: { id: "criminal-damage-act-1971-s1-arson" },
    });
    expect(kindOf({ act: "Criminal Damage Act 1971", section: "1(1)" })).toBe("conditional");
    expect(matchSchedule4({ act: "Criminal Damage Act 1971", section: "1(2)" })).toMatchObject({
      kind: "excluded",
      entry: { id: "criminal-damage-act-1971-s1-2" },
    });
  });

  it("does not find OAPA 1861 s47 (actual bodily harm), and reports that gap", () => {
    // Research could not confirm s47 either way: it is not held as listed, and
    // the coverage notes say so, so the app must not present it as a clean answer.
    const ref = { act: "Offences Against the Person Act 1861", section: "47" };
    expect(kindOf(ref)).toBe("not-listed");
    expect(schedule4CoverageNotes(ref).join(" ")).toMatch(/section 47/);
    expect(matchSchedule4({ act: "Offences Against the Person Act 1861", section: "18" })).toMatchObject({ kind: "excluded" });
    expect(schedule4CoverageNotes({ act: "Theft Act 1968", section: "1" })).toEqual([]);
  });

  it("reads common abbreviations where they name one Act", () => {
    expect(entryId({ act: "OAPA", section: "18" })).toBe("offences-against-the-person-act-1861-s18");
    expect(entryId({ act: "SOA 2003", section: "1" })).toBe("sexual-offences-act-2003-s1");
    expect(kindOf({ act: "SOA", section: "1" })).toBe("unknown-act");
  });

  it("asks for the year when the title alone is ambiguous", () => {
    const result = matchSchedule4({ act: "Public Order Act", section: "2" });
    expect(result.kind).toBe("unknown-act");
    expect(result.kind === "unknown-act" ? result.message : "").toMatch(/Public Order Act 1936.*Public Order Act 1986/);
    expect(kindOf({ act: "Theft Act", section: "8" })).toBe("unknown-act");
    // An Act that is not on the Schedule under any year is simply not listed.
    expect(kindOf({ act: "Misuse of Drugs Act", section: "4" })).toBe("not-listed");
  });

  it("reports unreadable input rather than guessing", () => {
    expect(kindOf({ act: "!!!", section: "1" })).toBe("unknown-act");
    expect(kindOf({ act: "1968", section: "1" })).toBe("unknown-act");
    expect(kindOf({ act: "Theft Act 1968", section: "eight" })).toBe("unknown-act");
    expect(kindOf({ act: "common law", name: "the" })).toBe("unknown-act");
    expect(kindOf({ act: "common law", section: "8" })).toBe("unknown-act");
  });

  it("makes ancillary offences conditional on the offence behind them", () => {
    expect(kindOf({ act: "Criminal Attempts Act 1981", section: "1" })).toBe("conditional");
    expect(kindOf({ act: "Serious Crime Act 2007", section: "45" })).toBe("conditional");
  });
});
