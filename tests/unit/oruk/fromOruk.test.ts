// Open Referral in: the official examples import (unclassified), bad input
// gives every problem at once with the record and field named and no pack,
// and nothing in a feed can make a number confirmed.
import { describe, expect, it } from "vitest";
import { orukToPack, type OrukConversion } from "../../../src/directory/oruk/fromOruk";
import { pathwayPackSchema } from "../../../src/directory/schema/pack";
import { CLASSIFIED, OPTIONS, feedService, fixture, testUuid } from "./orukHelpers";

function expectPack(r: OrukConversion) {
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("\n"));
  return r;
}

function expectErrors(r: OrukConversion) {
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error("expected errors");
  expect(r).not.toHaveProperty("pack");
  return r.errors;
}

describe("the official Open Referral UK examples", () => {
  it.each(["example-service_full.json", "example-service_list.json", "example-organization_full.json"])(
    "%s imports, unclassified, as a valid pack once its http: links are left out",
    (name) => {
      const json = fixture(name);
      // The examples' links are http:, which Waymark refuses unless the person chooses to leave them out.
      const refused = expectErrors(orukToPack(json, OPTIONS));
      expect(refused.map((e) => e.code)).toEqual(["insecure-link", "insecure-link"]);
      // In organization_full the organisation is the file itself: its website is reported once, at the top.
      const website = name === "example-organization_full.json" ? "website" : "organization.website";
      expect(refused.map((e) => e.field).sort()).toEqual([website, "url"].sort());

      const r = expectPack(orukToPack(json, { ...OPTIONS, dropHttpLinks: true }));
      expect(pathwayPackSchema.safeParse(r.pack).success).toBe(true);
      expect(r.unclassified).toBe(1);
      const [service] = r.pack.content.services;
      expect(service).toMatchObject({
        id: "ac148810-d857-441c-9679-408f346de14b",
        name: "Community Counselling",
        status: "active",
        unclassified: true,
        stages: [],
        needs: [],
        minimumAge: 12,
        maximumAge: 100,
        assuredDate: "2005-01-01",
        email: "email@example.com",
        area: { forceArea: "essex" },
        sample: false,
      });
      expect(service?.audience).toBeUndefined();
      expect(service?.url).toBeUndefined();
      expect(service?.provenance).toMatchObject({
        sources: [{ title: "Essex County Council: Open Referral UK directory", publisher: "Essex County Council" }],
        lastReviewed: "2005-01-01",
        verification: "verify",
      });
      expect(r.pack.content.organisations).toEqual([
        expect.objectContaining({ id: "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610", name: "Example Organization Inc." }),
      ]);
      expect(r.pack).toMatchObject({ schemaVersion: 2, issuedAt: "2026-11-23", expiresAt: "2027-11-23", area: "essex" });
      expect(r.pack.packVersion).toBe(Math.floor(OPTIONS.now.getTime() / 1000));
      expect(r.notes.some((n) => n.includes("unclassified"))).toBe(true);
    },
  );

  it("keeps the example's location, without the postcode that is not a UK one, and leaves out its ended schedule", () => {
    const r = expectPack(orukToPack(fixture("example-service_full.json"), { ...OPTIONS, dropHttpLinks: true }));
    expect(r.pack.content.locations).toEqual([
      {
        id: "3a19ff88-4620-4d17-9830-ac1d859eb5d5",
        name: "MyCity Civic Center",
        description:
          "MyCity Civic Center is located on Main Street and contains facilities for a number of civic and community services available.",
        confidentialAddress: false,
        address: { line1: "1-30 Main Street", town: "MyCity" },
      },
    ]);
    expect(r.pack.content.services[0]?.hours).toBeUndefined();
    expect(r.notes.join("\n")).toMatch(/postcode "ABC 1234" is not a UK postcode/);
    expect(r.notes.join("\n")).toMatch(/schedule that ended on 2005-01-01/);
    expect(r.notes.join("\n")).toMatch(/language given without a code or a name was left out/);
  });

  it("says when a list page is one page of many", () => {
    const r = expectPack(orukToPack(fixture("example-service_list.json"), { ...OPTIONS, dropHttpLinks: true }));
    expect(r.notes[0]).toMatch(/page 1 of 10 .*only the 1 service on this page was imported/);
  });
});

