import { defineConfig } from "vitest/config";

// Real-browser journeys: Node drives Debian's Chromium with playwright-core
// against `vite preview` of the production build.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.spec.ts"],
    environment: "node",
    globalSetup: ["tests/browser/support/globalSetup.ts"],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // Two cores: one Chromium at a time per file, two files at once.
    maxWorkers: 2,
    allowOnly: false,
    passWithNoTests: false,
  },
});
