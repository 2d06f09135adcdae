import { navigate } from "../router";

type ExitHandler = () => void;
const handlers = new Set<ExitHandler>();

/** Features register what must vanish on quick exit (e.g. the encounter in memory). */
export function onQuickExit(handler: ExitHandler): () => void {
  handlers.add(handler);
  return () => handlers.delete(handler);
}

/**
 * One tap to a neutral screen. Replaces the history entry so Back does not
 * return to the guidance, and drops everything held about the encounter.
 */
export function quickExit(): void {
  for (const h of handlers) h();
  navigate("/notes", { replace: true });
}
