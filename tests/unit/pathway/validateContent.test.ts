// The content validator accepts the built-in content and catches broken
// copies: dangling references, duplicates, phone numbers, rule gaps and
// overlaps; the words validator catches missing, stale and unsafe text.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  PATHWAY_CONTENT,
  reviewWarnings,
  validateContent,
  validateContentTexts,
  type PathwayContent,
} from "../../../src/pathway";

const readLocale = (locale: string, ns: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`locales/${locale}/${ns}.json`, "utf8")) as Record<string, unknown>;
const english = () => ({ content: readLocale("en-GB", "content"), offences: readLocale("en-GB", "offences") });
type Tree = Record<string, Record<string, Record<string, string>>>;

function broken(mutate: (c: PathwayContent) => void): string[] {
  const copy = structuredClone(PATHWAY_CONTENT);
  mutate(copy);
  const result = validateContent(copy);
  expect(result.ok).toBe(false);
  return result.errors;
}

function rule(c: PathwayContent, id: string): PathwayContent["rules"][number] {
  const found = c.rules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

describe("validateContent", () => {
  it("accepts the built-in content and checks every fact combination", () => {
    const result = validateContent(PATHWAY_CONTENT);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.summary).toMatch(/OK: .* \d+ fact combinations checked$/);
  });

  it("catches a dangling action reference in a rule", () => {
    const errors = broken((c) => {
      rule(c, "danger-call-999").then.actions = ["call-998"];
    });
    expect(errors).toContain('rules "danger-call-999".then.actions[0]: unknown action "call-998"');
  });

  it("catches a dangling condition reference", () => {
    const errors = broken((c) => {
      rule(c, "interpreter").when = ["needs-an-interpreter"];
    });
    expect(errors).toContain('rules "interpreter".when[0]: unknown condition "needs-an-interpreter"');
  });

  it("catches dangling guidance and contact references", () => {
    const errors = broken((c) => {
      rule(c, "btp").then.guidance = ["no-such-note"];
      const action = c.actions.find((a) => a.id === "nca-tactical-advice");
      if (action) action.contacts = ["no-such-contact"];
    });
    expect(errors).toContain('rules "btp".then.guidance[0]: unknown guidance "no-such-note"');
    expect(errors).toContain('actions "nca-tactical-advice".contacts[0]: unknown contact "no-such-contact"');
  });

  it("catches duplicate ids", () => {
    const errors = broken((c) => {
      const first = c.actions[0];
      if (first) c.actions.push({ ...first, priority: 998 });
    });
    expect(errors).toContain('action "call-999": duplicate id');
  });

  it("names the item and field on a schema error", () => {
    const errors = broken((c) => {
      const action = c.actions.find((a) => a.id === "make-safe");
      if (action) action.priority = 0;
    });
    expect(errors.some((e) => e.startsWith('actions[1 "make-safe"].priority:'))).toBe(true);
  });

  it("refuses an unconfirmed phone number presented as confirmed", () => {
    const errors = broken((c) => {
      const nca = c.contacts.find((x) => x.id === "nca-mshtu");
      if (nca) nca.provenance = { ...nca.provenance, verification: "confirmed" };
    });
    expect(errors).toContain('contacts "nca-mshtu".phone: 0844 778 2406 is unconfirmed and must have verification "verify"');
  });

  it("refuses a phone number that is not in the verified list", () => {
    const errors = broken((c) => {
      const helpline = c.contacts.find((x) => x.id === "modern-slavery-helpline");
      if (helpline) helpline.phone = "0800 000 0000";
    });
    expect(errors).toContain('contacts "modern-slavery-helpline".phone: 0800 000 0000 is not in the verified contacts list');
  });

  it("catches a fact combination that no referral rule covers", () => {
    const errors = broken((c) => {
      c.rules = c.rules.filter((r) => r.id !== "referral-adult-declined");
      c.actions = c.actions.filter((a) => a.id !== "offer-nrm-later");
      c.guidance = c.guidance.filter(
        (g) => !["dtn-no-identifying-details", "dtn-purpose", "next-dtn-no-nrm-support"].includes(g.id),
      );
    });
    expect(errors.some((e) => e.startsWith("rules: no rule sets referral for"))).toBe(true);
  });

  it("catches two rules that both set the section 45 status", () => {
    const errors = broken((c) => {
      rule(c, "s45-conditional").then.section45Status = "excluded-schedule-4";
    });
    expect(errors.some((e) => e.includes("s45-consider-adult, s45-conditional all set section45Status"))).toBe(true);
  });

  it("catches a Schedule 4 exclusion that no rule covers for an unconfirmed entry", () => {
    const errors = broken((c) => {
      c.rules = c.rules.filter((r) => r.id !== "s45-consider-adult-unconfirmed-listing");
      c.conditions = c.conditions.filter((x) => x.id !== "adult-suspect-unconfirmed-listing");
    });
    expect(
      errors.some(
        (e) => e.startsWith("rules: no rule sets section45Status for") && e.includes('"offenceEntryVerification":"verify"'),
      ),
    ).toBe(true);
  });

  it("catches an invalid Schedule 4 entry verification value in a condition", () => {
    const errors = broken((c) => {
      const cond = c.conditions.find((x) => x.id === "offence-entry-unconfirmed");
      if (cond && "fact" in cond) cond.oneOf = ["maybe"];
    });
    expect(errors).toContain(
      'conditions "offence-entry-unconfirmed".oneOf[0]: "maybe" is not a valid value for offenceEntryVerification',
    );
  });

  it("catches a question that depends on a later answer", () => {
    const errors = broken((c) => {
      const q = c.questions.find((x) => x.id === "q-immediate-danger");
      if (q) q.showWhen = ["is-adult"];
    });
    expect(errors).toContain(
      'questions "q-immediate-danger".showWhen: condition "is-adult" depends on "age", which needs age from an earlier question',
    );
  });

  it("catches a condition cycle and an invalid condition value", () => {
    const errors = broken((c) => {
      c.conditions.push({ id: "loop-a", description: "a", allOf: ["loop-b", "is-adult"] });
      c.conditions.push({ id: "loop-b", description: "b", allOf: ["loop-a", "is-adult"] });
      c.conditions.push({ id: "bad-age", description: "c", fact: "age", oneOf: ["teen"] });
      rule(c, "btp").when = ["area-btp", "loop-a", "bad-age"];
    });
    expect(errors.some((e) => e.includes("cycle through"))).toBe(true);
    expect(errors).toContain('conditions "bad-age".oneOf[0]: "teen" is not a valid value for age');
  });

  it("catches unused content and an answer option of the wrong type", () => {
    const errors = broken((c) => {
      const first = c.guidance[0];
      if (first) c.guidance.push({ ...first, id: "orphan-note" });
      const q = c.questions.find((x) => x.id === "q-age");
      const option = q?.options?.[0];
      if (option) option.value = true;
    });
    expect(errors).toContain('guidance "orphan-note": never used by any rule, question or action');
    expect(errors).toContain('questions "q-age".options "q-age-adult".value: true is not a valid value for age');
  });
});

