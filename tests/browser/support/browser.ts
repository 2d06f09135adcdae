// One Chromium per test worker, shared by every test file the worker runs
// (vitest.browser.config.ts sets isolate: false). Each test gets its own
// browser context (fresh storage, service workers and cache) from it, which
// is much cheaper than a browser per test. Tests that must restart the
// browser with the same profile (offline cold start) use a persistent context
// of their own instead.
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./chromium";

let shared: Promise<Browser> | undefined;

export function sharedBrowser(): Promise<Browser> {
  shared ??= chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
  return shared;
}

/** Waits for a condition, not for time: the limit only stops a hang. */
export const HANG_GUARD_MS = 120_000;
