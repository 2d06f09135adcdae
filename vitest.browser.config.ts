import { defineConfig } from "vitest/config";
import { AuditsFirst } from "./tests/browser/support/sequencer.ts";

// Whole journeys against the production build: Node drives Debian's Chromium
// with playwright-core against `vite preview`. One browser per worker
// (isolate: false keeps it across the worker's files), a fresh context per test.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.spec.ts"],
    environment: "node",
    globalSetup: ["tests/browser/support/globalSetup.ts"],
    isolate: false,
    // Two cores: two files at once, the long audits first (support/sequencer.ts).
    maxWorkers: 2,
    sequence: { sequencer: AuditsFirst },
    // A guard against a hang, not a speed target: every wait is for a condition.
    testTimeout: 900_000,
    hookTimeout: 300_000,
    // expect.poll waits for a condition; without this it gives up after Vitest's default of 1 s,
    // which a write, a re-query and a render can take on a slow, busy machine.
    expect: { poll: { timeout: 120_000 } },
    allowOnly: false,
    passWithNoTests: false,
  },
});