describe("validateContentTexts", () => {
  it("accepts every locale's words for the built-in content", () => {
    // The officer-interface locales carry the content's words (person-only languages do not).
    const officer = readdirSync("locales").filter((l) => existsSync(`locales/${l}/content.json`));
    expect(officer).toEqual(expect.arrayContaining(["en-GB", "cy"]));
    for (const locale of officer) {
      const result = validateContentTexts(PATHWAY_CONTENT, {
        content: readLocale(locale, "content"),
        offences: readLocale(locale, "offences"),
      });
      expect(result.errors, locale).toEqual([]);
    }
  });

  it("catches missing words, words left over from removed content, and an unknown note", () => {
    const files = english();
    const content = files.content as Tree;
    delete content["actions"]?.["make-safe"]?.["how"];
    (content["guidance"] as Record<string, unknown>)["old-item"] = { title: "x", text: "y" };
    const copy = structuredClone(PATHWAY_CONTENT);
    const action = copy.actions.find((a) => a.id === "make-safe");
    if (action) action.provenance = { ...action.provenance, verification: "verify", noteId: "no-such-note" };
    const errors = validateContentTexts(copy, files).errors;
    expect(errors).toContain('content: missing text "actions.make-safe.how"');
    expect(errors).toContain('content: "guidance.old-item.title" is not used by any content (remove it)');
    expect(errors).toContain('content: missing text "notes.no-such-note"');
  });

  it("refuses a phone number that is not in the verified list, in any text", () => {
    const files = english();
    const content = files.content as Tree;
    const action = content["actions"]?.["make-safe"];
    if (action) action["why"] = "Ring 0161 496 0000 for help.";
    expect(validateContentTexts(PATHWAY_CONTENT, files).errors).toContain(
      'content "actions.make-safe.why": phone number 0161 496 0000 is not in the verified contacts list',
    );
  });

  it("requires an item marked verify for text that quotes an unconfirmed number", () => {
    const files = english();
    const content = files.content as Tree;
    const action = content["actions"]?.["make-safe"];
    if (action) action["why"] = "NCA advice on 0844 778 2406.";
    expect(validateContentTexts(PATHWAY_CONTENT, files).errors).toContain(
      'content "actions.make-safe.why": unconfirmed phone number 0844 778 2406 needs an item marked "verify"',
    );
    // The same number in an item that is marked verify is allowed.
    const contact = (english().content as Tree)["contacts"];
    if (contact?.["nca-mshtu"]) contact["nca-mshtu"]["use"] = "Tactical advice on 0844 778 2406.";
  });

  it("warns about items due for review within 90 days, and says when one is overdue", () => {
    const warnings = reviewWarnings(PATHWAY_CONTENT, "2026-12-02");
    expect(warnings.some((w) => w.includes('"msvcc-support": review by 2027-01-01'))).toBe(true);
    expect(reviewWarnings(PATHWAY_CONTENT, "2026-09-01")).toEqual([]);
    expect(reviewWarnings(PATHWAY_CONTENT, "2027-01-02").some((w) => w.endsWith("(overdue)"))).toBe(true);
  });
});
