import { describe, expect, it } from "vitest";
import { SEEDS, sampleCitation, seedCitation, seedSection, seedSource } from "../../../src/directory/builtin/sampleSources";

describe("sample citations name the public document's own sections", () => {
  it("turns lines of the project's copy into the document's section or paragraph", () => {
    expect(seedSection(SEEDS.npcc, "122")).toBe("section 2.2.2 (victims and the NRM)");
    expect(seedSection(SEEDS.npcc, "122 and 225")).toBe("sections 2.2.2 (victims and the NRM) and 2.4 (recommendation 4)");
    expect(seedSection(SEEDS.apcc, "37 and 102")).toBe('sections "Victims\' services" and "Challenges: languages"');
    expect(seedSection(SEEDS.cambridgeshire, "157-170")).toMatch(/^paragraph 5\.4/);
    expect(seedSection(SEEDS.devonAndCornwall, "60-74")).toBe("paragraph on Modern Slavery Victim Liaison Officers");
    expect(seedSection(SEEDS.letters, "39")).toBe("letter of 27 October 2021 from the two commissioners");
  });

  it("refuses a line outside the document's known parts", () => {
    expect(() => seedSection(SEEDS.cambridgeshire, "100")).toThrow(/outside its known parts/);
    expect(() => seedSection(SEEDS.apcc, "lines 3")).toThrow(/bad line reference/);
  });

  it("never cites a file, a path or a line number", () => {
    const source = seedSource(SEEDS.devonAndCornwall, "130-146");
    expect(source).toEqual({
      title: "Devon and Cornwall response to the Hestia super-complaint",
      publisher: "Devon and Cornwall Police and the Office of the Police and Crime Commissioner for Devon and Cornwall",
      section: "paragraph on the immediate support fund",
      version: "2021 (undated)",
    });
    const text = seedCitation(SEEDS.apcc, "122");
    expect(text).toBe(
      'Association of Police and Crime Commissioners, "APCC Progress Update on Modern Slavery", late 2021, section "Securing accommodation"',
    );
    for (const trace of ["seeds/", ".txt", "shared/", "lines", "122"]) expect(text).not.toContain(trace);
  });

  it("joins several public sources in one line", () => {
    expect(sampleCitation([{ title: "A", publisher: "P" }, { title: "B" }])).toBe('P, "A"; "B"');
  });
});
