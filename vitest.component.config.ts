import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { CHROMIUM_ARGS, findChromium } from "./tests/browser/support/chromium.ts";

// Component tests: screens and form parts rendered in real Chromium (Debian's,
// never a downloaded build) by Vitest's browser mode, with real IndexedDB and
// Web Storage. Faster than a journey, closer than Node.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ["tests/component/**/*.test.tsx"],
    setupFiles: ["tests/component/setup.ts"],
    // A guard against a hang, not a speed target: tests wait for conditions.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    allowOnly: false,
    passWithNoTests: false,
    // expect.poll waits for a condition; this is a hang guard, not a speed target.
    expect: { poll: { timeout: 120_000 } },
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
      instances: [{ browser: "chromium", viewport: { width: 360, height: 800 } }],
    },
  },
});
