import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { DirectoryBrowse } from "../../src/directory/ui/DirectoryBrowse";
import { render } from "./render";

const HEADER_ALLOWANCE = 110;

function renderBrowse(): HTMLElement {
  const host = render(
    <div className="page">
      <main className="main">
        <DirectoryBrowse />
      </main>
    </div>,
  );
  const main = host.querySelector("main");
  if (!main) throw new Error("no main");
  return main;
}

describe("MSVLO browse: the same compact items, with the editors' notes and maintenance buttons", () => {
  it("pages the list, shows editors' notes, and stays within the screen budget", async () => {
    const host = renderBrowse();
    const area = host.querySelector<HTMLSelectElement>("[data-testid='browse-area']");
    if (!area) throw new Error("no area select");
    await userEvent.selectOptions(area, "national");
    await expect.poll(() => host.querySelectorAll("[data-testid='service']").length).toBeGreaterThan(0);
    expect(host.querySelectorAll("[data-testid='service']").length).toBeLessThanOrEqual(3);
    expect(host.querySelector("[data-testid='show-more']")?.textContent).toMatch(/^Show \d+ more entr(y|ies)$/);
    // Items are h2 under the screen's h1.
    expect(host.querySelector("[data-testid='service'] h2")).not.toBeNull();
    const height = (host.parentElement?.getBoundingClientRect().height ?? Infinity) + HEADER_ALLOWANCE;
    expect(height, `${String(Math.round(height))} px`).toBeLessThanOrEqual(2400);

    await userEvent.selectOptions(area, "devon-and-cornwall");
    await expect.poll(() => host.querySelector("[data-testid='service']")?.getAttribute("data-service") ?? "").toMatch(/^dc-/);
    // MSVLO screens keep the note written for editors.
    expect(host.querySelector("[data-testid='no-phone']")?.textContent).toMatch(/add the local number once it has been checked/);
  });
});
