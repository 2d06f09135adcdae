// The `decide` command's output: the engine's decision with its words in
// English (from the en-GB locale files), sources written as one-line strings,
// and the trace as "rule-id: why" lines (the full trace with provenance is
// kept in `traceDetail`).
import type { Provenance, Source } from "../../shared/provenance";
import type { Action, Contact, GuidanceItem } from "../model/contentSchema";
import type { Decision, Schedule4Result, TraceEntry } from "../model/decision";
import { ENGLISH_CONTENT as text, ENGLISH_OFFENCES as offences } from "./englishText";

export function formatSource(source: Source): string {
  let out = source.title;
  if (source.section) out += `, ${source.section}`;
  if (source.version) out += ` (${source.version})`;
  if (source.url) out += ` <${source.url}>`;
  return out;
}

interface FlatProvenance {
  sources: string[];
  lastReviewed: string;
  verification: Provenance["verification"];
  verificationNote?: string;
  reviewBy?: string;
}

function flatProvenance(p: Provenance): FlatProvenance {
  const out: FlatProvenance = {
    sources: p.sources.map(formatSource),
    lastReviewed: p.lastReviewed,
    verification: p.verification,
  };
  if (p.noteId !== undefined) out.verificationNote = text.note(p.noteId);
  else if (p.verificationNote !== undefined) out.verificationNote = p.verificationNote;
  if (p.reviewBy !== undefined) out.reviewBy = p.reviewBy;
  return out;
}

function item<T extends { provenance: Provenance }, W extends object>(
  value: T,
  words: W,
): Omit<T, "provenance"> & W & FlatProvenance {
  const { provenance, ...rest } = value;
  return { ...rest, ...words, ...flatProvenance(provenance) };
}

const guidance = (g: GuidanceItem) => item(g, text.guidance(g));
const action = (a: Action) => {
  const words = text.action(a);
  return item(a, { title: words.title, ...(words.how === undefined ? {} : { how: words.how }), reason: words.why });
};
const contact = (c: Contact) => item(c, text.contact(c));

function schedule4Words(result: Schedule4Result): Record<string, string> {
  const words: Record<string, string> = {};
  const message = offences.check(result);
  if (message !== "") words["message"] = message;
  if (result.entryId !== undefined) {
    words["entryTitle"] = offences.title(result.entryId);
  }
  const conditions = offences.conditions(result);
  if (conditions.length > 0) words["condition"] = conditions.join(" ");
  if (result.problem !== undefined) words["problem"] = offences.problem(result.problem);
  return words;
}

function why(entry: TraceEntry): string {
  return entry.schedule4 === undefined ? text.rule(entry.ruleId) : offences.check(entry.schedule4);
}

export function toScenarioOutput(decision: Decision): Record<string, unknown> {
  const { provenance: s4provenance, ...schedule4 } = decision.section45.schedule4;
  return {
    nation: decision.nation,
    referral: decision.referral,
    section45: {
      status: decision.section45.status,
      schedule4: {
        ...schedule4,
        ...schedule4Words(decision.section45.schedule4),
        ...(s4provenance === undefined ? {} : flatProvenance(s4provenance)),
      },
      considerations: decision.section45.considerations.map(guidance),
    },
    supportStage: decision.supportStage,
    subStage: decision.subStage,
    supportNeeds: decision.supportNeeds,
    supportQuery: decision.supportQuery,
    actions: decision.actions.map(action),
    contacts: decision.contacts.map(contact),
    guidance: {
      informedConsent: decision.guidance.informedConsent.map(guidance),
      whatHappensNext: decision.guidance.whatHappensNext.map(guidance),
      support: decision.guidance.support.map(guidance),
      notes: decision.guidance.notes.map(guidance),
    },
    signs: decision.signs,
    trace: decision.trace.map((t) => `${t.ruleId}: ${why(t)}`),
    traceDetail: decision.trace.map((t) => ({ ruleId: t.ruleId, why: why(t), ...flatProvenance(t.provenance) })),
    contentVersion: decision.contentVersion,
    guidanceVersion: text.versionSummary(),
  };
}
