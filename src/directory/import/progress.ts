// Progress reported during an import, for the progress bar.
export const IMPORT_PHASES = ["reading", "verifying", "validating", "writing", "done"] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

export interface ImportProgress {
  phase: ImportPhase;
  /** Items done in this phase, out of `total` (0 and 0 when the phase has no count). */
  done: number;
  total: number;
}

export type ImportProgressListener = (progress: ImportProgress) => void;
