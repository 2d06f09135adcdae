// Training's addresses. They name screens and made-up scenarios only. The
// entry links say where training was opened from, so leaving returns there.
export const TRAINING_BASE = "/training";

export const TRAINING_PATHS = {
  home: TRAINING_BASE,
  /** The start screen's and Settings' ways in. */
  fromStart: `${TRAINING_BASE}?from=start`,
  fromSettings: `${TRAINING_BASE}?from=settings`,
  packs: `${TRAINING_BASE}/packs`,
  /** The presenter: the story beside the phone, whose screens live under this address. */
  present: (id: string): string => `${TRAINING_BASE}/present/${id}`,
  /** The speaker notes, in a window of their own. */
  notes: (id: string): string => `${TRAINING_BASE}/notes/${id}`,
  /** Practice: the brief, then the learner's run, then the comparison. */
  practice: (id: string): string => `${TRAINING_BASE}/practice/${id}`,
  practiceRun: (id: string): string => `${TRAINING_BASE}/practice/${id}/run`,
  debrief: (id: string): string => `${TRAINING_BASE}/practice/${id}/debrief`,
} as const;

const RETURN_TO = { start: "/", settings: "/settings" } as const;

/** Where leaving training goes, from the entry link's `from` (the start screen when unknown). */
export function returnPathFor(from: string | null): string {
  return from === "settings" ? RETURN_TO.settings : RETURN_TO.start;
}
