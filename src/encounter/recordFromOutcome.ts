// Explain, then ask, then record: once the officer has explained the points
// on the outcome screen, the person's answer is recorded there with one tap.
// Which answers can be recorded, and what each one sets, is decided here from
// the answers and the decision; the screen only shows the choices.
import type { Answers, Decision } from "../pathway";

export type RecordChoiceId = "consents" | "declines" | "stays" | "withdraws" | "cannot-decide";

export interface RecordChoice {
  id: RecordChoiceId;
  /** The answers to set (undefined clears one that no longer applies). */
  set: Partial<Answers>;
}

export interface RecordQuestion {
  /** consent: to a new referral; stay: an adult in an open case staying in the NRM. */
  kind: "consent" | "stay";
  choices: RecordChoice[];
}

/** The answer still to record for this person, or null when there is none. */
export function answerToRecord(answers: Answers, decision: Decision): RecordQuestion | null {
  const cannotDecide: RecordChoice = {
    id: "cannot-decide",
    set: { canDecide: false, consentToNrm: undefined, staysInNrm: undefined },
  };
  if (decision.referral.route === "pending") {
    return {
      kind: "consent",
      choices: [{ id: "consents", set: { consentToNrm: "yes" } }, { id: "declines", set: { consentToNrm: "no" } }, cannotDecide],
    };
  }
  if (answers.staysInNrm === "not-asked" && decision.referral.alreadyReferred && decision.supportQuery.audience === "adult") {
    return {
      kind: "stay",
      choices: [{ id: "stays", set: { staysInNrm: "yes" } }, { id: "withdraws", set: { staysInNrm: "no" } }, cannotDecide],
    };
  }
  return null;
}
