import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { AddEntryScreen } from "../../src/directory/ui/EntryEditor";
import { render } from "./render";

describe("MSVLO entry editor", () => {
  it("after a failed save, typing into a field keeps every keystroke there", async () => {
    const host = render(<AddEntryScreen />);
    const save = host.querySelector<HTMLButtonElement>("[data-testid='save-entry']");
    if (!save) throw new Error("editor did not render");
    await userEvent.click(save);
    await expect.poll(() => host.querySelector("[data-testid='editor-errors']") !== null).toBe(true);
    // The summary takes focus once (an effect after the render): only then does the person move on.
    await expect.poll(() => document.activeElement?.classList.contains("error-summary")).toBe(true);
    const name = [...host.querySelectorAll("label")].find((l) => l.textContent === "Service name");
    const input = name?.htmlFor === undefined ? null : document.getElementById(name.htmlFor);
    if (!(input instanceof HTMLInputElement)) throw new Error("no name field");
    await userEvent.click(input);
    await userEvent.keyboard("Night shelter");
    expect(input.value).toBe("Night shelter");
    expect(document.activeElement).toBe(input);
  });
});
