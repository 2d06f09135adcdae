import { describe, expect, it } from "vitest";
import { actKey, relateSections, sectionPath, stem } from "../../../src/pathway/schedule4/normalise";

describe("normalise", () => {
  it("stems simple variants to the same word", () => {
    expect(stem("kidnapping")).toBe(stem("kidnap"));
    expect(stem("offences")).toBe(stem("offence"));
    expect(stem("robberies")).toBe(stem("robbery"));
    expect(stem("imprisonment")).toBe(stem("imprison"));
    expect(stem("kill")).toBe("kill");
  });

  it("reads sections with or without prefixes", () => {
    expect(sectionPath("8")).toEqual(["8"]);
    expect(sectionPath("s8")).toEqual(["8"]);
    expect(sectionPath("s. 8")).toEqual(["8"]);
    expect(sectionPath("section 17(2)")).toEqual(["17", "2"]);
    expect(sectionPath("section17 (2)")).toEqual(["17", "2"]);
    expect(sectionPath("12a")).toEqual(["12A"]);
    expect(sectionPath("robbery")).toBeUndefined();
    expect(sectionPath("")).toBeUndefined();
  });

  it("relates sections to listings", () => {
    expect(relateSections(["8"], ["8"])).toBe("same");
    expect(relateSections(["8", "1"], ["8"])).toBe("narrower");
    expect(relateSections(["17"], ["17", "1"])).toBe("broader");
    expect(relateSections(["17", "3"], ["17", "2"])).toBe("none");
    expect(relateSections(["18"], ["1"])).toBe("none");
  });

  it("keys Act titles by words and year", () => {
    expect(actKey("The Theft Act 1968 (c. 60)")).toEqual({ base: "theft", year: "1968" });
    expect(actKey("Offences against the Person Act 1861")).toEqual(actKey("OAPA"));
    expect(actKey("Anti-terrorism, Crime and Security Act 2001")).toEqual({
      base: "anti terrorism crime security",
      year: "2001",
    });
    expect(actKey("Theft Act")).toEqual({ base: "theft" });
  });
});
