// URLs of the encounter screens, under a base ("/encounter" for a live
// encounter; a training run has its own). They name screens only — never
// anything about the person — so history and the address bar stay clean.
export const OUTCOME_SCREENS = ["result", "actions", "section-45", "support", "summary", "person"] as const;
export type OutcomeScreen = (typeof OUTCOME_SCREENS)[number];

/** Pages that interrupt the questions when an answer needs acting on at once (GOV.UK interruption card). */
export const INTERRUPTIONS = ["danger"] as const;
export type Interruption = (typeof INTERRUPTIONS)[number];

export type EncounterScreen =
  | { kind: "entry" }
  | { kind: "question"; id: string }
  | { kind: "interruption"; id: Interruption }
  | { kind: "check" }
  | { kind: "outcome"; screen: OutcomeScreen };

export const LIVE_ENCOUNTER_BASE = "/encounter";

export function encounterPaths(base: string) {
  return {
    base,
    entry: base,
    question: (id: string, change = false): string => `${base}/q/${id}${change ? "?change=1" : ""}`,
    check: `${base}/check`,
    interruption: (id: Interruption, change = false): string => `${base}/${id}${change ? "?change=1" : ""}`,
    outcome: (screen: OutcomeScreen): string => `${base}/${screen}`,
    of(screen: EncounterScreen): string {
      switch (screen.kind) {
        case "entry":
          return base;
        case "question":
          return `${base}/q/${screen.id}`;
        case "check":
          return `${base}/check`;
        case "interruption":
          return `${base}/${screen.id}`;
        case "outcome":
          return `${base}/${screen.screen}`;
      }
    },
  };
}
export type EncounterPaths = ReturnType<typeof encounterPaths>;

/** The screen a path under `base` names, or null for an unknown path. */
export function parseEncounterPath(base: string, path: string): EncounterScreen | null {
  const clean = path.replace(/\/+$/, "");
  if (clean === base) return { kind: "entry" };
  if (!clean.startsWith(`${base}/`)) return null;
  const rest = clean.slice(base.length + 1);
  if (rest === "check") return { kind: "check" };
  const interruption = INTERRUPTIONS.find((i) => i === rest);
  if (interruption !== undefined) return { kind: "interruption", id: interruption };
  const question = /^q\/([a-z0-9-]{1,80})$/.exec(rest);
  if (question?.[1] !== undefined) return { kind: "question", id: question[1] };
  const outcome = OUTCOME_SCREENS.find((s) => s === rest);
  return outcome === undefined ? null : { kind: "outcome", screen: outcome };
}
