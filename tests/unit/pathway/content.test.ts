// Accuracy checks on the content and its English words: the topics the
// guidance requires are present, and the sensitive wording says what it must
// (audit 2026-12: F01–F22, M01–M12).
import { describe, expect, it } from "vitest";
import { decide, PATHWAY_CONTENT } from "../../../src/pathway";
import { ENGLISH_CONTENT as en } from "../../../src/pathway/cli/englishText";
import { facts } from "./fixtures";

const byId = <T extends { id: string }>(items: readonly T[], id: string): T => {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`missing ${id}`);
  return found;
};
const action = (id: string) => en.action(byId(PATHWAY_CONTENT.actions, id));
const guidance = (id: string) => en.guidance(byId(PATHWAY_CONTENT.guidance, id));

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
      "safe-place-tonight",
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

  it("puts every action in one of the three phases, in priority order within the decision", () => {
    const decision = decide(facts({ consentToNrm: "yes" }, { immediateDanger: true }));
    const phases = decision.actions.map((a) => a.phase);
    expect(new Set(phases)).toEqual(new Set(["now", "before-you-leave", "after"]));
    // "now" before "before you leave" before "after".
    const order = { now: 0, "before-you-leave": 1, after: 2 } as const;
    expect(phases.map((p) => order[p])).toEqual([...phases.map((p) => order[p])].sort((a, b) => a - b));
  });

  it("says an interpreter is never a companion, family member or someone from the same workplace", () => {
    const why = action("independent-interpreter").why;
    expect(why).toMatch(/never/i);
    expect(why).toMatch(/companion/);
    expect(why).toMatch(/family member/);
    expect(why).toMatch(/same workplace/);
  });

  it("lets a Duty to Notify carry identifying details only with the adult's agreement (s52(3); F16)", () => {
    expect(action("duty-to-notify").title).toMatch(/without details that identify/);
    expect(action("duty-to-notify").how).toMatch(/unless they agree/);
    expect(guidance("dtn-no-identifying-details").text).toMatch(/in combination with other information, unless they agree/);
    expect(guidance("consent-if-no").text).toMatch(/unless they agree/);
  });

  it("calls the safe place a place to stay tonight, not a 'place of safety' (F20)", () => {
    expect(action("safe-place-tonight").title).toBe("Find somewhere safe to stay tonight");
    expect(PATHWAY_CONTENT.actions.some((a) => a.id === "place-of-safety")).toBe(false);
  });

  it("states the police protection limit, recovery period, RG aim, CG timing and move-on period (F11)", () => {
    expect(action("child-police-protection").why).toMatch(/72 hours/);
    expect(guidance("next-recovery-period").text).toMatch(/at least 30 days/);
    expect(guidance("next-reasonable-grounds").text).toMatch(/aim is 5 working days from the referral; it can take longer/);
    expect(guidance("next-conclusive-grounds").text).toMatch(/At least 30 days after a positive reasonable grounds decision/);
    expect(guidance("next-conclusive-grounds").text).toMatch(/balance of probabilities/);
    expect(guidance("next-move-on").text).toMatch(/at least 45 days/);
  });

  it("says a public order disqualification can end protection and support, and is not the officer's decision (F19, M04)", () => {
    expect(guidance("next-recovery-period").text).toMatch(/threat to public order or claimed in bad faith/);
    expect(guidance("pod-not-your-decision").text).toMatch(/do not stop an NRM referral/);
    expect(guidance("pod-not-your-decision").text).toMatch(/not the officer/);
    expect(guidance("support-move-on").text).toMatch(/subject to public order disqualification/);
  });

  it("limits reconsideration and mentions re-entry into support (F12, F13)", () => {
    expect(guidance("support-negative-decision").text).toMatch(/first responder or support provider/);
    expect(guidance("support-negative-decision").text).toMatch(/not available where the Home Office intends to transfer/);
    expect(guidance("support-exited").text).toMatch(/re-entry into victim care support/);
  });

  it("says the ICTG service covers every local authority, keeping the roll-out flag (F05)", () => {
    expect(action("ictg-referral").why).toMatch(/every local authority in England and Wales/);
    expect(action("ictg-referral").title).not.toMatch(/where it covers/);
    const ictg = byId(PATHWAY_CONTENT.actions, "ictg-referral").provenance;
    expect(ictg.verification).toBe("verify");
    expect(en.note(ictg.noteId ?? "")).toMatch(/6 July 2026/);
  });

  it("rests the age presumption on the guidance, with section 51 for support bodies (F10)", () => {
    expect(guidance("age-uncertain-treated-as-child").text).toMatch(/the guidance says/);
    expect(guidance("age-uncertain-treated-as-child").text).toMatch(/Section 51 .* bodies giving victims support/);
    expect(action("treat-as-child").why).not.toMatch(/the law requires/);
  });

  it("uses the Welsh statute in Wales and the Care Act in England (F07)", () => {
    expect(action("adult-at-risk-report-wales").why).toMatch(/Social Services and Well-being \(Wales\) Act 2014 section 128/);
    expect(action("child-at-risk-report-wales").why).toMatch(/section 130/);
    expect(action("adult-safeguarding-referral").why).toMatch(/Care Act 2014 section 42/);
    const wales = byId(PATHWAY_CONTENT.actions, "adult-at-risk-report-wales").provenance;
    expect(wales.sources.some((s) => s.url?.startsWith("https://www.legislation.gov.uk/anaw/2014/4"))).toBe(true);
  });

  it("covers immigration worries, looked-after children, devolved pilots and the form's time-out (M05, M10, M11, M12)", () => {
    expect(guidance("consent-immigration").text).toMatch(/30 days' protection from removal/);
    expect(guidance("consent-immigration").text).toMatch(/do not depend on immigration status/);
    expect(guidance("child-looked-after").text).toMatch(/social worker/);
    expect(guidance("child-devolved-pilots").text).toMatch(/pilot areas/);
    expect(guidance("referral-online-form").text).toMatch(/times out after an hour/);
  });

  it("reads the capacity question and the best-interests route as the guidance does (F01)", () => {
    const q = byId(PATHWAY_CONTENT.questions, "q-can-decide");
    expect(en.question(q).text).toBe("Can the person understand and decide about a referral now?");
    expect(en.question(q).hint).toMatch(/language barrier, fear or distress is not a lack of capacity/);
    expect(guidance("capacity-best-interests").text).toMatch(/Do not record that they declined/);
    expect(byId(PATHWAY_CONTENT.guidance, "capacity-best-interests").provenance.verification).toBe("verify");
  });

  it("keeps the verify flag, with its note, on facts that are unconfirmed", () => {
    for (const id of [
      "s45-cps-four-stages",
      "dtn-no-identifying-details",
      "support-awaiting-rg",
      "btp-jurisdiction",
      "scotland-law",
    ]) {
      const item = byId(PATHWAY_CONTENT.guidance, id);
      expect(item.provenance.verification, id).toBe("verify");
      expect(en.note(item.provenance.noteId ?? "missing"), id).toBeTruthy();
    }
    for (const id of ["ictg-referral", "submit-intelligence", "get-medical-help", "immediate-needs", "duty-to-notify"])
      expect(byId(PATHWAY_CONTENT.actions, id).provenance.verification, id).toBe("verify");
    for (const id of ["nca-mshtu", "ictg-assessment-line", "glaa", "cps-complex-casework"])
      expect(byId(PATHWAY_CONTENT.contacts, id).provenance.verification, id).toBe("verify");
    expect(byId(PATHWAY_CONTENT.guidanceVersions, "statutory-guidance").provenance.verification).toBe("verify");
  });

  it("drops the verify flag on the s45 definitions now read in the enacted Act (audit section 3)", () => {
    const item = byId(PATHWAY_CONTENT.guidance, "s45-definitions");
    expect(item.provenance.verification).toBe("confirmed");
    expect(item.provenance.sources.some((s) => s.url === "https://www.legislation.gov.uk/ukpga/2015/30/section/45/enacted")).toBe(
      true,
    );
  });

  it("records the statutory guidance as 3.12 or later, amended September 2025 and February 2026 (F15)", () => {
    expect(en.version("statutory-guidance").version).toBe("3.12 or later; amended September 2025 and 13 February 2026");
  });

  it("dates the victim care contract items for review before the contract ends in 2027 (F14)", () => {
    for (const item of [
      byId(PATHWAY_CONTENT.actions, "msvcc-support"),
      byId(PATHWAY_CONTENT.contacts, "salvation-army-msvcc"),
      byId(PATHWAY_CONTENT.guidance, "support-recovery-period"),
    ]) {
      expect(item.provenance.reviewBy, item.id).toBe("2027-01-01");
      expect(en.note(item.provenance.noteId ?? ""), item.id).toMatch(/ends? in 2027/);
    }
  });

  it("cites legislation.gov.uk, not Wikisource, for sections 51 and 52 (F22)", () => {
    const sources = [...PATHWAY_CONTENT.actions, ...PATHWAY_CONTENT.guidance, ...PATHWAY_CONTENT.rules].flatMap(
      (i) => i.provenance.sources,
    );
    for (const source of sources.filter((s) => /section 5[12]\b/i.test(`${s.title} ${s.section ?? ""}`)))
      expect(source.url ?? "", source.title).not.toMatch(/wikisource/);
  });

  it("tells a referred adult about consent to stay and withdrawal (13 February 2026)", () => {
    expect(guidance("referred-adult-consent-to-stay").text).toMatch(
      /turned 18 before a conclusive grounds decision.*13 February 2026.*verbally or in writing/,
    );
    expect(guidance("referred-adult-withdraws").text).toMatch(/Any adult in the NRM can withdraw/);
    expect(guidance("concluded-case").text).toMatch(/Nobody can withdraw from a case that has ended/);
  });

  it("never says section 51 decides which section 45 elements apply", () => {
    for (const rule of PATHWAY_CONTENT.rules.filter((r) => r.id.startsWith("s45-")))
      expect(en.rule(rule.id), rule.id).not.toMatch(/section 51/);
    expect(guidance("s45-age-uncertain-both").title).toBe("Age uncertain: record evidence for both sets of elements");
  });

  it("keeps an unconfirmed Schedule 4 listing to 'believed to be listed — check' (F06)", () => {
    expect(guidance("s45-excluded-offence-unconfirmed").title).toMatch(/believed to be listed/);
    expect(guidance("s45-excluded-offence-unconfirmed").text).toMatch(/consider the defence's elements/);
    expect(guidance("s45-excluded-offence").text).toMatch(/duress and whether prosecution is in the public interest/);
  });

  it("has indicators for every exploitation type, and keeps the general signs confirmed", () => {
    expect(new Set(PATHWAY_CONTENT.indicators.map((g) => g.type))).toEqual(
      new Set(["general", "labour", "sexual", "criminal", "domestic-servitude", "organ-removal"]),
    );
    const general = byId(PATHWAY_CONTENT.indicators, "signs-general");
    expect(general.provenance.verification).toBe("confirmed");
    expect(general.indicators.map((id) => en.indicator(general.id, id)).join(" ")).not.toMatch(/debt|unpaid/i);
  });

  it("gives every item a source and a review date, and every unconfirmed item a note", () => {
    const items = [
      ...PATHWAY_CONTENT.actions,
      ...PATHWAY_CONTENT.guidance,
      ...PATHWAY_CONTENT.rules,
      ...PATHWAY_CONTENT.questions,
      ...PATHWAY_CONTENT.contacts,
      ...PATHWAY_CONTENT.indicators,
      ...PATHWAY_CONTENT.phases,
    ];
    for (const item of items) {
      expect(item.provenance.sources.length, item.id).toBeGreaterThan(0);
      expect(item.provenance.lastReviewed, item.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (item.provenance.verification === "verify") expect(item.provenance.noteId, item.id).toBeTruthy();
    }
  });

  it("never shows a repository file path as a source (officers see public citations)", () => {
    const sources = [
      ...PATHWAY_CONTENT.actions,
      ...PATHWAY_CONTENT.guidance,
      ...PATHWAY_CONTENT.rules,
      ...PATHWAY_CONTENT.questions,
      ...PATHWAY_CONTENT.contacts,
      ...PATHWAY_CONTENT.indicators,
    ].flatMap((i) => i.provenance.sources);
    for (const s of sources)
      expect(`${s.title} ${s.section ?? ""} ${s.version ?? ""} ${s.url ?? ""}`, s.title).not.toMatch(
        /seeds\/|\.txt\b|src\/|\.\.\/shared/,
      );
  });
});
