import { describe, expect, it } from "vitest";
import { buildHandoverSummary, type SummaryKey } from "../../../src/encounter/handoverSummary";
import { decide } from "../../../src/pathway/engine/decide";
import type { Facts } from "../../../src/pathway/model/facts";
import en from "../../../locales/en-GB/encounter.json";

const labels = en.summary as Record<string, string>;
const t = (key: SummaryKey, values?: Record<string, string>) =>
  (labels[key] ?? `MISSING ${key}`).replace(/\{\{(\w+)\}\}/g, (_, k: string) => values?.[k] ?? "");

function facts(
  age: Facts["person"]["age"],
  consent: Facts["person"]["consentToNrm"],
  suspect?: Facts["person"]["suspect"],
): Facts {
  const person: Facts["person"] = { age, consentToNrm: consent, nrmStatus: "not-referred" };
  if (suspect) person.suspect = suspect;
  return {
    area: "essex",
    person,
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
      consentLabel: "CONSENT",
      ageLabel: "AGE",
      offenceLabel: "OFFENCE",
      s45Label: "S45",
      schedule4Label: "S4",
      generatedAt: new Date(Date.UTC(2026, 10, 23, 3, 4)),
    },
    t,
  );
}

describe("hand-over summary", () => {
  it("lays out the seven sections in order, with the content version and time", () => {
    const text = summary(facts("adult", "yes"));
    const order = ["1. ", "2. ", "3. ", "4. ", "5. ", "6. ", "7. "].map((n) => text.indexOf(`\n${n}`));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > (order[k - 1] ?? 0)))).toBe(true);
    expect(text).toContain("2026-11-23 03:04 UTC");
    expect(text).toMatch(/Guidance content version: \d{4}\.\d{2}\.\d{2}-\d+/);
    expect(text).toContain("Medical need: Yes");
  });

  it("for Duty to Notify says no identifying details may be added, and never asks for them", () => {
    const text = summary(facts("adult", "no"));
    expect(text).toContain(labels["dtnNoDetails"]);
    expect(text).not.toContain(labels["nrmDetails"]);
  });

  it("for an NRM referral points to the form for the person's details", () => {
    const text = summary(facts("under-18", "not-asked"));
    expect(text).toContain(labels["nrmDetails"]);
    expect(text).toContain("Child safeguarding referral to the local authority: Yes");
  });

  it("lists done actions before open ones and prints no unconfirmed phone numbers", () => {
    const f = facts("adult", "yes", { offence: { act: "Theft Act 1968", section: "8" } });
    const decision = decide(f);
    const first = decision.actions[0]?.id ?? "";
    const text = summary(f, [first]);
    expect(text.indexOf(decision.actions[0]?.title ?? "?")).toBeLessThan(text.indexOf("Still open:"));
    expect(text).toContain("Suspected offence: OFFENCE");
    for (const unconfirmed of ["0844 778 2406", "0800 043 4303", "0345 602 5020", "020 3357 0899"])
      expect(text).not.toContain(unconfirmed);
  });
});
