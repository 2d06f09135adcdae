// Open Referral out: every built-in sample pack exported as ORUK validates
// against the UK profile's compiled service schema, the services.json page
// against the /services response schema, and every field Waymark writes is
// the profile's or core HSDS 3.0.
import { describe, expect, it } from "vitest";
import { BUILTIN_PACKS } from "../../../src/directory/builtin/builtinPacks";
import { packToOruk } from "../../../src/directory/oruk/toOruk";
import { orukServicePage } from "../../../src/directory/oruk/orukServicePage";
import { WAYMARK_TAXONOMY } from "../../../src/directory/oruk/orukTaxonomy";
import { pathwayPackSchema } from "../../../src/directory/schema/pack";
import { errorsOf, fixture, orukValidators } from "./orukHelpers";

/** Fields outside the UK profile that Waymark writes: each is a core HSDS 3.0 field (openreferral/specification, branch 3.0). */
const HSDS_EXTRAS = new Set([
  "/phones",
  "/phones/id",
  "/phones/number",
  "/phones/description",
  "/eligibility_description",
  "/application_process",
  "/alternate_name",
  "/languages/name",
  "/languages/code",
  "/attributes/value",
  "/attributes/taxonomy_term/code",
  "/service_at_locations/location/attributes/taxonomy_term/code",
  "/service_at_locations/location/addresses/address_2",
]);

/** Every field path in `value`, with list positions dropped: "/phones/number". */
function fieldPaths(value: unknown, at = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => fieldPaths(v, at));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => [`${at}/${k}`, ...fieldPaths(v, `${at}/${k}`)]);
}

/** Every field path the profile's compiled schema defines. */
function schemaPaths(schema: unknown, at = ""): string[] {
  if (typeof schema !== "object" || schema === null) return [];
  const s = schema as { properties?: Record<string, unknown>; items?: unknown };
  const own = Object.entries(s.properties ?? {}).flatMap(([k, v]) => [`${at}/${k}`, ...schemaPaths(v, `${at}/${k}`)]);
  return [...own, ...schemaPaths(s.items, at)];
}

describe("packToOruk", () => {
  const { service, servicesPage, serviceList } = orukValidators();

  it.each(BUILTIN_PACKS.map((p) => [p.area, p] as const))("the %s sample pack exports as valid ORUK services", (_area, pack) => {
    const services = packToOruk(pack);
    expect(services).toHaveLength(pack.content.services.length);
    for (const s of services) expect(service(s), `${String(s.name)}\n${errorsOf(service)}`).toBe(true);
    const page = orukServicePage(services);
    expect(servicesPage(page), errorsOf(servicesPage)).toBe(true);
    for (const item of page.contents) expect(serviceList(item), errorsOf(serviceList)).toBe(true);
  });

  it("writes only the profile's fields and a short, documented list of core HSDS 3.0 ones", () => {
    const profile = new Set(schemaPaths(fixture("schema-service.json")));
    const written = new Set(BUILTIN_PACKS.flatMap((p) => packToOruk(p)).flatMap((s) => fieldPaths(s)));
    const outside = [...written].filter((p) => !profile.has(p)).sort();
    expect(outside).toEqual([...HSDS_EXTRAS].filter((p) => written.has(p)).sort());
  });

  it("carries Waymark's facts as attributes in the Waymark taxonomy, with stable UUIDs", () => {
    const pack = BUILTIN_PACKS.find((p) => p.area === "national");
    if (pack === undefined) throw new Error("no national sample");
    const [first] = packToOruk(pack);
    const again = packToOruk(pack)[0];
    expect(again).toEqual(first);
    const terms = (first?.attributes ?? []).map((a) => a.taxonomy_term?.term);
    const source = pack.content.services[0];
    if (source === undefined) throw new Error("empty pack");
    for (const stage of source.stages) expect(terms).toContain(`nrm-stage:${stage}`);
    for (const need of source.needs) expect(terms).toContain(`need:${need}`);
    expect(terms).toContain(`audience:${String(source.audience)}`);
    expect(terms).toContain("sample");
    expect((first?.attributes ?? []).every((a) => a.taxonomy_term?.taxonomy === WAYMARK_TAXONOMY)).toBe(true);
    // Samples say so in a field every reader shows.
    expect(first?.alert).toMatch(/^Sample entry/);
  });

  it("publishes a confidential location with no address, marked with the Waymark term", () => {
    const pack = pathwayPackSchema.parse({
      format: "waymark-pathway-pack",
      schemaVersion: 2,
      packVersion: 1,
      area: "essex",
      publisher: { id: "essex-police", name: "Essex Police" },
      issuedAt: "2026-11-01",
      expiresAt: "2027-05-01",
      content: {
        organisations: [
          {
            id: "org",
            name: "Refuge charity",
            provenance: { sources: [{ title: "t" }], lastReviewed: "2026-11-01", verification: "verify" },
          },
        ],
        locations: [
          { id: "refuge", name: "Refuge", confidentialAddress: true },
          {
            id: "office",
            confidentialAddress: false,
            address: { line1: "1 High Street", town: "Chelmsford", postcode: "CM1 1AA" },
          },
        ],
        services: [
          {
            id: "s",
            organisationId: "org",
            name: "Women's refuge",
            description: "Safe accommodation.",
            status: "active",
            links: [],
            phones: [],
            languages: [],
            locationIds: ["refuge", "office"],
            stages: ["pre-nrm"],
            audience: "adult",
            genderRestriction: "women",
            needs: ["emergency-accommodation"],
            area: { forceArea: "essex" },
            assuredDate: "2026-11-01",
            sample: false,
            provenance: { sources: [{ title: "t" }], lastReviewed: "2026-11-01", verification: "verify" },
          },
        ],
      },
    });
    const [out] = packToOruk(pack);
    expect(service(out), errorsOf(service)).toBe(true);
    const [refuge, office] = (out?.service_at_locations ?? []).map((l) => l.location);
    expect(refuge?.addresses).toBeUndefined();
    expect(refuge?.attributes?.[0]?.taxonomy_term?.term).toBe("confidential-address");
    expect(office?.addresses?.[0]).toMatchObject({
      address_1: "1 High Street",
      city: "Chelmsford",
      postal_code: "CM1 1AA",
      country: "GB",
    });
    expect((out?.attributes ?? []).map((a) => a.taxonomy_term?.term)).toContain("gender:women");
  });
});
