// The initial actions in the three phases of the pocket aide-memoire (now,
// before you leave, after), each with its count done. "Now" is open; a later
// phase opens by itself once every earlier one is done.
import { ACTION_PHASES, type Action, type ActionPhase } from "../pathway";

export interface PhaseGroup {
  phase: ActionPhase;
  actions: Action[];
  done: number;
  /** Open when the screen is first shown. */
  openAtFirst: boolean;
}

export function actionPhases(actions: readonly Action[], ticked: readonly string[]): PhaseGroup[] {
  const groups = ACTION_PHASES.map((phase) => {
    const inPhase = actions.filter((a) => a.phase === phase);
    return { phase, actions: inPhase, done: inPhase.filter((a) => ticked.includes(a.id)).length };
  }).filter((g) => g.actions.length > 0);
  // The first phase with something still to do is open, and every phase before it (all done) is closed.
  const firstOpen = groups.findIndex((g) => g.done < g.actions.length);
  return groups.map((g, i) => ({ ...g, openAtFirst: i === (firstOpen === -1 ? 0 : firstOpen) }));
}
