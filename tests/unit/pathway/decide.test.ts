// Engine contract: deterministic, no clock, output matches its schema, trace
// cites sources, contacts never present an unconfirmed number as confirmed.
import { afterEach, describe, expect, it, vi } from "vitest";
import { AGE_VALUES, CONSENT_VALUES, decide, decisionSchema, NRM_STATUS_VALUES, PATHWAY_CONTENT } from "../../../src/pathway";
import { SCHEDULE4_PROVENANCE } from "../../../src/pathway/schedule4";
import { VERIFIED_NUMBERS } from "../../../src/pathway/content/verifiedNumbers";
import { facts } from "./fixtures";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("decide", () => {
  it("returns output that matches the decision schema", () => {
    const d = decide(
      facts(
        { consentToNrm: "not-asked", suspect: { offence: { act: "Theft Act 1968", section: "9" } } },
        { immediateDanger: true },
      ),
    );
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

  it("never gives a child in the NRM adult victim care contract support, and always points to children's services", () => {
    const adultOnly = ["support-awaiting-rg", "support-recovery-period", "support-move-on", "next-move-on", "support-exited"];
    const referred = NRM_STATUS_VALUES.filter((s) => s !== "not-referred");
    for (const age of AGE_VALUES)
      for (const nrmStatus of referred)
        for (const consentToNrm of CONSENT_VALUES) {
          const d = decide(facts({ age, nrmStatus, consentToNrm }));
          const ids = [...d.guidance.support, ...d.guidance.whatHappensNext, ...d.guidance.notes].map((g) => g.id);
          const label = `${age} ${nrmStatus} ${consentToNrm}`;
          if (age === "adult") {
            expect(ids, label).not.toContain("support-child-in-nrm");
            expect(ids, label).toContain("referred-adult-consent-to-stay");
            expect(
              d.contacts.map((c) => c.id),
              label,
            ).toContain("salvation-army-msvcc");
          } else {
            for (const id of adultOnly) expect(ids, label).not.toContain(id);
            expect(ids, label).not.toContain("referred-adult-consent-to-stay");
            expect(ids, label).toContain("support-child-in-nrm");
            expect(
              d.contacts.map((c) => c.id),
              label,
            ).not.toContain("salvation-army-msvcc");
            expect(d.supportNeeds, label).toEqual(
              expect.arrayContaining(["children-safeguarding", "child-trafficking-guardian"]),
            );
          }
        }
  });

  it("reports an offence not found with the Schedule 4 list's own provenance", () => {
    const d = decide(facts({ suspect: { offence: { act: "Misuse of Drugs Act 1971", section: "4" } } }));
    expect(decisionSchema.safeParse(d).success).toBe(true);
    const s4 = d.section45.schedule4;
    expect(s4.match).toBe("not-listed");
    expect(s4.entryVerification).toBeUndefined();
    expect(s4.provenance).toEqual({
      sources: SCHEDULE4_PROVENANCE.sources,
      lastReviewed: SCHEDULE4_PROVENANCE.lastReviewed,
      verification: SCHEDULE4_PROVENANCE.verification,
      verificationNote: SCHEDULE4_PROVENANCE.verificationNote,
    });
    const line = d.trace.find((t) => t.ruleId === "schedule4-check");
    expect(line?.why).toBe(
      "Misuse of Drugs Act 1971 s4 was not found in the Schedule 4 list held by this app (the list is incomplete; check legislation.gov.uk).",
    );
    expect(line?.provenance).toEqual(s4.provenance);
    const note = d.section45.considerations.find((c) => c.id === "s45-not-found-in-list");
    expect(note?.text).toContain(
      "was not found in the Schedule 4 list held by this app (the list is incomplete; check legislation.gov.uk)",
    );
    expect(note?.provenance.verification).toBe("verify");
  });

  it("flags an exclusion that rests on an unconfirmed Schedule 4 entry", () => {
    const unconfirmed = decide(facts({ suspect: { offence: { act: "Offences Against the Person Act 1861", section: "23" } } }));
    expect(unconfirmed.section45.status).toBe("excluded-schedule-4");
    expect(unconfirmed.section45.schedule4.entryVerification).toBe("verify");
    const excluded = unconfirmed.section45.considerations.filter((c) => c.id.startsWith("s45-excluded"));
    expect(excluded.map((c) => c.id)).toEqual(["s45-excluded-offence-unconfirmed"]);
    expect(excluded[0]?.text).toContain(
      "believed to be listed in Schedule 4 (unconfirmed): check legislation.gov.uk before treating the defence as unavailable",
    );
    expect(excluded[0]?.provenance.verification).toBe("verify");
    expect(unconfirmed.trace.find((t) => t.ruleId === "s45-excluded-unconfirmed")?.provenance.verification).toBe("verify");

    const confirmedEntry = decide(facts({ suspect: { offence: { act: "Theft Act 1968", section: "8" } } }));
    expect(confirmedEntry.section45.schedule4.entryVerification).toBe("confirmed");
    expect(confirmedEntry.section45.considerations.map((c) => c.id)).toContain("s45-excluded-offence");
    expect(confirmedEntry.section45.considerations.map((c) => c.id)).not.toContain("s45-excluded-offence-unconfirmed");
  });

  it("considers both sets of section 45 elements for a suspect of uncertain age, keeping the status value", () => {
    const d = decide(facts({ age: "uncertain", suspect: {} }));
    expect(d.section45.status).toBe("consider-under-18");
    const ids = d.section45.considerations.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(["s45-adult-limbs", "s45-under-18-limbs", "s45-age-uncertain-both"]));
    for (const age of ["adult", "under-18"] as const) {
      expect(decide(facts({ age, suspect: {} })).section45.considerations.map((c) => c.id)).not.toContain(
        "s45-age-uncertain-both",
      );
    }
  });

  it("gives pending alternatives only when consent has not been asked", () => {
    const pending = decide(facts({ consentToNrm: "not-asked" })).referral;
    expect(pending.route).toBe("pending");
    expect(pending.pending?.yes).toEqual({
      route: "nrm",
      consentRequired: true,
      identifying: true,
      supportStage: "pre-nrm",
      subStage: "not-referred",
    });
    expect(pending.pending?.no).toEqual({
      route: "duty-to-notify",
      consentRequired: false,
      identifying: false,
      supportStage: "declined-nrm",
      subStage: "declined",
    });
    expect(decide(facts({ consentToNrm: "yes" })).referral.pending).toBeUndefined();
  });

  it("never shows an unconfirmed number as confirmed", () => {
    const confirmed = new Set<string>(VERIFIED_NUMBERS.confirmed);
    const all = decide(facts({ age: "under-18", suspect: {} }, { immediateDanger: true })).contacts;
    expect(all.map((c) => c.id)).toEqual(
      expect.arrayContaining(["nca-mshtu", "ictg-assessment-line", "cps-complex-casework", "emergency-999"]),
    );
    for (const contact of all) {
      if (!confirmed.has(contact.phone)) expect(contact.provenance.verification, contact.id).toBe("verify");
    }
    for (const contact of PATHWAY_CONTENT.contacts) {
      if (contact.provenance.verification === "confirmed") expect(confirmed.has(contact.phone), contact.id).toBe(true);
    }
  });

  it("orders actions by urgency with danger first", () => {
    const d = decide(
      facts({ age: "under-18" }, { immediateDanger: true, medicalNeed: true, needsInterpreter: true, needsAccommodation: true }),
    );
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
