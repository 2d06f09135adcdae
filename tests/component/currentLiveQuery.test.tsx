import { useState } from "react";
import { describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { useCurrentLiveQuery } from "../../src/directory/ui/useCurrentLiveQuery";
import { render } from "./render";

/** Answers the test resolves by hand, so "the new query has not answered yet" is a state, not a race. */
function deferred(): { promise: Promise<string>; resolve: (v: string) => void } {
  let resolve: (v: string) => void = () => undefined;
  const promise = new Promise<string>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function AreaList({ answers }: { answers: Record<string, Promise<string>> }) {
  const [area, setArea] = useState("national");
  const shown = useCurrentLiveQuery(area, () => answers[area] ?? Promise.resolve(undefined));
  return (
    <div>
      <button
        type="button"
        onClick={() => {
          setArea("west-mercia");
        }}
      >
        West Mercia
      </button>
      <p data-testid="shown">{shown ?? "loading"}</p>
    </div>
  );
}

describe("a live query shows only the answer to the question asked", () => {
  it("reads as loading, not the old area's list, until the new area's answer arrives", async () => {
    const national = deferred();
    const westMercia = deferred();
    const host = render(<AreaList answers={{ national: national.promise, "west-mercia": westMercia.promise }} />);
    const shown = () => host.querySelector("[data-testid='shown']")?.textContent;
    expect(shown()).toBe("loading");
    national.resolve("national services");
    await expect.poll(shown).toBe("national services");

    const button = host.querySelector("button");
    if (!button) throw new Error("no button");
    await userEvent.click(button);
    // Dexie's useLiveQuery alone would still return "national services" here.
    await expect.poll(shown).toBe("loading");
    westMercia.resolve("West Mercia services");
    await expect.poll(shown).toBe("West Mercia services");
  });
});
