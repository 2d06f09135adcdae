// The words for the pathway content, looked up by id in the locale files
// (content.json and offences.json): the content data keeps ids, structure and
// provenance; this is the one place that knows how ids become keys. Pure: the
// screens pass i18next's `t`, the scenario command passes the en-GB files.
// Every key is checked to exist in every locale by validateContentTexts.
import type { Action, Contact, GuidanceItem, IndicatorGroup, Question } from "../model/contentSchema";
import type { Schedule4Result, Unrecognised } from "../model/decision";
import type { ActionPhase } from "../model/contentSchema";
import { formatOffence } from "../offences/offenceRef";
import type { OffenceRef } from "../schedule4/schedule4Schema";

/** Looks a key up in one namespace; `values` fill {{placeholders}}. */
export type Lookup = (key: string, values?: Record<string, string | number>) => string;

export interface QuestionText {
  text: string;
  hint?: string;
  summaryLabel: string;
}
export interface OptionText {
  label: string;
  hint?: string;
}
export interface ActionText {
  title: string;
  how?: string;
  why: string;
}
export interface TitledText {
  title: string;
  text: string;
}

export interface ContentText {
  readonly question: (q: Question) => QuestionText;
  readonly option: (q: Question, optionId: string) => OptionText;
  readonly phase: (id: ActionPhase) => { title: string; summary: string };
  readonly action: (a: Action) => ActionText;
  readonly guidance: (g: GuidanceItem) => TitledText;
  readonly contact: (c: Contact) => { name: string; use: string };
  readonly indicatorGroup: (g: IndicatorGroup) => { title: string; summary: string };
  readonly indicator: (groupId: string, id: string) => string;
  readonly rule: (ruleId: string) => string;
  readonly note: (noteId: string) => string;
  readonly version: (id: string) => { title: string; version: string };
  readonly versionSummary: () => string;
}

export function contentText(t: Lookup): ContentText {
  return {
    question: (q) => ({
      text: t(`questions.${q.id}.text`),
      summaryLabel: t(`questions.${q.id}.summaryLabel`),
      ...(q.hasHint ? { hint: t(`questions.${q.id}.hint`) } : {}),
    }),
    option: (q, optionId) => {
      const option = q.options?.find((o) => o.id === optionId);
      return {
        label: t(`questions.${q.id}.options.${optionId}.label`),
        ...(option?.hasHint === true ? { hint: t(`questions.${q.id}.options.${optionId}.hint`) } : {}),
      };
    },
    phase: (id) => ({ title: t(`phases.${id}.title`), summary: t(`phases.${id}.summary`) }),
    action: (a) => ({
      title: t(`actions.${a.id}.title`),
      why: t(`actions.${a.id}.why`),
      ...(a.hasHow ? { how: t(`actions.${a.id}.how`) } : {}),
    }),
    guidance: (g) => ({ title: t(`guidance.${g.id}.title`), text: t(`guidance.${g.id}.text`) }),
    contact: (c) => ({ name: t(`contacts.${c.id}.name`), use: t(`contacts.${c.id}.use`) }),
    indicatorGroup: (g) => ({ title: t(`indicators.${g.id}.title`), summary: t(`indicators.${g.id}.summary`) }),
    indicator: (groupId, id) => t(`indicators.${groupId}.items.${id}`),
    rule: (ruleId) => t(`rules.${ruleId}`),
    note: (noteId) => t(`notes.${noteId}`),
    version: (id) => ({ title: t(`versions.${id}.title`), version: t(`versions.${id}.version`) }),
    versionSummary: () => t("versions.summary"),
  };
}

export interface OffenceText {
  /** The plain title of a catalogue entry (a Schedule 4 listing or a common offence). */
  readonly title: (entryId: string) => string;
  /** For a Schedule 4 entry listed only in some circumstances. */
  readonly condition: (entryId: string) => string;
  /** What is in doubt about a common offence (hasCaution). */
  readonly caution: (entryId: string) => string;
  /** Why an offence could not be checked. */
  readonly problem: (problem: Unrecognised) => string;
  /** For a reference broader than the listing: which subsections are listed. */
  readonly broaderReference: (result: Schedule4Result) => string;
  /** Why a conditional match is only sometimes excluded: the entry's condition, and which narrower subsections are listed. */
  readonly conditions: (result: Schedule4Result) => string[];
  /** One sentence: what the Schedule 4 check found (empty for a person who is not a suspect). */
  readonly check: (result: Schedule4Result) => string;
  /** How an offence reference reads: "Theft Act 1968 s8", "Common law: kidnapping". */
  readonly offence: (ref: OffenceRef) => string;
  /** "Common law", for an offence that no Act creates. */
  readonly commonLaw: () => string;
  readonly outstanding: () => string;
  readonly gap: (id: string) => string;
}

/** "17(1)" and "17(2)" -> "section 17(1) and section 17(2)"-style lists, in the locale's words. */
const joinSections = (sections: readonly string[], and: string): string =>
  sections.length <= 1
    ? (sections[0] ?? "")
    : `${sections.slice(0, -1).join(", ")} ${and} ${sections[sections.length - 1] ?? ""}`;

export function offenceText(t: Lookup): OffenceText {
  const broaderReference = (result: Schedule4Result): string => {
    const offence = result.offence;
    const listed = result.listedSections ?? [];
    if (offence === undefined || "name" in offence) return "";
    return t("broaderReference", {
      act: offence.act,
      section: offence.section,
      listed: joinSections(listed, t("and")),
      count: listed.length,
    });
  };
  return {
    title: (id) => t(`entries.${id}.title`),
    condition: (id) => t(`entries.${id}.condition`),
    caution: (id) => t(`entries.${id}.caution`),
    problem: (problem) => {
      if (problem.code === "year-needed") {
        const titles = problem.titles ?? [];
        return titles.length === 0
          ? t("problems.year-needed-unknown")
          : t("problems.year-needed", { titles: titles.map((title) => `"${title}"`).join(` ${t("or")} `) });
      }
      return t(`problems.${problem.code}`, { section: problem.section ?? "" });
    },
    broaderReference,
    conditions: (result) => {
      const lines: string[] = [];
      if (result.conditionKind === "listed-condition" && result.entryId !== undefined)
        lines.push(t(`entries.${result.entryId}.condition`));
      const listed = result.listedSections ?? [];
      if (listed.length > 0) {
        // Beside the entry's own condition, narrower subsections listed in their own right.
        lines.push(
          result.conditionKind === "listed-condition"
            ? t("alsoListed", { listed: joinSections(listed, t("and")), count: listed.length })
            : broaderReference(result),
        );
      }
      return lines;
    },
    check: (result) => {
      if (result.match === "not-suspect") return "";
      if (result.match === "not-given") return t("check.not-given");
      const offence = result.offence === undefined ? "" : formatOffence(result.offence, t("commonLaw"));
      const unconfirmed = result.entryVerification === "verify" ? "-unconfirmed" : "";
      const key = result.match === "excluded" || result.match === "conditional" ? `${result.match}${unconfirmed}` : result.match;
      return t(`check.${key}`, { offence });
    },
    offence: (ref) => formatOffence(ref, t("commonLaw")),
    commonLaw: () => t("commonLaw"),
    outstanding: () => t("list.outstanding"),
    gap: (id) => t(`list.gaps.${id}`),
  };
}
