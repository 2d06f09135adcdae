import { defineConfig } from "vitest/config";

// Unit tests run in Node: the domain logic has no DOM. Dexie runs on
// fake-indexeddb there; the real browser is covered by the component and
// journey layers (vitest.component.config.ts, vitest.browser.config.ts).
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/scenarios/**/*.test.ts"],
    environment: "node",
    // Fixed clock zone for anything that touches review or expiry dates.
    env: { TZ: "Europe/London" },
    // A guard against a hang, not a speed target: no test waits for time.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    allowOnly: false,
    passWithNoTests: false,
  },
});
