// Scenarios written as an officer would meet them: the answers given, the
// questions the phone must ask (in order), and what it must then say. Each
// cites where its expected outcome comes from.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "../../src/shared/zod";
import { EncounterScenario } from "./harness";

const ids = z.array(z.string()).optional();
const flowSchema = z.strictObject({
  name: z.string(),
  /** Where the expected outcome comes from (guidance, statute, audit finding). */
  source: z.string().min(1),
  answers: z.array(z.tuple([z.string(), z.unknown()])).min(1),
  /** Exactly the questions the phone asks, in order. */
  asks: z.array(z.string()),
  expect: z.strictObject({
    route: z.string(),
    section45: z.string(),
    supportStage: z.string(),
    subStage: z.string(),
    audience: z.enum(["adult", "child"]).optional(),
    identifying: z.boolean().optional(),
    consentRequired: z.boolean().optional(),
    includesActions: ids,
    excludesActions: ids,
    includesGuidance: ids,
    excludesGuidance: ids,
    includesContacts: ids,
  }),
});

const dir = join(import.meta.dirname, "flows");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const flows = files.map((file) => ({ file, ...flowSchema.parse(JSON.parse(readFileSync(join(dir, file), "utf8"))) }));

describe("question-by-question scenarios", () => {
  it("has scenarios", () => {
    expect(flows.length).toBeGreaterThanOrEqual(10);
  });

  it.each(flows.map((f) => [`${f.file}: ${f.name}`, f] as const))("%s", (_label, flow) => {
    const scenario = new EncounterScenario();
    for (const [question, value] of flow.answers) scenario.answer(question, value);
    expect(scenario.next(), "every question answered").toBeNull();
    expect(scenario.asked).toEqual(flow.asks);
    const d = scenario.decision();
    const e = flow.expect;
    expect(d.referral.route).toBe(e.route);
    expect(d.section45.status).toBe(e.section45);
    expect(d.supportStage).toBe(e.supportStage);
    expect(d.subStage).toBe(e.subStage);
    if (e.audience !== undefined) expect(d.supportQuery.audience).toBe(e.audience);
    if (e.identifying !== undefined) expect(d.referral.identifying).toBe(e.identifying);
    if (e.consentRequired !== undefined) expect(d.referral.consentRequired).toBe(e.consentRequired);
    const actions = d.actions.map((a) => a.id);
    const guidance = [
      ...d.guidance.informedConsent,
      ...d.guidance.whatHappensNext,
      ...d.guidance.support,
      ...d.guidance.notes,
      ...d.section45.considerations,
    ].map((g) => g.id);
    const contacts = d.contacts.map((c) => c.id);
    for (const id of e.includesActions ?? []) expect(actions, `action ${id}`).toContain(id);
    for (const id of e.excludesActions ?? []) expect(actions, `action ${id}`).not.toContain(id);
    for (const id of e.includesGuidance ?? []) expect(guidance, `guidance ${id}`).toContain(id);
    for (const id of e.excludesGuidance ?? []) expect(guidance, `guidance ${id}`).not.toContain(id);
    for (const id of e.includesContacts ?? []) expect(contacts, `contact ${id}`).toContain(id);
  });

  it("a Change that makes a new question apply asks it, and one that makes a question stop applying drops its answer", () => {
    const s = new EncounterScenario()
      .answer("q-immediate-danger", false)
      .answer("q-medical-need", false)
      .answer("q-age", "under-18")
      .answer("q-exploitation", ["not-known"])
      .answer("q-nrm-status", "not-referred")
      .answer("q-is-suspect", false)
      .answer("q-needs-interpreter", false);
    expect(s.next()?.id).toBe("q-needs-accommodation");
    s.change("age", "adult");
    expect(s.next()?.id).toBe("q-can-decide");
    s.answer("q-can-decide", true).answer("q-consent", "yes").change("age", "uncertain");
    expect(s.current().consentToNrm).toBeUndefined();
    expect(s.current().canDecide).toBeUndefined();
  });

  it("asks 'new exploitation?' only after a concluded case, and 'stay in the NRM?' only for an open one", () => {
    const start = () =>
      new EncounterScenario()
        .answer("q-immediate-danger", false)
        .answer("q-medical-need", false)
        .answer("q-age", "adult")
        .answer("q-exploitation", ["labour"]);
    expect(start().answer("q-nrm-status", "negative-cg").next()?.id).toBe("q-new-exploitation");
    expect(start().answer("q-nrm-status", "awaiting-rg").next()?.id).toBe("q-is-suspect");
    const open = start()
      .answer("q-nrm-status", "positive-rg")
      .answer("q-is-suspect", false)
      .answer("q-needs-interpreter", false)
      .answer("q-can-decide", true);
    expect(open.next()?.id).toBe("q-stays-in-nrm");
    const ended = start()
      .answer("q-nrm-status", "positive-cg")
      .answer("q-new-exploitation", false)
      .answer("q-is-suspect", false)
      .answer("q-needs-interpreter", false);
    // A case that has ended, with nothing new: no decision for the person to make, so neither capacity nor consent is asked.
    expect(ended.next()?.id).toBe("q-needs-accommodation");
  });

  it("asks where a British Transport Police officer is, and nobody else", () => {
    const answered = (area: string) => {
      const s = new EncounterScenario()
        .answer("q-immediate-danger", false)
        .answer("q-medical-need", false)
        .answer("q-age", "under-18");
      s.answer("q-exploitation", ["not-known"])
        .answer("q-nrm-status", "not-referred")
        .answer("q-is-suspect", false)
        .answer("q-needs-interpreter", false);
      return s.answer("q-needs-accommodation", false).answer("q-area", area);
    };
    expect(answered("british-transport-police").next()?.id).toBe("q-local-area");
    expect(answered("gwent").next()).toBeNull();
  });
});
