// One session per test, checked and closed after it: any console error, page
// error, CSP violation or request to another origin fails the test.
import { afterEach, inject } from "vitest";
import { Session, type SessionOptions } from "./session";

export const baseUrl = inject("baseUrl");

let current: Session | undefined;

afterEach(async () => {
  const session = current;
  current = undefined;
  if (session === undefined) return;
  try {
    await session.expectNoProblems("watchers");
  } finally {
    await session.close();
  }
});

/** Opens this test's session (closed and checked after the test). */
export async function openSession(options: Partial<SessionOptions> = {}): Promise<Session> {
  current = await Session.open({ baseUrl, ...options });
  return current;
}

/** The session opened by this test. */
export function session(): Session {
  if (current === undefined) throw new Error("no session opened in this test");
  return current;
}
