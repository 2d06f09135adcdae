// The `decide` command's output: the engine's decision, with sources written
// as one-line strings and the trace as "rule-id: why" lines (the full trace
// with provenance is kept in `traceDetail`).
import type { Provenance, Source } from "../../shared/provenance";
import type { Decision } from "../model/decision";
import { GUIDANCE_SUMMARY } from "../content/versions";

export function formatSource(source: Source): string {
  let out = source.title;
  if (source.section) out += `, ${source.section}`;
  if (source.version) out += ` (${source.version})`;
  if (source.url) out += ` <${source.url}>`;
  return out;
}

function flatProvenance(p: Provenance): {
  sources: string[];
  lastReviewed: string;
  verification: Provenance["verification"];
  verificationNote?: string;
} {
  const out = { sources: p.sources.map(formatSource), lastReviewed: p.lastReviewed, verification: p.verification };
  return p.verificationNote === undefined ? out : { ...out, verificationNote: p.verificationNote };
}

function item<T extends { provenance: Provenance }>(value: T): Omit<T, "provenance"> & ReturnType<typeof flatProvenance> {
  const { provenance, ...rest } = value;
  return { ...rest, ...flatProvenance(provenance) };
}

export function toScenarioOutput(decision: Decision): Record<string, unknown> {
  const { provenance: s4provenance, ...schedule4 } = decision.section45.schedule4;
  return {
    referral: decision.referral,
    section45: {
      status: decision.section45.status,
      schedule4: s4provenance ? { ...schedule4, ...flatProvenance(s4provenance) } : schedule4,
      considerations: decision.section45.considerations.map(item),
    },
    supportStage: decision.supportStage,
    subStage: decision.subStage,
    supportNeeds: decision.supportNeeds,
    actions: decision.actions.map(item),
    contacts: decision.contacts.map(item),
    guidance: {
      informedConsent: decision.guidance.informedConsent.map(item),
      whatHappensNext: decision.guidance.whatHappensNext.map(item),
      support: decision.guidance.support.map(item),
      notes: decision.guidance.notes.map(item),
    },
    trace: decision.trace.map((t) => `${t.ruleId}: ${t.why}`),
    traceDetail: decision.trace.map(item),
    contentVersion: decision.contentVersion,
    guidanceVersion: GUIDANCE_SUMMARY,
  };
}
