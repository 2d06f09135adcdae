// The hand-over summary: plain text, in the order an officer fills in the
// Home Office referral form (referrer and route, the person — without
// details —, exploitation and indicators, needs and safeguarding, offences and
// section 45, actions, agencies). Built on demand, shown, copied or shared;
// never stored. What it may carry depends on the route (summaryMode): before
// consent nothing identifying is asked for, and for a Duty to Notify it
// leaves out what could identify the person in combination with other
// records (the offence, the exact time) — Modern Slavery Act 2015 s52(3).
import type { Action, Contact, Decision, Facts } from "../pathway";

export type SummaryKey =
  | "heading"
  | "generated"
  | "generatedDay"
  | "contentVersion"
  | "notStored"
  | "s1"
  | "s2"
  | "s3"
  | "s4"
  | "s5"
  | "s6"
  | "s7"
  | "area"
  | "where"
  | "route"
  | "consent"
  | "age"
  | "dtnNoDetails"
  | "pendingNoDetails"
  | "nrmDetails"
  | "consentChange"
  | "bestInterests"
  | "previousReferral"
  | "formTimeout"
  | "exploitation"
  | "exploitationPrompt"
  | "medical"
  | "interpreter"
  | "accommodation"
  | "danger"
  | "childSafeguarding"
  | "ictg"
  | "notSuspect"
  | "offence"
  | "schedule4"
  | "s45Status"
  | "s45Record"
  | "dtnOffenceOmitted"
  | "done"
  | "open"
  | "none"
  | "yes"
  | "no";

export type Translate = (key: SummaryKey, values?: Record<string, string>) => string;

/**
 * What the summary may say about the person. `anonymous`: a Duty to Notify
 * (nothing identifying, alone or in combination). `before-consent`: an adult
 * not yet asked, so no identifying details yet. `identifying`: a referral the
 * person consented to, a child, a best-interests referral, or an existing case.
 */
export type SummaryMode = "anonymous" | "before-consent" | "identifying";

export function summaryMode(decision: Decision): SummaryMode {
  if (decision.referral.route === "duty-to-notify") return "anonymous";
  if (!decision.referral.identifying) return "before-consent";
  return "identifying";
}

export interface SummaryInput {
  facts: Facts;
  decision: Decision;
  ticked: readonly string[];
  routeLabel: string;
  areaLabel: string;
  /** Where a BTP officer was (empty for a territorial force). */
  whereLabel: string;
  consentLabel: string;
  ageLabel: string;
  exploitationLabel: string;
  offenceLabel: string;
  s45Label: string;
  schedule4Label: string;
  actionTitle: (action: Action) => string;
  contactName: (contact: Contact) => string;
  generatedAt: Date;
}

function yesNo(t: Translate, value: boolean): string {
  return value ? t("yes") : t("no");
}

export function buildHandoverSummary(input: SummaryInput, t: Translate): string {
  const { facts, decision } = input;
  const mode = summaryMode(decision);
  const done = decision.actions.filter((a) => input.ticked.includes(a.id));
  const open = decision.actions.filter((a) => !input.ticked.includes(a.id));
  const actionLines = (actions: readonly Action[]): string[] =>
    actions.length > 0 ? actions.map((a) => `- ${input.actionTitle(a)}`) : [`- ${t("none")}`];
  const iso = input.generatedAt.toISOString();
  // A Duty to Notify carries the day only: an exact time could identify someone next to custody records.
  const prepared =
    mode === "anonymous"
      ? t("generatedDay", { when: iso.slice(0, 10) })
      : t("generated", { when: `${iso.slice(0, 16).replace("T", " ")} UTC` });

  const lines: string[] = [
    t("heading"),
    prepared,
    t("contentVersion", { version: decision.contentVersion }),
    "",
    `1. ${t("s1")}`,
  ];
  lines.push(`${t("area")}: ${input.areaLabel}`);
  if (input.whereLabel !== "") lines.push(`${t("where")}: ${input.whereLabel}`);
  lines.push(`${t("route")}: ${input.routeLabel}`, `${t("consent")}: ${input.consentLabel}`);
  if (decision.referral.route === "best-interests") lines.push(t("bestInterests"));
  if (decision.referral.previousReferral) lines.push(t("previousReferral"));
  if (decision.referral.route === "nrm" && decision.referral.consentRequired && !decision.referral.alreadyReferred)
    lines.push(t("consentChange"));
  if (!decision.referral.alreadyReferred) lines.push(t("formTimeout"));

  lines.push("", `2. ${t("s2")}`, `${t("age")}: ${input.ageLabel}`);
  lines.push(mode === "anonymous" ? t("dtnNoDetails") : mode === "before-consent" ? t("pendingNoDetails") : t("nrmDetails"));

  lines.push("", `3. ${t("s3")}`);
  if (input.exploitationLabel !== "") lines.push(`${t("exploitation")}: ${input.exploitationLabel}`);
  lines.push(t("exploitationPrompt"));

  lines.push(
    "",
    `4. ${t("s4")}`,
    `${t("danger")}: ${yesNo(t, facts.situation.immediateDanger)}`,
    `${t("medical")}: ${yesNo(t, facts.situation.medicalNeed)}`,
    `${t("interpreter")}: ${yesNo(t, facts.situation.needsInterpreter)}`,
    `${t("accommodation")}: ${yesNo(t, facts.situation.needsAccommodation)}`,
    `${t("childSafeguarding")}: ${yesNo(t, decision.referral.childSafeguardingReferral)}`,
    `${t("ictg")}: ${yesNo(t, decision.referral.ictgReferral === "where-available")}`,
  );

  lines.push("", `5. ${t("s5")}`);
  if (facts.person.suspect === undefined) lines.push(t("notSuspect"));
  else if (mode === "anonymous") lines.push(t("dtnOffenceOmitted"));
  else
    lines.push(
      `${t("offence")}: ${input.offenceLabel}`,
      `${t("schedule4")}: ${input.schedule4Label}`,
      `${t("s45Status")}: ${input.s45Label}`,
      t("s45Record"),
    );

  lines.push("", `6. ${t("s6")}`, `${t("done")}:`, ...actionLines(done), `${t("open")}:`, ...actionLines(open));
  lines.push(
    "",
    `7. ${t("s7")}`,
    ...decision.contacts.map(
      (c) => `- ${input.contactName(c)}${c.provenance.verification === "confirmed" ? `: ${c.phone}` : ""}`,
    ),
    "",
    t("notStored"),
  );
  return lines.join("\n");
}
