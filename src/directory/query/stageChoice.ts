// "Where is the person with the NRM?" as the plain choices an officer is
// offered, and the directory stage each one looks up. The screen only shows
// the choices; what they mean lives here.
import type { NrmStage, PostNrmSubStage } from "../schema/vocabulary";

export const STAGE_CHOICES = ["not-referred", "waiting", "decision", "declined", "left-support"] as const;
export type StageChoice = (typeof STAGE_CHOICES)[number];

/**
 * Which decision, asked only after "A decision has been made". "not-sure"
 * looks up every service after referral (findServices with no sub-stage).
 */
export const DECISION_CHOICES = ["positive-rg", "negative-rg", "positive-cg", "negative-cg", "not-sure"] as const;
export type DecisionChoice = (typeof DECISION_CHOICES)[number];

export interface StageQuery {
  stage: NrmStage;
  subStage?: PostNrmSubStage;
}

export function isStageChoice(value: string): value is StageChoice {
  return (STAGE_CHOICES as readonly string[]).includes(value);
}

export function isDecisionChoice(value: string): value is DecisionChoice {
  return (DECISION_CHOICES as readonly string[]).includes(value);
}

/** Only "A decision has been made" asks a second question: which decision. */
export function needsDecision(choice: StageChoice): boolean {
  return choice === "decision";
}

/** The lookup for a choice, or null while a decision choice still waits for which decision. */
export function stageQueryOf(choice: StageChoice, decision?: DecisionChoice): StageQuery | null {
  switch (choice) {
    case "not-referred":
      return { stage: "pre-nrm" };
    case "waiting":
      return { stage: "post-nrm", subStage: "awaiting-rg" };
    case "decision":
      if (decision === undefined) return null;
      return decision === "not-sure" ? { stage: "post-nrm" } : { stage: "post-nrm", subStage: decision };
    case "declined":
      return { stage: "declined-nrm" };
    case "left-support":
      return { stage: "post-nrm", subStage: "exited-support" };
  }
}