describe("bad input: every problem at once, naming the record and field, and no pack", () => {
  it.each([
    ["not JSON-shaped as a feed", 42, /not an Open Referral UK file/],
    ["an object that is no service", { hello: "world" }, /not an Open Referral UK file/],
    ["a page whose contents is not a list", { contents: "nope" }, /"contents" is not a list/],
    ["an empty list", [], /holds no services/],
    ["a Waymark pack", { format: "waymark-pathway-pack" }, /Waymark pathway pack/],
  ])("%s", (_name, json, message) => {
    const errors = expectErrors(orukToPack(json, OPTIONS));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.code).toBe("not-oruk");
    expect(errors[0]?.message).toMatch(message);
  });

  it("a service with no name", () => {
    const s = feedService({ name: "  " }, CLASSIFIED);
    const [error, ...rest] = expectErrors(orukToPack([s], OPTIONS));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ record: s["id"], field: "name", path: "[0].name" });
    expect(error?.message).toBe(`service ${String(s["id"])} (no name): name: the service has no name`);
  });

  it.each([
    ["http:", "http://example.org/help", "insecure-link", /is an http: link; Waymark keeps only https: links/],
    [
      "javascript:",
      "javascript:alert(1)",
      "schema",
      /is a javascript: link; Waymark keeps only https: links, and never javascript: ones/,
    ],
    ["data:", "data:text/html,<b>x</b>", "schema", /is a data: link/],
  ])("a %s link", (_scheme, url, code, message) => {
    const s = feedService({ name: "Harbour advocacy", url }, CLASSIFIED);
    const [error, ...rest] = expectErrors(orukToPack({ contents: [s] }, OPTIONS));
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ code, record: s["id"], field: "url", path: "contents[0].url" });
    expect(error?.message).toContain(`service "Harbour advocacy" (${String(s["id"])}): web address (url): `);
    expect(error?.message).toMatch(message);
  });

  it("a javascript: link stays an error even when the person chose to leave out http: links", () => {
    const s = feedService({ url: "javascript:alert(1)" }, CLASSIFIED);
    expect(expectErrors(orukToPack([s], { ...OPTIONS, dropHttpLinks: true }))[0]?.field).toBe("url");
  });

  it("a phone with letters, wherever the phone is", () => {
    const s = feedService(
      {
        name: "Harbour advocacy",
        phones: [{ id: testUuid(), number: "0800 HELP NOW" }],
        service_at_locations: [
          {
            id: testUuid(),
            phones: [{ id: testUuid(), number: "01632 960123 ext 2" }],
            location: { id: testUuid(), location_type: "physical" },
          },
        ],
      },
      CLASSIFIED,
    );
    const errors = expectErrors(orukToPack(s, OPTIONS));
    expect(errors.map((e) => e.field)).toEqual(["phones[0].number", "service_at_locations[0].phones[0].number"]);
    expect(errors[0]?.message).toBe(
      `service "Harbour advocacy" (${String(s["id"])}): phone number: "0800 HELP NOW" contains letters; a number must be digits and spaces`,
    );
  });

  it("an unknown area, with every other problem in the same answer", () => {
    const good = feedService({}, CLASSIFIED);
    const noName = feedService({ name: null });
    const badLink = feedService({ url: "http://example.org" });
    const errors = expectErrors(orukToPack([good, noName, badLink], { ...OPTIONS, area: "atlantis" }));
    expect(errors.map((e) => [e.path, e.field])).toEqual([
      ["area", "area"],
      ["[1].name", "name"],
      ["[2].url", "url"],
    ]);
    expect(errors[0]?.message).toMatch(/the area "atlantis" is not one Waymark knows/);
  });

  it("a field of the wrong type, a bad publisher id, a duplicate id, an unreadable assured date and an unknown Waymark term", () => {
    const a = feedService({ name: 7 });
    const b = feedService({ assured_date: "01/02/2026" }, [...CLASSIFIED, "need:flying"]);
    const c = feedService({ id: b["id"], name: "Twin" }, CLASSIFIED);
    const errors = expectErrors(orukToPack([a, b, c], { ...OPTIONS, publisher: { id: "Essex CC", name: "Essex" } }));
    expect(errors.map((e) => e.path)).toEqual([
      "publisher.id",
      "[0].name",
      "[1].assured_date",
      "[1].attributes[3].taxonomy_term.term",
      "[2].id",
    ]);
    expect(errors[1]?.message).toMatch(/name: expected text$/);
    expect(errors[3]?.message).toMatch(/"need:flying" is not a term of the Waymark taxonomy/);
    expect(errors[4]?.message).toMatch(/the same id is used by service "Test advocacy service"/);
  });

  it("a service without an organisation", () => {
    const s = feedService({ organization: null }, CLASSIFIED);
    expect(expectErrors(orukToPack(s, OPTIONS))[0]).toMatchObject({ field: "organization.name" });
  });
});

describe("confirmations cannot come from a feed", () => {
  it("a feed claiming a number was confirmed yields only unconfirmed numbers, except the project's own list", () => {
    const claim = { confirmedBy: { name: "Duty sergeant", on: "2026-11-20" }, verification: "confirmed", confirmed: true };
    const s = feedService(
      {
        phones: [
          { id: testUuid(), number: "01632 960000", description: "Referrals", ...claim },
          { id: testUuid(), number: "0800 808 3733", ...claim },
        ],
        attributes: [
          ...CLASSIFIED.map((code) => ({
            id: testUuid(),
            taxonomy_term: { id: testUuid(), name: code, description: "d", taxonomy: "waymark", term: code },
          })),
          {
            id: testUuid(),
            taxonomy_term: { id: testUuid(), name: "confirmed", description: "d", taxonomy: "other", term: "phone-confirmed" },
          },
        ],
      },
      [],
    );
    const r = expectPack(orukToPack(s, OPTIONS));
    const phones = r.pack.content.services[0]?.phones ?? [];
    expect(phones).toEqual([
      { number: "01632 960000", description: "Referrals", verification: "verify" },
      // On the project's checked list: confirmed whoever lists it.
      { number: "0800 808 3733", verification: "confirmed" },
    ]);
    expect(phones.some((p) => "confirmedBy" in p)).toBe(false);
    expect(r.notes.join("\n")).toMatch(/claims a phone number was confirmed; that was ignored/);
  });
});
