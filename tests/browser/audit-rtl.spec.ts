import { describe, inject, it } from "vitest";
import { auditEveryScreen } from "./support/audit";

const baseUrl = inject("baseUrl");

// Dark theme is audited in the right-to-left locale: colours depend on the
// theme, not the language, so one dark pass covers contrast for every locale.
describe("every screen passes the checks right to left", () => {
  it("right-to-left pseudo-locale (ar-XB), dark theme", async () => {
    await auditEveryScreen(baseUrl, "ar-XB", "dark");
  });
});
