// Puts an encounter in the device store, as the app itself would have saved
// it, so a screen deep in the flow can be opened directly (the audit visits
// every screen without clicking through the questions each time).
import { CONTENT_VERSION, getQuestion, getQuestionPath, type Answers } from "../../../src/pathway";
import { ENCOUNTER_STORAGE_KEY } from "../../../src/encounter";
import type { Session } from "./session";

export function storedEncounter(answers: Answers, ticked: string[] = [], savedAt = Date.now()): string {
  return JSON.stringify({ v: 1, contentVersion: CONTENT_VERSION, savedAt, answers, ticked });
}

/** Writes the encounter to the page's localStorage (the page must be on the app's origin). */
export async function seedEncounter(session: Session, answers: Answers, ticked: string[] = []): Promise<void> {
  const value = storedEncounter(answers, ticked);
  await session.page.evaluate(
    ([key, v]) => {
      localStorage.setItem(key, v);
    },
    [ENCOUNTER_STORAGE_KEY, value] as const,
  );
}

/** For each question on the path of `full`, the answers given before it (what the guard needs to show it). */
export function questionStates(full: Answers): { id: string; before: Answers }[] {
  const out: { id: string; before: Answers }[] = [];
  const before: Answers = {};
  for (const id of getQuestionPath(full)) {
    out.push({ id, before: { ...before } });
    const field = getQuestion(id)?.field;
    if (field !== undefined) Object.assign(before, { [field]: full[field] });
  }
  return out;
}
