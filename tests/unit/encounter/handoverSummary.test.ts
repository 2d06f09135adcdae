import { describe, expect, it } from "vitest";
import { buildHandoverSummary, summaryMode, type SummaryKey } from "../../../src/encounter/handoverSummary";
import { decide } from "../../../src/pathway/engine/decide";
import { ENGLISH_CONTENT } from "../../../src/pathway/cli/englishText";
import type { Facts } from "../../../src/pathway/model/facts";
import en from "../../../locales/en-GB/encounter.json";

const labels = en.summary as Record<string, string>;
const t = (key: SummaryKey, values?: Record<string, string>) =>
  (labels[key] ?? `MISSING ${key}`).replace(/\{\{(\w+)\}\}/g, (_, k: string) => values?.[k] ?? "");

function facts(
  age: Facts["person"]["age"],
  consent: Facts["person"]["consentToNrm"],
  person: Partial<Facts["person"]> = {},
): Facts {
  return {
    area: "essex",
    person: { age, consentToNrm: consent, nrmStatus: "not-referred", ...person },
    situation: { immediateDanger: false, medicalNeed: true, needsInterpreter: true, needsAccommodation: false },
  };
}

function summary(f: Facts, ticked: string[] = []): string {
  const decision = decide(f);
  return buildHandoverSummary(
    {
      facts: f,
      decision,
      ticked,
      routeLabel: "ROUTE",
      areaLabel: "AREA",
      whereLabel: "",
      consentLabel: "CONSENT",
      ageLabel: "AGE",
      exploitationLabel: "EXPLOITATION",
      offenceLabel: "OFFENCE",
      s45Label: "S45",
      schedule4Label: "S4",
      actionTitle: (a) => ENGLISH_CONTENT.action(a).title,
      contactName: (c) => ENGLISH_CONTENT.contact(c).name,
      generatedAt: new Date(Date.UTC(2026, 10, 23, 3, 4)),
    },
    t,
  );
}

const robbery = { suspect: { offence: { act: "Theft Act 1968", section: "8" } } };

describe("hand-over summary", () => {
  it("lays out the seven sections in order, with the content version and time", () => {
    const text = summary(facts("adult", "yes"));
    const order = ["1. ", "2. ", "3. ", "4. ", "5. ", "6. ", "7. "].map((n) => text.indexOf(`\n${n}`));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > (order[k - 1] ?? 0)))).toBe(true);
    expect(text).toContain("2026-11-23 03:04 UTC");
    expect(text).toMatch(/Guidance content version: \d{4}\.\d{2}\.\d{2}-\d+/);
    expect(text).toContain("Medical need: Yes");
    expect(text).toContain("Kind of exploitation suspected: EXPLOITATION");
  });

  it("chooses what it may say from the route (F04, F16, F17)", () => {
    expect(summaryMode(decide(facts("adult", "no")))).toBe("anonymous");
    expect(summaryMode(decide(facts("adult", "not-asked")))).toBe("before-consent");
    expect(summaryMode(decide(facts("adult", "yes")))).toBe("identifying");
    expect(summaryMode(decide(facts("under-18", "not-asked")))).toBe("identifying");
    expect(summaryMode(decide(facts("adult", "lacks-capacity")))).toBe("identifying");
  });

  it("for Duty to Notify leaves out the offence and the exact time, and allows details only with agreement (F16, F17)", () => {
    const text = summary(facts("adult", "no", robbery));
    expect(text).toContain(labels["dtnNoDetails"]);
    expect(labels["dtnNoDetails"]).toMatch(/unless they agree/);
    expect(text).not.toContain(labels["nrmDetails"]);
    expect(text).not.toContain("OFFENCE");
    expect(text).not.toContain("S4");
    expect(text).toContain(labels["dtnOffenceOmitted"]);
    expect(text).toContain("Prepared on: 2026-11-23");
    expect(text).not.toContain("03:04");
  });

  it("before consent says not to record identifying details yet (F04)", () => {
    const text = summary(facts("adult", "not-asked"));
    expect(text).toContain(labels["pendingNoDetails"]);
    expect(text).not.toContain(labels["nrmDetails"]);
  });

  it("for a consented NRM referral says consent can be withdrawn before sending, and that the form times out (M03, M12)", () => {
    const text = summary(facts("adult", "yes"));
    expect(text).toContain(labels["consentChange"]);
    expect(text).toContain(labels["formTimeout"]);
  });

  it("for a best-interests route says it is not a refusal; for new exploitation, to quote the earlier reference", () => {
    expect(summary(facts("adult", "lacks-capacity"))).toContain(labels["bestInterests"]);
    expect(summary(facts("adult", "yes", { nrmStatus: "negative-cg", newExploitation: true }))).toContain(
      labels["previousReferral"],
    );
  });

  it("for a child's NRM referral points to the form for the person's details", () => {
    const text = summary(facts("under-18", "not-asked"));
    expect(text).toContain(labels["nrmDetails"]);
    expect(text).toContain("Child safeguarding referral to the local authority: Yes");
  });

  it("lists done actions before open ones and prints no unconfirmed phone numbers", () => {
    const f = facts("adult", "yes", robbery);
    const decision = decide(f);
    const first = decision.actions[0];
    const text = summary(f, first ? [first.id] : []);
    expect(first).toBeDefined();
    if (first) expect(text.indexOf(ENGLISH_CONTENT.action(first).title)).toBeLessThan(text.indexOf("Still open:"));
    expect(text).toContain("Suspected offence: OFFENCE");
    for (const unconfirmed of ["0844 778 2406", "0800 043 4303", "0345 602 5020", "020 3357 0899"])
      expect(text).not.toContain(unconfirmed);
  });
});
