import { describe, inject, it } from "vitest";
import { auditEveryScreen } from "./support/audit";

const baseUrl = inject("baseUrl");

describe("every screen passes the checks", () => {
  it("in English, light theme", async () => {
    await auditEveryScreen(baseUrl, "en-GB", "light");
  });
});
