// Runs every scenario fixture in ./scenarios: given facts, expect a route,
// section 45 status, support stage and the actions and guidance that must
// (and must not) appear.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "../../../src/shared/zod";
import { decide, factsSchema, runDecide, ROUTES, SECTION45_STATUSES, NATIONS } from "../../../src/pathway";
import { ENGLISH_OFFENCES } from "../../../src/pathway/cli/englishText";

const ids = z.array(z.string()).optional();
/** The audit rows (../shared/domain/audit-2026-12.md) each fixture covers, if any. */
const AUDIT_ROWS = [
  "F01",
  "F02",
  "F03",
  "F04",
  "F05",
  "F06",
  "F07",
  "F08",
  "F09",
  "F10",
  "F11",
  "F12",
  "F13",
  "F14",
  "F15",
  "F16",
  "F17",
  "F18",
  "F19",
  "F20",
  "F21",
  "F22",
  "M01",
  "M02",
  "M03",
  "M04",
  "M05",
  "M06",
  "M07",
  "M08",
  "M09",
  "M10",
  "M11",
  "M12",
] as const;

const fixtureSchema = z
  .strictObject({
    name: z.string(),
    /** Audit rows this scenario checks; such a scenario must cite its sources. */
    audit: z.array(z.enum(AUDIT_ROWS)).optional(),
    /** Where the expectation comes from: public citations (title and URL), written before the engine was run. */
    sources: z.array(z.string().min(10)).optional(),
    given: factsSchema,
    expect: z.strictObject({
      route: z.enum(ROUTES),
      nation: z.enum(NATIONS).optional(),
      previousReferral: z.boolean().optional(),
      /** The directory area the support lookup uses (null: none, in Scotland). */
      supportArea: z.string().nullable().optional(),
      includesSigns: ids,
      consentRequired: z.boolean(),
      identifying: z.boolean(),
      childSafeguardingReferral: z.boolean(),
      ictgReferral: z.enum(["where-available", "not-applicable"]).optional(),
      alreadyReferred: z.boolean().optional(),
      pending: z
        .strictObject({
          yes: z.strictObject({ route: z.string(), supportStage: z.string() }),
          no: z.strictObject({ route: z.string(), supportStage: z.string() }),
        })
        .optional(),
      section45: z.string(),
      schedule4: z.string().optional(),
      /** Whether the matched Schedule 4 entry is confirmed; "absent" when no entry matched. */
      schedule4EntryVerification: z.enum(["confirmed", "verify", "absent"]).optional(),
      /** Text the Schedule 4 trace line must contain. */
      schedule4Trace: z.string().optional(),
      supportStage: z.string(),
      subStage: z.string(),
      firstActions: ids,
      includesActions: ids,
      excludesActions: ids,
      includesGuidance: ids,
      excludesGuidance: ids,
      /** Guidance or considerations that must be shown with verification "verify". */
      verifyGuidance: ids,
      includesNeeds: ids,
      excludesNeeds: ids,
      includesContacts: ids,
      excludesContacts: ids,
    }),
  })
  .refine((f) => f.audit === undefined || (f.sources?.length ?? 0) > 0, "a scenario for an audit row must cite its sources");

const dir = join(import.meta.dirname, "scenarios");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const fixtures = files.map((file) => ({ file, ...fixtureSchema.parse(JSON.parse(readFileSync(join(dir, file), "utf8"))) }));

