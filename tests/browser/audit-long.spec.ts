import { describe, inject, it } from "vitest";
import { auditEveryScreen } from "./support/audit";

const baseUrl = inject("baseUrl");

describe("every screen passes the checks with long words", () => {
  it("long pseudo-locale (en-XA), light theme", async () => {
    await auditEveryScreen(baseUrl, "en-XA", "light");
  });
});
