import { describe, expect, it } from "vitest";
import { offenceRefSchema, schedule4EntrySchema } from "../../../src/pathway/schedule4";

const goodEntry = {
  id: "theft-act-1968-s8",
  paragraph: "14",
  act: "Theft Act 1968",
  section: "8",
  everydayNames: ["robbery"],
  provenance: {
    sources: [{ title: "Modern Slavery Act 2015, Schedule 4", url: "https://www.legislation.gov.uk/ukpga/2015/30/schedule/4" }],
    lastReviewed: "2026-11-23",
    verification: "confirmed",
  },
};

describe("offenceRefSchema", () => {
  it.each(["8", "17(2)", "12A", "1(2)", "16A", "31(1)", "5(1A)"])("accepts section %s", (section) => {
    expect(offenceRefSchema.safeParse({ act: "Theft Act 1968", section }).success).toBe(true);
  });

  it.each(["s8", "section 8", "5(1)(a)", "", "(2)", "8 ", "12a", "A12", "8(2", "8.1"])("rejects section %j", (section) => {
    expect(offenceRefSchema.safeParse({ act: "Theft Act 1968", section }).success).toBe(false);
  });

  it("accepts a common law offence by name, in any case", () => {
    expect(offenceRefSchema.safeParse({ act: "common law", name: "kidnapping" }).success).toBe(true);
    expect(offenceRefSchema.safeParse({ act: "Common Law", name: "murder" }).success).toBe(true);
  });

  it("rejects mixed and malformed references", () => {
    expect(offenceRefSchema.safeParse({ act: "common law", section: "8" }).success).toBe(false);
    expect(offenceRefSchema.safeParse({ act: "Theft Act 1968", name: "robbery" }).success).toBe(false);
    expect(offenceRefSchema.safeParse({ act: "", section: "8" }).success).toBe(false);
    expect(offenceRefSchema.safeParse({ act: "x".repeat(201), section: "8" }).success).toBe(false);
    expect(offenceRefSchema.safeParse({ act: "common law", name: "  " }).success).toBe(false);
  });

  it("rejects unknown fields", () => {
    expect(offenceRefSchema.safeParse({ act: "Theft Act 1968", section: "8", note: "x" }).success).toBe(false);
    expect(offenceRefSchema.safeParse({ act: "common law", name: "murder", section: "1" }).success).toBe(false);
  });
});

describe("schedule4EntrySchema", () => {
  it("accepts a well-formed entry", () => {
    expect(schedule4EntrySchema.safeParse(goodEntry).success).toBe(true);
  });

  it("rejects unknown fields, at the top and in provenance", () => {
    expect(schedule4EntrySchema.safeParse({ ...goodEntry, verdict: "guilty" }).success).toBe(false);
    expect(schedule4EntrySchema.safeParse({ ...goodEntry, provenance: { ...goodEntry.provenance, extra: 1 } }).success).toBe(
      false,
    );
  });

  it("rejects bad sections, ids and paragraphs", () => {
    expect(schedule4EntrySchema.safeParse({ ...goodEntry, section: "s8" }).success).toBe(false);
    expect(schedule4EntrySchema.safeParse({ ...goodEntry, section: "5(1)(a)" }).success).toBe(false);
    expect(schedule4EntrySchema.safeParse({ ...goodEntry, id: "Theft Act s8" }).success).toBe(false);
    expect(schedule4EntrySchema.safeParse({ ...goodEntry, paragraph: "fourteen" }).success).toBe(false);
    expect(schedule4EntrySchema.safeParse({ ...goodEntry, paragraph: "unconfirmed (after 33)" }).success).toBe(true);
  });

  it("requires a year on an Act and keeps common law and statutory shapes apart", () => {
    expect(schedule4EntrySchema.safeParse({ ...goodEntry, act: "Theft Act" }).success).toBe(false);
    const { section: _section, ...noSection } = goodEntry;
    expect(schedule4EntrySchema.safeParse(noSection).success).toBe(false);
    expect(
      schedule4EntrySchema.safeParse({ ...noSection, act: "common law", name: "murder", id: "common-law-murder" }).success,
    ).toBe(true);
    expect(schedule4EntrySchema.safeParse({ ...goodEntry, act: "common law", name: "murder" }).success).toBe(false);
  });

  it("requires a note on an unconfirmed entry and an https link", () => {
    const verify = { ...goodEntry, provenance: { ...goodEntry.provenance, verification: "verify" } };
    expect(schedule4EntrySchema.safeParse(verify).success).toBe(false);
    expect(
      schedule4EntrySchema.safeParse({ ...verify, provenance: { ...verify.provenance, noteId: "secondary-only" } }).success,
    ).toBe(true);
    // The built-in list names a translated note; free English text alone is not enough.
    expect(
      schedule4EntrySchema.safeParse({ ...verify, provenance: { ...verify.provenance, verificationNote: "not seen" } }).success,
    ).toBe(false);
    const http = { ...goodEntry, provenance: { ...goodEntry.provenance, sources: [{ title: "x", url: "http://example.org" }] } };
    expect(schedule4EntrySchema.safeParse(http).success).toBe(false);
  });
});
