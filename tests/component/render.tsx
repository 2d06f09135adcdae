// Renders a component into the test page and unmounts it after the test.
// Events come from real input (userEvent drives Chromium), so React runs as it
// does for a user; tests wait for what they expect with expect.poll.
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach } from "vitest";

let mounted: { root: Root; host: HTMLElement }[] = [];

afterEach(() => {
  for (const { root, host } of mounted) {
    root.unmount();
    host.remove();
  }
  mounted = [];
});

export function render(ui: ReactNode): HTMLElement {
  const host = document.createElement("div");
  document.body.append(host);
  const root = createRoot(host);
  mounted.push({ root, host });
  flushSync(() => {
    root.render(ui);
  });
  return host;
}
