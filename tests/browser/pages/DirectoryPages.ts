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

  async serviceCount(): Promise<number> {
    await this.page.getByTestId("service-count").waitFor();
    return Number(await this.page.getByTestId("service-count").innerText());
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
