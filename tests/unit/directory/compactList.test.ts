import { describe, expect, it } from "vitest";
import type { EntryFlags } from "../../../src/directory/query/entryView";
import { TRUST_MARKERS, trustMarkerOf, trustMarkersOf, trustSummaryOf } from "../../../src/directory/query/trustMarker";
import { openingStateOf } from "../../../src/directory/query/openingState";
import { LEAD_MAX_CHARS, leadTextOf } from "../../../src/directory/query/leadText";

const CLEAR: EntryFlags = {
  stale: false,
  daysSinceAssured: 0,
  packExpired: false,
  unverified: false,
  sample: false,
  local: null,
  retired: false,
  needsVerification: false,
  unclassified: false,
  unconfirmedNumber: false,
};

function marked(flags: Partial<EntryFlags>) {
  return { flags: { ...CLEAR, ...flags } };
}

describe("one trust marker per entry", () => {
  it("shows nothing for a confirmed, current, published entry", () => {
    expect(trustMarkerOf(marked({}))).toBeNull();
    // Changed on this phone, or where it is, is not a warning.
    expect(trustMarkerOf(marked({ local: "checked" }))).toBeNull();
  });

  it("shows the most serious problem and lists every one, most serious first", () => {
    const all = marked({
      retired: true,
      unclassified: true,
      packExpired: true,
      unverified: true,
      stale: true,
      needsVerification: true,
      sample: true,
    });
    expect(trustMarkersOf(all)).toEqual([...TRUST_MARKERS]);
    expect(trustMarkerOf(all)).toBe("retired");
    expect(trustMarkerOf(marked({ sample: true, needsVerification: true }))).toBe("unconfirmed");
    expect(trustMarkerOf(marked({ sample: true }))).toBe("sample");
    expect(trustMarkerOf(marked({ stale: true, sample: true }))).toBe("stale");
    expect(trustMarkerOf(marked({ unverified: true, stale: true }))).toBe("unverified");
  });

  it("counts an unconfirmed phone number as unconfirmed, and an unclassified entry before it", () => {
    expect(trustMarkerOf(marked({ unconfirmedNumber: true }))).toBe("unconfirmed");
    expect(trustMarkerOf(marked({ unconfirmedNumber: true, unclassified: true }))).toBe("unclassified");
  });

  it("summarises a list only when many entries share a marker", () => {
    const entries = [marked({ sample: true }), marked({}), marked({ needsVerification: true }), marked({})];
    expect(trustSummaryOf(entries)).toEqual({ flagged: 2, total: 4 });
    expect(trustSummaryOf([marked({ sample: true }), marked({})])).toBeNull();
    expect(trustSummaryOf([])).toBeNull();
  });
});

describe("open now, from the hours held (UK time)", () => {
  // 2026-11-23 is a Monday; in November UK time is UTC.
  const at = (iso: string) => new Date(iso);
  const weekdays = {
    open247: false as const,
    weekly: [
      { days: ["mon", "tue", "wed", "thu", "fri"] as ("mon" | "tue" | "wed" | "thu" | "fri")[], opens: "09:00", closes: "17:00" },
    ],
  };

  it("says nothing when no hours are held, and 'open 24 hours' when that is all that is known", () => {
    expect(openingStateOf(undefined, at("2026-11-23T03:00:00Z"))).toEqual({ kind: "unknown" });
    expect(openingStateOf({ open247: true }, at("2026-11-23T03:00:00Z"))).toEqual({ kind: "open-24-hours" });
    expect(openingStateOf({ open247: false, weekly: [] }, at("2026-11-23T03:00:00Z"))).toEqual({ kind: "unknown" });
  });

  it("is open within a period, with its closing time, and closed outside it with the next opening", () => {
    expect(openingStateOf(weekdays, at("2026-11-23T12:00:00Z"))).toEqual({ kind: "open-now", closes: "17:00" });
    expect(openingStateOf(weekdays, at("2026-11-23T17:00:00Z"))).toEqual({
      kind: "closed-now",
      next: { day: "tue", opens: "09:00" },
    });
    // Saturday 3 a.m.: next opening is Monday.
    expect(openingStateOf(weekdays, at("2026-11-28T03:00:00Z"))).toEqual({
      kind: "closed-now",
      next: { day: "mon", opens: "09:00" },
    });
  });

  it("handles a period past midnight and British Summer Time", () => {
    const nights = { open247: false as const, weekly: [{ days: ["fri" as const], opens: "20:00", closes: "02:00" }] };
    // Saturday 01:30 UK time is inside Friday night's period.
    expect(openingStateOf(nights, at("2026-11-28T01:30:00Z"))).toEqual({ kind: "open-now", closes: "02:00" });
    expect(openingStateOf(nights, at("2026-11-28T02:30:00Z")).kind).toBe("closed-now");
    // 1 July 2026, 08:30 UTC is 09:30 in London (BST).
    expect(openingStateOf(weekdays, at("2026-07-01T08:30:00Z"))).toEqual({ kind: "open-now", closes: "17:00" });
  });
});

describe("the 'what it offers' line", () => {
  it("is the first sentence, and says when the details hold more", () => {
    expect(leadTextOf("Free advice line. Open all day and night.")).toEqual({ lead: "Free advice line.", shortened: true });
    expect(leadTextOf("Free advice line.")).toEqual({ lead: "Free advice line.", shortened: false });
  });

  it("cuts a long sentence at a word, never inside one", () => {
    const long = `${"Support with housing, benefits and health ".repeat(8)}for adults.`;
    const { lead, shortened } = leadTextOf(long);
    expect(shortened).toBe(true);
    expect(lead.length).toBeLessThanOrEqual(LEAD_MAX_CHARS + 1);
    expect(lead.endsWith("…")).toBe(true);
    expect(long.startsWith(lead.slice(0, -1))).toBe(true);
    expect(long.charAt(lead.length - 1)).toBe(" ");
  });

  it("does not split at abbreviations followed by a lower-case word or a number in a sentence", () => {
    expect(leadTextOf("Help for adults, e.g. food and clothes. More text.").lead).toBe("Help for adults, e.g. food and clothes.");
  });
});
