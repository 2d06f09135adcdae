import { useState } from "react";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { ErrorSummary, Field } from "../../src/ui/form";
import { render } from "./render";

/** A one-field form that fails on every submit, as the MSVLO editor did. */
function FailingForm() {
  const [name, setName] = useState("");
  const [submits, setSubmits] = useState(0);
  // A new array on every render, as any form builds its errors.
  const errors = submits === 0 ? [] : [{ message: "Enter a name", href: "#name" }];
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        setSubmits((n) => n + 1);
      }}
    >
      <ErrorSummary errors={errors} focusKey={submits} />
      <Field id="name" label="Name" error={submits === 0 ? null : "Enter a name"}>
        {(control) => (
          <input
            id={control.id}
            aria-describedby={control.describedBy}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
            }}
          />
        )}
      </Field>
      <button type="submit">Save</button>
    </form>
  );
}

describe("error summary", () => {
  it("takes focus once per failed submit, and typing afterwards keeps every keystroke in the field", async () => {
    const host = render(<FailingForm />);
    const button = host.querySelector("button");
    const input = host.querySelector<HTMLInputElement>("#name");
    if (!button || !input) throw new Error("form did not render");
    await userEvent.click(button);
    await expect.poll(() => document.activeElement?.classList.contains("error-summary")).toBe(true);
    await userEvent.click(input);
    await userEvent.keyboard("abcdef");
    expect(input.value).toBe("abcdef");
    expect(document.activeElement).toBe(input);
    // The next failed submit takes focus again.
    await userEvent.click(button);
    await expect.poll(() => document.activeElement?.classList.contains("error-summary")).toBe(true);
  });

  it("links each error to its field and says 'Error:' to screen readers", async () => {
    const host = render(<FailingForm />);
    const button = host.querySelector("button");
    if (!button) throw new Error("no button");
    await userEvent.click(button);
    const link = host.querySelector<HTMLAnchorElement>(".error-summary a");
    expect(link?.getAttribute("href")).toBe("#name");
    await userEvent.click(link ?? button);
    expect(document.activeElement?.id).toBe("name");
    const describedBy = host.querySelector("#name")?.getAttribute("aria-describedby") ?? "";
    const message = document.getElementById(describedBy.split(" ").find((id) => id.endsWith("-error")) ?? "");
    expect(message?.textContent).toContain("Error:");
    expect(message?.textContent).toContain("Enter a name");
  });
});
