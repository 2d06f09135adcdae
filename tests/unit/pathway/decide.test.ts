// Engine contract: deterministic, no clock, output matches its schema, trace
// cites sources, contacts never present an unconfirmed number as confirmed.
import { afterEach, describe, expect, it, vi } from "vitest";
import { decide, decisionSchema, PATHWAY_CONTENT } from "../../../src/pathway";
import { VERIFIED_NUMBERS } from "../../../src/pathway/content/verifiedNumbers";
import { facts } from "./fixtures";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("decide", () => {
  it("returns output that matches the decision schema", () => {
    const d = decide(facts({ consentToNrm: "not-asked", suspect: { offence: { act: "Theft Act 1968", section: "9" } } }, { immediateDanger: true }));
    expect(decisionSchema.safeParse(d).success).toBe(true);
    expect(d.contentVersion).toBe(PATHWAY_CONTENT.contentVersion);
  });

  it("is deterministic and never reads the clock", () => {
    vi.spyOn(Date, "now").mockImplementation(() => {
      throw new Error("the engine must not read the clock");
    });
    const input = facts({ age: "uncertain", suspect: {} }, { medicalNeed: true, needsInterpreter: true });
    expect(decide(input)).toEqual(decide(structuredClone(input)));
  });

  it("explains every rule that fired, with its sources", () => {
    const d = decide(facts({ consentToNrm: "no" }));
    const ids = d.trace.map((t) => t.ruleId);
    expect(ids).toContain("referral-adult-declined");
    expect(ids).toContain("stage-declined");
    expect(ids).toContain("s45-not-suspect");
    for (const entry of d.trace) {
      expect(entry.why.length).toBeGreaterThan(10);
      expect(entry.provenance.sources.length).toBeGreaterThan(0);
    }
  });

  it("puts the Schedule 4 check in the trace for a suspect", () => {
    const d = decide(facts({ suspect: { offence: { act: "Firearms Act 1968", section: "17(2)" } } }));
    expect(d.trace[0]?.ruleId).toBe("schedule4-check");
    expect(d.trace[0]?.why).toContain("Firearms Act 1968 s17(2)");
    expect(d.section45.schedule4.entryId).toBeTruthy();
  });

  it("reports a conditional Schedule 4 listing with its condition, but keeps the defence to consider", () => {
    const d = decide(facts({ suspect: { offence: { act: "Theft Act 1968", section: "9" } } }));
    expect(d.section45.status).toBe("consider-adult");
    expect(d.section45.schedule4.match).toBe("conditional");
    expect(d.section45.schedule4.condition).toMatch(/grievous bodily harm/i);
    expect(d.section45.considerations.map((c) => c.id)).toContain("s45-conditional-exclusion");
  });

  it("gives pending alternatives only when consent has not been asked", () => {
    const pending = decide(facts({ consentToNrm: "not-asked" })).referral;
    expect(pending.route).toBe("pending");
    expect(pending.pending?.yes).toEqual({ route: "nrm", consentRequired: true, identifying: true, supportStage: "pre-nrm", subStage: "not-referred" });
    expect(pending.pending?.no).toEqual({ route: "duty-to-notify", consentRequired: false, identifying: false, supportStage: "declined-nrm", subStage: "declined" });
    expect(decide(facts({ consentToNrm: "yes" })).referral.pending).toBeUndefined();
  });

  it("never shows an unconfirmed number as confirmed", () => {
    const confirmed = new Set<string>(VERIFIED_NUMBERS.confirmed);
    const all = decide(facts({ age: "under-18", suspect: {} }, { immediateDanger: true })).contacts;
    expect(all.map((c) => c.id)).toEqual(expect.arrayContaining(["nca-mshtu", "ictg-assessment-line", "cps-complex-casework", "emergency-999"]));
    for (const contact of all) {
      if (!confirmed.has(contact.phone)) expect(contact.provenance.verification, contact.id).toBe("verify");
    }
    for (const contact of PATHWAY_CONTENT.contacts) {
      if (contact.provenance.verification === "confirmed") expect(confirmed.has(contact.phone), contact.id).toBe(true);
    }
  });

  it("orders actions by urgency with danger first", () => {
    const d = decide(facts({ age: "under-18" }, { immediateDanger: true, medicalNeed: true, needsInterpreter: true, needsAccommodation: true }));
    const ids = d.actions.map((a) => a.id);
    expect(ids[0]).toBe("call-999");
    expect(ids.indexOf("separate-and-speak-alone")).toBeLessThan(ids.indexOf("independent-interpreter"));
    expect(ids.indexOf("get-medical-help")).toBeLessThan(ids.indexOf("place-of-safety"));
    expect(ids.indexOf("child-police-protection")).toBeLessThan(ids.indexOf("nrm-referral-child"));
    expect(ids.indexOf("first-account-only")).toBeLessThan(ids.indexOf("record-crime"));
  });

  it("accepts every force area", async () => {
    const { FORCE_AREA_IDS } = await import("../../../src/shared/forceAreas");
    expect(FORCE_AREA_IDS).toHaveLength(44);
    for (const area of FORCE_AREA_IDS) expect(decide(facts({}, {}, area)).referral.route).toBe("nrm");
  });

  it("throws a content error when the content leaves a gap", async () => {
    const { PathwayContentError } = await import("../../../src/pathway");
    const gappy = { ...PATHWAY_CONTENT, rules: PATHWAY_CONTENT.rules.filter((r) => r.id !== "referral-adult-consented") };
    expect(() => decide(facts(), gappy)).toThrow(PathwayContentError);
  });
});
