import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { createEncounterStore } from "../../src/encounter";
import { EncounterProvider, makeSetup } from "../../src/encounter/ui/EncounterContext";
import { QuestionScreen } from "../../src/encounter/ui/QuestionScreen";
import { getQuestion } from "../../src/pathway";
import { render } from "./render";

function renderQuestion(id: string) {
  const question = getQuestion(id);
  if (question === undefined) throw new Error(`no question ${id}`);
  const store = createEncounterStore({ storage: null });
  // The offence is only kept for a suspect (answers that stop applying are dropped).
  if (id === "q-offence") store.setAnswer("isSuspect", true);
  const host = render(
    <EncounterProvider setup={makeSetup("/encounter", store)}>
      <QuestionScreen question={question} />
    </EncounterProvider>,
  );
  return { host, store };
}

describe("question screen", () => {
  it("shows the question as the page heading with its options, and refuses Continue without an answer", async () => {
    const { host, store } = renderQuestion("q-age");
    expect(host.querySelector("h1")?.textContent).toBe("How old is the person?");
    expect(host.querySelectorAll("input[type=radio]")).toHaveLength(3);
    await userEvent.click(host.querySelector("[data-testid='continue']") ?? host);
    await expect.poll(() => host.querySelector(".error-summary")?.textContent ?? "").toContain("Choose an answer");
    expect(document.activeElement?.classList.contains("error-summary")).toBe(true);
    expect(store.get().answers.age).toBeUndefined();
    // The first radio is the error's target, and it is described by the error message.
    const first = host.querySelector<HTMLInputElement>("#answer");
    expect(first?.closest("fieldset")?.getAttribute("aria-describedby") ?? "").toMatch(/-error/);
  });

  it("records the chosen option's value in the store", async () => {
    const { host, store } = renderQuestion("q-age");
    const uncertain = host.querySelector<HTMLInputElement>("input[value='q-age-uncertain']");
    if (!uncertain) throw new Error("no option");
    await userEvent.click(uncertain);
    // The option's own hint is linked to it for screen readers.
    expect(document.getElementById(uncertain.getAttribute("aria-describedby") ?? "")?.textContent).toMatch(/treated as a child/);
    await userEvent.click(host.querySelector("[data-testid='continue']") ?? host);
    await expect.poll(() => store.get().answers.age).toBe("uncertain");
  });

  it("offence question: a hand-typed Act without a year is refused with the error on the Act field; a valid one is kept", async () => {
    const { host, store } = renderQuestion("q-offence");
    await userEvent.click(host.querySelector("input[name='offence-mode'][value='other']") ?? host);
    const act = host.querySelector<HTMLInputElement>("#offence-act");
    const section = host.querySelector<HTMLInputElement>("#offence-section");
    if (!act || !section) throw new Error("no fields");
    await userEvent.fill(act, "Misuse of Drugs Act 1971");
    await userEvent.fill(section, "not a section");
    await userEvent.click(host.querySelector("[data-testid='continue']") ?? host);
    await expect.poll(() => host.querySelector(".error-summary a")?.getAttribute("href")).toBe("#offence-act");
    await userEvent.fill(section, "s6");
    await userEvent.click(host.querySelector("[data-testid='continue']") ?? host);
    await expect.poll(() => store.get().answers.offence).toEqual({ act: "Misuse of Drugs Act 1971", section: "6" });
  });

  it("offence question: a search picks an entry from the built-in list", async () => {
    const { host, store } = renderQuestion("q-offence");
    await userEvent.click(host.querySelector("input[name='offence-mode'][value='list']") ?? host);
    await userEvent.fill(host.querySelector("#offence-search") ?? host, "robbery");
    await expect.poll(() => host.querySelector("input[value='theft-act-1968-s8']") !== null).toBe(true);
    await userEvent.click(host.querySelector("input[value='theft-act-1968-s8']") ?? host);
    await userEvent.click(host.querySelector("[data-testid='continue']") ?? host);
    await expect.poll(() => store.get().answers.offence).toEqual({ act: "Theft Act 1968", section: "8" });
  });

  it("offence question: everyday words find an offence not on Schedule 4, and say so", async () => {
    const { host, store } = renderQuestion("q-offence");
    await userEvent.click(host.querySelector("input[name='offence-mode'][value='list']") ?? host);
    await userEvent.fill(host.querySelector("#offence-search") ?? host, "cannabis farm");
    const option = "input[value='misuse-of-drugs-act-1971-s6']";
    await expect.poll(() => host.querySelector(option) !== null).toBe(true);
    const label = host.querySelector(option)?.closest(".radio, .radios__item, label")?.parentElement?.textContent ?? "";
    expect(label).toMatch(/Not on Schedule 4: the section 45 defence may apply/);
    await userEvent.click(host.querySelector(option) ?? host);
    await userEvent.click(host.querySelector("[data-testid='continue']") ?? host);
    await expect.poll(() => store.get().answers.offence).toEqual({ act: "Misuse of Drugs Act 1971", section: "6" });
  });

  it("multi-choice: several answers are kept, and 'Not known yet' stands alone", async () => {
    const { host, store } = renderQuestion("q-exploitation");
    expect(host.querySelector("h1")?.textContent).toBe("What kind of exploitation do you suspect?");
    const box = (id: string) => host.querySelector<HTMLInputElement>(`input[value='q-exploitation-${id}']`);
    await userEvent.click(host.querySelector("[data-testid='continue']") ?? host);
    await expect.poll(() => host.querySelector(".error-summary")?.textContent ?? "").toContain("Choose at least one");
    await userEvent.click(box("labour") ?? host);
    await userEvent.click(box("criminal") ?? host);
    await userEvent.click(box("not-known") ?? host);
    expect(box("labour")?.checked).toBe(false);
    expect(box("not-known")?.checked).toBe(true);
    await userEvent.click(box("sexual") ?? host);
    expect(box("not-known")?.checked).toBe(false);
    await userEvent.click(box("labour") ?? host);
    await userEvent.click(host.querySelector("[data-testid='continue']") ?? host);
    await expect.poll(() => store.get().answers.exploitation).toEqual(["labour", "sexual"]);
  });
});
