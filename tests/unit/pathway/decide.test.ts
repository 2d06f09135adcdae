// Engine contract: deterministic, no clock, output matches its schema, trace
// cites sources, contacts never present an unconfirmed number as confirmed.
import { afterEach, describe, expect, it, vi } from "vitest";
import { AGE_VALUES, CONSENT_VALUES, decide, decisionSchema, NRM_STATUS_VALUES, PATHWAY_CONTENT } from "../../../src/pathway";
import { SCHEDULE4_PROVENANCE } from "../../../src/pathway/schedule4";
import { VERIFIED_NUMBERS } from "../../../src/pathway/content/verifiedNumbers";
import { ENGLISH_CONTENT as en, ENGLISH_OFFENCES as offences } from "../../../src/pathway/cli/englishText";
import { facts } from "./fixtures";
import type { Facts } from "../../../src/pathway";

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
      expect(en.rule(entry.ruleId).length).toBeGreaterThan(10);
      expect(entry.provenance.sources.length).toBeGreaterThan(0);
    }
  });

  it("puts the Schedule 4 check in the trace for a suspect", () => {
    const d = decide(facts({ suspect: { offence: { act: "Firearms Act 1968", section: "17(2)" } } }));
    expect(d.trace[0]?.ruleId).toBe("schedule4-check");
    expect(d.trace[0]?.schedule4).toEqual(d.section45.schedule4);
    expect(offences.check(d.section45.schedule4)).toContain("Firearms Act 1968 s17(2)");
    expect(d.section45.schedule4.entryId).toBeTruthy();
  });

  it("reports a conditional Schedule 4 listing with its condition, but keeps the defence to consider", () => {
    const d = decide(facts({ suspect: { offence: { act: "Theft Act 1968", section: "9" } } }));
    expect(d.section45.status).toBe("consider-adult");
    expect(d.section45.schedule4.match).toBe("conditional");
    expect(d.section45.schedule4.conditionKind).toBe("listed-condition");
    expect(offences.condition(d.section45.schedule4.entryId ?? "")).toMatch(/grievous bodily harm/i);
    expect(d.section45.considerations.map((c) => c.id)).toContain("s45-conditional-exclusion");
  });

  it("never gives a child in the NRM adult victim care contract support, and always points to children's services", () => {
    const adultOnly = ["support-awaiting-rg", "support-recovery-period", "support-move-on", "next-move-on", "support-exited"];
    const referred = NRM_STATUS_VALUES.filter((s) => s !== "not-referred");
    for (const age of AGE_VALUES)
      for (const nrmStatus of referred)
        for (const consentToNrm of CONSENT_VALUES) {
          // An earlier case, not new exploitation: the existing case's support.
          const d = decide(facts({ age, nrmStatus, consentToNrm, newExploitation: false }));
          const ids = [...d.guidance.support, ...d.guidance.whatHappensNext, ...d.guidance.notes].map((g) => g.id);
          const label = `${age} ${nrmStatus} ${consentToNrm}`;
          if (age === "adult") {
            expect(ids, label).not.toContain("support-child-in-nrm");
            if (nrmStatus === "awaiting-rg" || nrmStatus === "positive-rg")
              expect(ids, label).toContain("referred-adult-consent-to-stay");
            if (nrmStatus !== "negative-rg" && nrmStatus !== "negative-cg")
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
      noteId: SCHEDULE4_PROVENANCE.noteId,
    });
    const line = d.trace.find((t) => t.ruleId === "schedule4-check");
    expect(offences.check(s4)).toBe("Misuse of Drugs Act 1971 s4 is not on Schedule 4 in the list held by this app.");
    expect(line?.provenance).toEqual(s4.provenance);
    const note = d.section45.considerations.find((c) => c.id === "s45-not-found-in-list");
    expect(note && en.guidance(note).title).toBe("Not on Schedule 4: the defence may apply");
    expect(note?.provenance.verification).toBe("verify");
  });

  it("keeps the defence to consider when the Schedule 4 entry is only believed to be listed (F06)", () => {
    const unconfirmed = decide(facts({ suspect: { offence: { act: "Offences Against the Person Act 1861", section: "23" } } }));
    expect(unconfirmed.section45.status).toBe("consider-adult");
    expect(unconfirmed.section45.schedule4.entryVerification).toBe("verify");
    const ids = unconfirmed.section45.considerations.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(["s45-excluded-offence-unconfirmed", "s45-adult-limbs"]));
    expect(ids).not.toContain("s45-excluded-offence");
    expect(unconfirmed.trace.find((t) => t.ruleId === "s45-consider-adult-unconfirmed-listing")?.provenance.verification).toBe(
      "verify",
    );
    const child = decide(
      facts({ age: "under-18", suspect: { offence: { act: "Offences Against the Person Act 1861", section: "23" } } }),
    );
    expect(child.section45.status).toBe("consider-under-18");

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
    expect(ids.indexOf("get-medical-help")).toBeLessThan(ids.indexOf("safe-place-tonight"));
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

describe("decide: the hard cases (audit 2026-12)", () => {
  it("F01: an adult who cannot decide gets a best-interests route with adult safeguarding, never a refusal", () => {
    const d = decide(facts({ consentToNrm: "lacks-capacity" }));
    expect(d.referral).toMatchObject({
      route: "best-interests",
      consentRequired: false,
      alreadyReferred: false,
      previousReferral: false,
    });
    const actions = d.actions.map((a) => a.id);
    expect(actions).toEqual(
      expect.arrayContaining(["adult-safeguarding-referral", "capacity-best-interests", "nrm-referral-best-interests"]),
    );
    expect(actions).not.toContain("duty-to-notify");
    expect(d.supportStage).toBe("pre-nrm");
    // In Wales the Welsh duty to report replaces the Care Act referral.
    const wales = decide(facts({ consentToNrm: "lacks-capacity" }, {}, "gwent"));
    expect(wales.actions.map((a) => a.id)).toContain("adult-at-risk-report-wales");
    expect(wales.actions.map((a) => a.id)).not.toContain("adult-safeguarding-referral");
  });

  it("F01: 'lacks-capacity' for a child is accepted and ignored like any other consent answer", () => {
    const base = decide(facts({ age: "under-18", consentToNrm: "yes" }));
    const lacks = decide(facts({ age: "under-18", consentToNrm: "lacks-capacity" }));
    expect(lacks.referral).toEqual(base.referral);
    expect(lacks.actions).toEqual(base.actions);
  });

  it("F02: new exploitation after a concluded case gives the same outcome as for someone never referred, quoting the earlier one", () => {
    for (const nrmStatus of ["negative-rg", "positive-cg", "negative-cg", "exited-support"] as const)
      for (const age of AGE_VALUES)
        for (const consentToNrm of CONSENT_VALUES) {
          const again = decide(facts({ age, consentToNrm, nrmStatus, newExploitation: true }));
          const fresh = decide(facts({ age, consentToNrm, nrmStatus: "not-referred" }));
          const label = `${nrmStatus} ${age} ${consentToNrm}`;
          expect({ ...again.referral, previousReferral: false }, label).toEqual(fresh.referral);
          expect(again.referral.previousReferral, label).toBe(true);
          expect(again.referral.alreadyReferred, label).toBe(false);
          expect(again.supportStage, label).toBe(fresh.supportStage);
          expect(again.subStage, label).toBe(fresh.subStage);
          expect(
            again.actions.map((a) => a.id),
            label,
          ).toContain("quote-earlier-referral");
        }
  });

  it("F02: a re-exploited adult who refuses gets the anonymous Duty to Notify, not withdrawal", () => {
    const d = decide(facts({ consentToNrm: "no", nrmStatus: "exited-support", newExploitation: true }));
    expect(d.referral.route).toBe("duty-to-notify");
    expect(d.referral.identifying).toBe(false);
    const actions = d.actions.map((a) => a.id);
    expect(actions).toContain("duty-to-notify");
    expect(actions).not.toContain("withdrawal-form");
  });

  it("F02: an open case is updated whatever newExploitation says", () => {
    for (const nrmStatus of ["awaiting-rg", "positive-rg"] as const) {
      const d = decide(facts({ nrmStatus, newExploitation: true, consentToNrm: "yes" }));
      expect(d.referral.alreadyReferred).toBe(true);
      expect(d.referral.previousReferral).toBe(false);
      expect(d.actions.map((a) => a.id)).toContain("update-existing-referral");
    }
  });

  it("F02: a concluded case that is not new exploitation is not 'in the NRM' and offers no withdrawal", () => {
    const d = decide(facts({ nrmStatus: "negative-cg", consentToNrm: "no" }));
    expect(d.referral.alreadyReferred).toBe(true);
    expect(d.actions.map((a) => a.id)).not.toContain("withdrawal-form");
    expect(d.guidance.notes.map((g) => g.id)).toContain("concluded-case");
  });

  it("F03: an adult with an open case who wants to withdraw is shown the withdrawal route", () => {
    const d = decide(facts({ nrmStatus: "positive-rg", consentToNrm: "no" }));
    expect(d.actions.map((a) => a.id)).toContain("withdrawal-form");
    expect(d.guidance.notes.map((g) => g.id)).toContain("referred-adult-withdraws");
  });

  it("F04: nothing identifying before consent is asked", () => {
    const d = decide(facts({ consentToNrm: "not-asked" }));
    expect(d.referral.route).toBe("pending");
    expect(d.referral.identifying).toBe(false);
    expect(d.guidance.informedConsent.map((g) => g.id)).toContain("consent-immigration");
    expect(d.guidance.notes.map((g) => g.id)).toContain("identifying-after-consent");
  });

  it("F06/F09: Firearms Act 1968 s17 with no subsection is excluded (both subsections are listed)", () => {
    const d = decide(facts({ suspect: { offence: { act: "Firearms Act 1968", section: "17" } } }));
    expect(d.section45.schedule4.match).toBe("excluded");
    expect(d.section45.status).toBe("excluded-schedule-4");
  });

  it("F07/F08: every decision carries its nation, from the force or from where a BTP officer is", () => {
    expect(decide(facts({}, {}, "kent")).nation).toBe("england");
    expect(decide(facts({}, {}, "south-wales")).nation).toBe("wales");
    expect(decide(facts({}, {}, "british-transport-police")).nation).toBe("not-known");
    expect(decide({ ...facts({}, {}, "british-transport-police"), localArea: "north-wales" }).nation).toBe("wales");
    expect(decide({ ...facts({}, {}, "british-transport-police"), localArea: "metropolitan" }).nation).toBe("england");
    expect(decide({ ...facts({}, {}, "british-transport-police"), localArea: "scotland" }).nation).toBe("scotland");
  });

  it("F08: a BTP officer in Wales gets Welsh safeguarding law and the local directory where they are", () => {
    const d = decide({ ...facts({ consentToNrm: "yes" }, {}, "british-transport-police"), localArea: "south-wales" });
    expect(d.actions.map((a) => a.id)).toContain("adult-at-risk-report-wales");
    expect(d.guidance.notes.map((g) => g.id)).toEqual(expect.arrayContaining(["wales-adult-at-risk", "btp-jurisdiction"]));
    expect(d.supportQuery.area).toBe("south-wales");
  });

  it("F08: a BTP officer in Scotland: Scottish law, no directory, no section 45, the Scottish duty to notify", () => {
    const base = {
      ...facts(
        { consentToNrm: "no", suspect: { offence: { act: "Misuse of Drugs Act 1971", section: "6" } } },
        {},
        "british-transport-police",
      ),
      localArea: "scotland" as const,
    };
    const d = decide(base);
    expect(d.nation).toBe("scotland");
    expect(d.supportQuery.area).toBeNull();
    expect(d.section45.status).toBe("scotland");
    expect(d.actions.map((a) => a.id)).toContain("scotland-duty-to-notify");
    expect(d.actions.map((a) => a.id)).not.toContain("duty-to-notify");
    expect(d.guidance.notes.map((g) => g.id)).toContain("scotland-law");
  });

  it("F05: the ICTG referral is for every child and possible child", () => {
    for (const age of ["under-18", "uncertain"] as const) {
      const d = decide(facts({ age }));
      expect(d.referral.ictgReferral).toBe("where-available");
      expect(d.actions.map((a) => a.id)).toContain("ictg-referral");
    }
  });

  it("the type of exploitation drives the signs, actions and contacts", () => {
    const labour = decide(facts({}, { exploitation: ["labour"] }));
    expect(labour.signs).toEqual(["signs-general", "signs-labour"]);
    expect(labour.actions.map((a) => a.id)).toContain("glaa-labour");
    expect(labour.contacts.map((c) => c.id)).toContain("glaa");
    const unknown = decide(facts({}, { exploitation: ["not-known"] }));
    expect(unknown.signs).toEqual(PATHWAY_CONTENT.indicators.map((g) => g.id));
    expect(decide(facts()).signs).toEqual(["signs-general"]);
    const criminalSuspect = decide(facts({ suspect: {} }, { exploitation: ["criminal"] }));
    expect(criminalSuspect.section45.considerations.map((c) => c.id)).toContain("s45-criminal-exploitation");
  });

  it("F08: in Scotland, no England and Wales arrangements: no police protection, ICTG, victim care contract or 45-day move-on", () => {
    const inScotland = (person: Partial<Facts["person"]>) =>
      decide({ ...facts(person, {}, "british-transport-police"), localArea: "scotland" });
    const child = inScotland({ age: "under-18", consentToNrm: "not-asked" });
    expect(child.referral.route).toBe("nrm");
    expect(child.referral.ictgReferral).toBe("not-applicable");
    const childActions = child.actions.map((a) => a.id);
    expect(childActions).toContain("child-safeguarding-referral");
    for (const id of ["child-police-protection", "ictg-referral"]) expect(childActions).not.toContain(id);
    const adult = inScotland({ consentToNrm: "yes" });
    const ids = [...adult.guidance.whatHappensNext, ...adult.guidance.support].map((g) => g.id);
    for (const id of ["next-move-on", "next-recovery-period", "next-msvcc-contact"]) expect(ids).not.toContain(id);
    expect(adult.actions.map((a) => a.id)).not.toContain("msvcc-support");
    expect(adult.contacts.map((c) => c.id)).not.toContain("salvation-army-msvcc");
  });
});
