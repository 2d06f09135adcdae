import { describe, expect, it } from "vitest";
import { matchSchedule4, schedule4CoverageNotes, type OffenceRef, type Schedule4Match } from "../../../src/pathway/schedule4";
import { ENGLISH_OFFENCES } from "../../../src/pathway/cli/englishText";
import type { Unrecognised } from "../../../src/pathway/model/decision";

const kindOf = (ref: OffenceRef): Schedule4Match["kind"] => matchSchedule4(ref).kind;
const entryId = (ref: OffenceRef): string | undefined => {
  const result = matchSchedule4(ref);
  return "entry" in result ? result.entry.id : undefined;
};
/** The problem behind an "unknown-act" answer (fails the test for any other kind). */
const problemOf = (ref: OffenceRef): Unrecognised => {
  const result = matchSchedule4(ref);
  if (result.kind !== "unknown-act") throw new Error(`expected unknown-act for ${JSON.stringify(ref)}, got ${result.kind}`);
  return result.problem;
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

  it("makes burglary conditional on the entry's own condition, and says on what", () => {
    const result = matchSchedule4({ act: "theft act 1968", section: "9" });
    expect(result).toMatchObject({
      kind: "conditional",
      entry: { id: "theft-act-1968-s9", conditional: true },
      conditionKind: "listed-condition",
    });
    expect(result).not.toHaveProperty("listedSections");
    expect(ENGLISH_OFFENCES.condition(result.kind === "conditional" ? result.entry.id : "")).toMatch(/grievous bodily harm/);
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

  it("excludes Firearms Act 1968 s17(1), s17(2) and a bare s17, since both subsections are listed", () => {
    expect(matchSchedule4({ act: "Firearms Act 1968", section: "17(1)" })).toMatchObject({
      kind: "excluded",
      entry: { id: "firearms-act-1968-s17-1" },
    });
    expect(matchSchedule4({ act: "Firearms Act 1968", section: "17(2)" })).toMatchObject({
      kind: "excluded",
      entry: { id: "firearms-act-1968-s17-2" },
    });
    expect(matchSchedule4({ act: "Firearms Act 1968", section: "17" })).toMatchObject({
      kind: "excluded",
      entry: { act: "Firearms Act 1968", section: "17" },
    });
  });

  it("treats arson under the Criminal Damage Act 1971 as conditional, and s1(2) as excluded", () => {
    // Section 1 itself: the arson listing's own condition, and 1(2) named beside it.
    expect(matchSchedule4({ act: "Criminal Damage Act 1971", section: "1" })).toEqual({
      kind: "conditional",
      entry: expect.objectContaining({ id: "criminal-damage-act-1971-s1-arson" }) as unknown,
      conditionKind: "listed-condition",
      listedSections: ["s1(2)"],
    });
    expect(matchSchedule4({ act: "Criminal Damage Act 1971", section: "1(1)" })).toMatchObject({
      kind: "conditional",
      entry: { id: "criminal-damage-act-1971-s1-arson" },
      conditionKind: "listed-condition",
    });
    expect(ENGLISH_OFFENCES.condition("criminal-damage-act-1971-s1-arson")).toMatch(/fire/);
    expect(matchSchedule4({ act: "Criminal Damage Act 1971", section: "1(2)" })).toMatchObject({
      kind: "excluded",
      entry: { id: "criminal-damage-act-1971-s1-2" },
    });
  });

  it("names the listed subsections when the reference is broader than the listing", () => {
    const ref = { act: "Crime and Disorder Act 1998", section: "31" };
    const result = matchSchedule4(ref);
    expect(result).toMatchObject({
      kind: "conditional",
      entry: { id: "crime-and-disorder-act-1998-s31-1" },
      conditionKind: "broader-reference",
      listedSections: ["s31(1)"],
    });
    const listedSections =
      result.kind === "conditional" && result.conditionKind === "broader-reference" ? result.listedSections : [];
    const words = ENGLISH_OFFENCES.broaderReference({
      match: "conditional",
      offence: ref,
      entryId: "crime-and-disorder-act-1998-s31-1",
      conditionKind: "broader-reference",
      listedSections,
    });
    expect(words).toMatch(/section 31 of the Crime and Disorder Act 1998/);
    expect(words).toMatch(/only s31\(1\) is listed/);
  });

  it("does not find OAPA 1861 s47 (actual bodily harm), and reports that gap", () => {
    // Research could not confirm s47 either way: it is not held as listed, and
    // the coverage notes say so, so the app must not present it as a clean answer.
    const ref = { act: "Offences Against the Person Act 1861", section: "47" };
    expect(kindOf(ref)).toBe("not-listed");
    const gaps = schedule4CoverageNotes(ref);
    expect(gaps).toEqual(["oapa"]);
    expect(gaps.map((id) => ENGLISH_OFFENCES.gap(id)).join(" ")).toMatch(/section 47/);
    expect(matchSchedule4({ act: "Offences Against the Person Act 1861", section: "18" })).toMatchObject({ kind: "excluded" });
    expect(schedule4CoverageNotes({ act: "Theft Act 1968", section: "1" })).toEqual([]);
  });

  it("reads common abbreviations where they name one Act", () => {
    expect(entryId({ act: "OAPA", section: "18" })).toBe("offences-against-the-person-act-1861-s18");
    expect(entryId({ act: "SOA 2003", section: "1" })).toBe("sexual-offences-act-2003-s1");
    expect(problemOf({ act: "SOA", section: "1" })).toEqual({ code: "year-needed", titles: ["Sexual Offences Act 2003"] });
  });

  it("asks for the year when the title has none", () => {
    const ambiguous = problemOf({ act: "Public Order Act", section: "2" });
    expect(ambiguous.code).toBe("year-needed");
    expect(ambiguous.titles).toEqual(expect.arrayContaining(["Public Order Act 1936", "Public Order Act 1986"]));
    expect(ENGLISH_OFFENCES.problem(ambiguous)).toMatch(/Public Order Act 1936.*Public Order Act 1986/);

    // Even where only one Act of that name is listed, the year is asked for.
    const theft = problemOf({ act: "Theft Act", section: "8" });
    expect(theft.code).toBe("year-needed");
    expect(theft.titles).toContain("Theft Act 1968");
    expect(ENGLISH_OFFENCES.problem(theft)).toMatch(/"Theft Act 1968"/);

    // An Act with no listing under any year still needs its year, rather than
    // being reported "not listed" for a title that was never checked.
    const drugs = problemOf({ act: "Misuse of Drugs Act", section: "4" });
    expect(drugs.code).toBe("year-needed");
    expect(drugs.titles ?? []).toEqual([]);
    expect(ENGLISH_OFFENCES.problem(drugs)).toMatch(/year/);
  });

  it("reports unreadable input rather than guessing, with a code for each problem", () => {
    expect(problemOf({ act: "!!!", section: "1" }).code).toBe("act-unreadable");
    expect(problemOf({ act: "1968", section: "1" }).code).toBe("act-unreadable");
    expect(problemOf({ act: "Theft Act 1968", section: "eight" })).toEqual({ code: "section-unreadable", section: "eight" });
    expect(problemOf({ act: "common law", name: "the" }).code).toBe("name-unreadable");
    expect(problemOf({ act: "common law", section: "8" }).code).toBe("common-law-needs-name");
    expect(problemOf({ act: "Theft Act 1968", name: "robbery" }).code).toBe("act-needs-section");
  });

  it("puts each problem into English words", () => {
    expect(ENGLISH_OFFENCES.problem(problemOf({ act: "!!!", section: "1" }))).toMatch(/title could not be read/);
    expect(ENGLISH_OFFENCES.problem(problemOf({ act: "Theft Act 1968", section: "eight" }))).toMatch(/"eight" could not be read/);
    expect(ENGLISH_OFFENCES.problem(problemOf({ act: "common law", name: "the" }))).toMatch(/name could not be read/);
    expect(ENGLISH_OFFENCES.problem(problemOf({ act: "common law", section: "8" }))).toMatch(/by its name, not a section/);
    expect(ENGLISH_OFFENCES.problem(problemOf({ act: "Theft Act 1968", name: "robbery" }))).toMatch(/section of the Act/);
  });

  it("makes ancillary offences conditional on the offence behind them", () => {
    for (const ref of [
      { act: "Criminal Attempts Act 1981", section: "1" },
      { act: "Serious Crime Act 2007", section: "45" },
    ]) {
      const result = matchSchedule4(ref);
      expect(result, ref.act).toMatchObject({ kind: "conditional", conditionKind: "listed-condition" });
      expect(ENGLISH_OFFENCES.condition(result.kind === "conditional" ? result.entry.id : ""), ref.act).toMatch(
        /itself on Schedule 4/,
      );
    }
  });
});
