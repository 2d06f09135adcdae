import { defineConfig } from "vitest/config";

// Unit tests run in Node: the domain logic has no DOM. Dexie runs on
// fake-indexeddb there; the real browser is covered by tests/browser.
export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Fixed clock and zone for anything that touches review or expiry dates.
    env: { TZ: "Europe/London" },
    allowOnly: false,
    passWithNoTests: false,
  },
});
