import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

type Json = Record<string, unknown>;

/** A pack file built from a shipped sample, re-published under another publisher. */
export function testPack(change: (pack: Json & { content: { services: Json[] } }) => void = () => undefined): Buffer {
  const pack = JSON.parse(readFileSync("public/packs/devon-and-cornwall.sample.json", "utf8")) as Json & {
    content: { services: Json[] };
  };
  pack["publisher"] = { id: "test-force", name: "Test force modern slavery lead" };
  pack["title"] = "Test force pack";
  pack["packVersion"] = 3;
  change(pack);
  return Buffer.from(JSON.stringify(pack, null, 2));
}

/** MSVLO mode: the overview with import and export, and the browse list. */
export class DirectoryPages {
  constructor(private readonly page: Page) {}

  /** Opens a details section (closed by default) and returns it. */
  async openDisclosure(testId: string) {
    const details = this.page.getByTestId(testId);
    await details.waitFor();
    if ((await details.getAttribute("open")) === null) await details.locator("summary").first().click();
    return details;
  }

  async serviceCount(): Promise<number> {
    await this.openDisclosure("directory-status");
    return Number(await this.page.getByTestId("service-count").innerText());
  }

  /** The installed packs of the area the dashboard shows. */
  async packsText(area?: string): Promise<string> {
    if (area !== undefined) await this.page.getByTestId("dashboard-area").selectOption(area);
    return (await this.openDisclosure("packs")).innerText();
  }

  async importBytes(bytes: Buffer, name = "pack.json"): Promise<void> {
    await this.page.getByTestId("pack-file").setInputFiles({ name, mimeType: "application/json", buffer: bytes });
  }

  async waitForImportOutcome(): Promise<"ok" | "errors"> {
    const ok = this.page.getByTestId("import-result").locator(".card");
    const errors = this.page.getByTestId("import-errors");
    await ok.or(errors).first().waitFor();
    return (await errors.count()) > 0 ? "errors" : "ok";
  }
}