describe("scenario fixtures", () => {
  it("has at least 40 fixtures", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  it.each(fixtures.map((f) => [`${f.file}: ${f.name}`, f] as const))("%s", (_label, fixture) => {
    const d = decide(fixture.given);
    const e = fixture.expect;
    expect(d.referral.route).toBe(e.route);
    expect(d.referral.consentRequired).toBe(e.consentRequired);
    expect(d.referral.identifying).toBe(e.identifying);
    expect(d.referral.childSafeguardingReferral).toBe(e.childSafeguardingReferral);
    if (e.ictgReferral !== undefined) expect(d.referral.ictgReferral).toBe(e.ictgReferral);
    if (e.alreadyReferred !== undefined) expect(d.referral.alreadyReferred).toBe(e.alreadyReferred);
    if (e.previousReferral !== undefined) expect(d.referral.previousReferral).toBe(e.previousReferral);
    if (e.nation !== undefined) expect(d.nation).toBe(e.nation);
    if (e.supportArea !== undefined) expect(d.supportQuery.area).toBe(e.supportArea);
    for (const id of e.includesSigns ?? []) expect(d.signs, `signs ${id}`).toContain(id);
    if (e.pending) {
      expect(d.referral.pending?.yes).toMatchObject(e.pending.yes);
      expect(d.referral.pending?.no).toMatchObject(e.pending.no);
    } else {
      expect(d.referral.pending).toBeUndefined();
    }
    expect(d.section45.status).toBe(e.section45);
    if (e.schedule4 !== undefined) expect(d.section45.schedule4.match).toBe(e.schedule4);
    if (e.schedule4EntryVerification !== undefined) {
      const expected = e.schedule4EntryVerification === "absent" ? undefined : e.schedule4EntryVerification;
      expect(d.section45.schedule4.entryVerification).toBe(expected);
    }
    if (e.schedule4Trace !== undefined) {
      const line = d.trace.find((t) => t.ruleId === "schedule4-check");
      expect(line?.schedule4 === undefined ? "" : ENGLISH_OFFENCES.check(line.schedule4)).toContain(e.schedule4Trace);
    }
    expect(d.supportStage).toBe(e.supportStage);
    expect(d.subStage).toBe(e.subStage);

    const actionIds = d.actions.map((a) => a.id);
    const guidanceItems = [
      ...d.guidance.informedConsent,
      ...d.guidance.whatHappensNext,
      ...d.guidance.support,
      ...d.guidance.notes,
      ...d.section45.considerations,
    ];
    const guidanceIds = guidanceItems.map((g) => g.id);
    const contactIds = d.contacts.map((c) => c.id);
    if (e.firstActions) expect(actionIds.slice(0, e.firstActions.length)).toEqual(e.firstActions);
    for (const id of e.includesActions ?? []) expect(actionIds, `action ${id}`).toContain(id);
    for (const id of e.excludesActions ?? []) expect(actionIds, `action ${id}`).not.toContain(id);
    for (const id of e.includesGuidance ?? []) expect(guidanceIds, `guidance ${id}`).toContain(id);
    for (const id of e.excludesGuidance ?? []) expect(guidanceIds, `guidance ${id}`).not.toContain(id);
    for (const id of e.verifyGuidance ?? [])
      expect(guidanceItems.find((g) => g.id === id)?.provenance.verification, `guidance ${id}`).toBe("verify");
    for (const id of e.includesNeeds ?? []) expect(d.supportNeeds, `need ${id}`).toContain(id);
    for (const id of e.excludesNeeds ?? []) expect(d.supportNeeds, `need ${id}`).not.toContain(id);
    for (const id of e.includesContacts ?? []) expect(contactIds, `contact ${id}`).toContain(id);
    for (const id of e.excludesContacts ?? []) expect(contactIds, `contact ${id}`).not.toContain(id);

    // Always: urgency order, and the scenario command agrees with the engine.
    const priorities = d.actions.map((a) => a.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
    const command = runDecide(JSON.stringify(fixture.given));
    expect(command.code).toBe(0);
    expect(command.stderr).toBe("");
    const out = JSON.parse(command.stdout) as {
      referral: { route: string };
      section45: { status: string };
      supportStage: string;
    };
    expect(out.referral.route).toBe(e.route);
    expect(out.section45.status).toBe(e.section45);
    expect(out.supportStage).toBe(e.supportStage);
  });

  it("covers every route, section 45 status, support sub-stage and Schedule 4 outcome", () => {
    const seen = fixtures.map((f) => decide(f.given));
    expect(new Set(seen.map((d) => d.referral.route))).toEqual(new Set(ROUTES));
    expect(new Set(seen.map((d) => d.section45.status))).toEqual(new Set(SECTION45_STATUSES));
    expect(new Set(seen.map((d) => d.nation))).toEqual(new Set(NATIONS));
    expect(new Set(seen.map((d) => d.subStage))).toEqual(
      new Set([
        "not-referred",
        "declined",
        "awaiting-rg",
        "positive-rg",
        "negative-rg",
        "positive-cg",
        "negative-cg",
        "exited-support",
      ]),
    );
    expect(new Set(seen.map((d) => d.section45.schedule4.match))).toEqual(
      new Set(["not-suspect", "not-given", "excluded", "conditional", "not-listed", "unrecognised"]),
    );
    expect(new Set(fixtures.map((f) => f.given.person.age))).toEqual(new Set(["adult", "under-18", "uncertain"]));
  });

  it("covers every critical and major audit finding and every missing case with a cited scenario", () => {
    const covered = new Set(fixtures.flatMap((f) => f.audit ?? []));
    for (const row of [
      "F01",
      "F02",
      "F03",
      "F04",
      "F05",
      "F06",
      "F07",
      "F08",
      "M01",
      "M02",
      "M03",
      "M04",
      "M05",
      "M06",
      "M07",
      "M08",
      "M09",
      "M10",
      "M11",
      "M12",
    ])
      expect(covered.has(row as (typeof AUDIT_ROWS)[number]), row).toBe(true);
  });
});
