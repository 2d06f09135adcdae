// Accuracy checks on the content itself: the topics the issue requires are
// present, and the sensitive wording says what it must.
import { describe, expect, it } from "vitest";
import { decide, PATHWAY_CONTENT } from "../../../src/pathway";
import { facts } from "./fixtures";

const byId = <T extends { id: string }>(items: readonly T[], id: string): T => {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
};

describe("pathway content", () => {
  it("covers every initial-action topic for an adult and for a child", () => {
    const adult = decide(
      facts(
        { consentToNrm: "yes" },
        { immediateDanger: true, medicalNeed: true, needsInterpreter: true, needsAccommodation: true },
      ),
    ).actions.map((a) => a.id);
    const child = decide(facts({ age: "under-18" })).actions.map((a) => a.id);
    for (const id of [
      "call-999",
      "make-safe",
      "separate-and-speak-alone",
      "independent-interpreter",
      "get-medical-help",
      "place-of-safety",
      "immediate-needs",
      "preserve-evidence",
      "first-account-only",
      "contact-spoc-msvlo",
      "nca-tactical-advice",
      "helpline-advice",
      "record-crime",
      "submit-intelligence",
      "adult-safeguarding-referral",
      "look-for-more-victims",
    ])
      expect(adult).toContain(id);
    for (const id of ["child-police-protection", "child-safeguarding-referral", "ictg-referral", "nrm-referral-child"])
      expect(child).toContain(id);
  });

  it("says an interpreter is never a companion, family member or someone from the same workplace", () => {
    const reason = byId(PATHWAY_CONTENT.actions, "independent-interpreter").reason;
    expect(reason).toMatch(/never/i);
    expect(reason).toMatch(/companion/);
    expect(reason).toMatch(/family member/);
    expect(reason).toMatch(/same workplace/);
  });

  it("says the Duty to Notify includes nothing that identifies the person", () => {
    expect(byId(PATHWAY_CONTENT.actions, "duty-to-notify").title).toMatch(/nothing that identifies/);
    expect(byId(PATHWAY_CONTENT.guidance, "dtn-no-identifying-details").text).toMatch(
      /must not include information that identifies/,
    );
  });

  it("states the police protection limit, the recovery period, the RG timing and move-on period", () => {
    expect(byId(PATHWAY_CONTENT.actions, "child-police-protection").reason).toMatch(/72 hours/);
    expect(byId(PATHWAY_CONTENT.guidance, "next-recovery-period").text).toMatch(/at least 30 days/);
    expect(byId(PATHWAY_CONTENT.guidance, "next-reasonable-grounds").text).toMatch(/5 working days/);
    expect(byId(PATHWAY_CONTENT.guidance, "next-conclusive-grounds").text).toMatch(/balance of probabilities/);
    expect(byId(PATHWAY_CONTENT.guidance, "next-move-on").text).toMatch(/at least 45 days/);
  });

  it("keeps the verify flag on the facts the brief marks unconfirmed", () => {
    for (const id of [
      "s45-cps-four-stages",
      "age-uncertain-treated-as-child",
      "s45-definitions",
      "s45-nrm-decision-not-evidence",
      "dtn-no-identifying-details",
    ]) {
      const item = byId(PATHWAY_CONTENT.guidance, id);
      expect(item.provenance.verification, id).toBe("verify");
      expect(item.provenance.verificationNote, id).toBeTruthy();
    }
    for (const id of ["ictg-referral", "submit-intelligence", "get-medical-help", "immediate-needs"]) {
      expect(byId(PATHWAY_CONTENT.actions, id).provenance.verification, id).toBe("verify");
    }
    for (const id of ["nca-mshtu", "ictg-assessment-line", "glaa", "cps-complex-casework"]) {
      expect(byId(PATHWAY_CONTENT.contacts, id).provenance.verification, id).toBe("verify");
    }
    expect(byId(PATHWAY_CONTENT.guidanceVersions, "statutory-guidance").provenance.verification).toBe("verify");
  });

  it("rests consent-if-no on section 52(3), flagged verify", () => {
    const item = byId(PATHWAY_CONTENT.guidance, "consent-if-no");
    expect(item.provenance.verification).toBe("verify");
    expect(item.provenance.verificationNote).toMatch(/52\(3\)/);
  });

  it("cites the NPCC account of the MSOICU initial safeguarding actions for immediate needs, and says a phone was not found", () => {
    const action = byId(PATHWAY_CONTENT.actions, "immediate-needs");
    expect(action.provenance.sources.some((src) => src.section?.includes("seeds/001_8fc4c132c3edfbe5.txt, line 243"))).toBe(true);
    expect(action.provenance.verificationNote).toMatch(/phone was not found in police guidance/);
  });

  it("says leave to remain is subject to public order disqualification", () => {
    expect(byId(PATHWAY_CONTENT.guidance, "support-move-on").text).toMatch(/subject to public order disqualification/);
  });

  it("tells a referred adult about consent to stay after turning 18, and does not say the NRM needed their consent", () => {
    expect(byId(PATHWAY_CONTENT.guidance, "referred-adult-consent-to-stay").text).toMatch(
      /turned 18 before a conclusive grounds decision.*13 February 2026.*verbally or in writing/,
    );
    const rule = byId(PATHWAY_CONTENT.rules, "referral-adult-already-referred");
    expect(rule.why).not.toMatch(/needed their consent/);
    expect(rule.why).toMatch(/new referral is not needed/);
  });

  it("never says section 51 decides which section 45 elements apply", () => {
    for (const rule of PATHWAY_CONTENT.rules.filter((r) => r.id.startsWith("s45-")))
      expect(rule.why, rule.id).not.toMatch(/section 51/);
    expect(byId(PATHWAY_CONTENT.guidance, "s45-age-uncertain-both").title).toBe(
      "Age uncertain: record evidence for both sets of elements",
    );
  });

  it("keeps indicators to wording found in the brief", () => {
    const texts = PATHWAY_CONTENT.indicators.flatMap((g) => g.indicators.map((i) => i.text)).join("\n");
    for (const phrase of [
      /several phones/i,
      /far from home/i,
      /time off/i,
      /shared or unsuitable space/i,
      /scars/i,
      /'medical'/i,
    ])
      expect(texts).not.toMatch(phrase);
    const general = byId(PATHWAY_CONTENT.indicators, "signs-general");
    expect(general.provenance.verification).toBe("confirmed");
    expect(general.indicators.map((i) => i.text).join(" ")).not.toMatch(/debt|unpaid/i);
    expect(
      byId(PATHWAY_CONTENT.indicators, "signs-labour")
        .indicators.map((i) => i.text)
        .join(" "),
    ).toMatch(/Debts that can never be repaid/);
  });

  it("has indicators for every exploitation type", () => {
    expect(new Set(PATHWAY_CONTENT.indicators.map((g) => g.type))).toEqual(
      new Set(["general", "labour", "sexual", "criminal", "domestic-servitude", "organ-harvesting"]),
    );
  });

  it("gives every item a source and a review date", () => {
    const items = [
      ...PATHWAY_CONTENT.actions,
      ...PATHWAY_CONTENT.guidance,
      ...PATHWAY_CONTENT.rules,
      ...PATHWAY_CONTENT.questions,
      ...PATHWAY_CONTENT.contacts,
    ];
    for (const item of items) {
      expect(item.provenance.sources.length, item.id).toBeGreaterThan(0);
      expect(item.provenance.lastReviewed, item.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (item.provenance.verification === "verify") expect(item.provenance.verificationNote, item.id).toBeTruthy();
    }
  });
});
