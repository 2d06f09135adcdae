// The hand-over summary: plain text, in the order an officer fills in the
// Home Office referral form (referrer and route, the person — without
// details —, exploitation and indicators, needs and safeguarding, offences and
// section 45, actions, agencies). Built on demand, shown, copied or shared;
// never stored. For Duty to Notify it carries nothing that identifies anyone.
import type { Action, Decision, Facts } from "../pathway";

export type SummaryKey =
  | "heading"
  | "generated"
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
  | "route"
  | "consent"
  | "age"
  | "dtnNoDetails"
  | "nrmDetails"
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
  | "done"
  | "open"
  | "none"
  | "yes"
  | "no";

export type Translate = (key: SummaryKey, values?: Record<string, string>) => string;

function yesNo(t: Translate, value: boolean): string {
  return value ? t("yes") : t("no");
}

function actionLines(actions: readonly Action[]): string[] {
  return actions.map((a) => `- ${a.title}`);
}

export interface SummaryInput {
  facts: Facts;
  decision: Decision;
  ticked: readonly string[];
  routeLabel: string;
  areaLabel: string;
  consentLabel: string;
  ageLabel: string;
  offenceLabel: string;
  s45Label: string;
  schedule4Label: string;
  generatedAt: Date;
}

export function buildHandoverSummary(input: SummaryInput, t: Translate): string {
  const { facts, decision } = input;
  const done = decision.actions.filter((a) => input.ticked.includes(a.id));
  const open = decision.actions.filter((a) => !input.ticked.includes(a.id));
  const identifying = decision.referral.identifying;
  const stamp = input.generatedAt.toISOString().slice(0, 16).replace("T", " ");
  const lines: string[] = [
    t("heading"),
    t("generated", { when: `${stamp} UTC` }),
    t("contentVersion", { version: decision.contentVersion }),
    "",
    `1. ${t("s1")}`,
    `${t("area")}: ${input.areaLabel}`,
    `${t("route")}: ${input.routeLabel}`,
    `${t("consent")}: ${input.consentLabel}`,
    "",
    `2. ${t("s2")}`,
    `${t("age")}: ${input.ageLabel}`,
    identifying ? t("nrmDetails") : t("dtnNoDetails"),
    "",
    `3. ${t("s3")}`,
    t("exploitationPrompt"),
    "",
    `4. ${t("s4")}`,
    `${t("danger")}: ${yesNo(t, facts.situation.immediateDanger)}`,
    `${t("medical")}: ${yesNo(t, facts.situation.medicalNeed)}`,
    `${t("interpreter")}: ${yesNo(t, facts.situation.needsInterpreter)}`,
    `${t("accommodation")}: ${yesNo(t, facts.situation.needsAccommodation)}`,
    `${t("childSafeguarding")}: ${yesNo(t, decision.referral.childSafeguardingReferral)}`,
    `${t("ictg")}: ${yesNo(t, decision.referral.ictgReferral === "where-available")}`,
    "",
    `5. ${t("s5")}`,
  ];
  if (facts.person.suspect === undefined) {
    lines.push(t("notSuspect"));
  } else {
    lines.push(
      `${t("offence")}: ${input.offenceLabel}`,
      `${t("schedule4")}: ${input.schedule4Label}`,
      `${t("s45Status")}: ${input.s45Label}`,
      t("s45Record"),
    );
  }
  lines.push("", `6. ${t("s6")}`, `${t("done")}:`, ...(done.length > 0 ? actionLines(done) : [`- ${t("none")}`]));
  lines.push(`${t("open")}:`, ...(open.length > 0 ? actionLines(open) : [`- ${t("none")}`]));
  lines.push(
    "",
    `7. ${t("s7")}`,
    ...decision.contacts.map((c) => `- ${c.name}${c.provenance.verification === "confirmed" ? `: ${c.phone}` : ""}`),
  );
  lines.push("", t("notStored"));
  return lines.join("\n");
}
