// The field-by-field mapping from Open Referral UK into Waymark (docs/open-referral.md).
import { describe, expect, it } from "vitest";
import { orukToPack } from "../../../src/directory/oruk/fromOruk";
import { hoursFromSchedules } from "../../../src/directory/oruk/orukHours";
import { isUuid, sha1, uuidV5 } from "../../../src/directory/oruk/uuid";
import { createHash } from "node:crypto";
import { CLASSIFIED, OPTIONS, TODAY, feedService, testUuid, waymarkAttribute } from "./orukHelpers";

function convert(json: unknown) {
  const r = orukToPack(json, OPTIONS);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("\n"));
  return r;
}

const weekly = (byday: string, opens: string, closes: string, extra: Record<string, unknown> = {}) => ({
  id: testUuid(),
  freq: "WEEKLY",
  byday,
  opens_at: opens,
  closes_at: closes,
  ...extra,
});

describe("classification from the Waymark taxonomy", () => {
  it("a complete classification makes an officer-visible service", () => {
    const s = feedService({}, [
      "nrm-stage:post-nrm",
      "post-nrm-sub-stage:awaiting-rg",
      "audience:adult",
      "audience:child",
      "need:legal-advice",
      "need:health",
      "gender:women",
    ]);
    const service = convert(s).pack.content.services[0];
    expect(service).toMatchObject({
      stages: ["post-nrm"],
      postNrmSubStages: ["awaiting-rg"],
      audience: "both",
      needs: ["legal-advice", "health"],
      genderRestriction: "women",
    });
    expect(service?.unclassified).toBeUndefined();
  });

  it("reads a term given by its code, by HSDS's `code`, or only by its id; other taxonomies are not read", () => {
    const s = feedService({
      attributes: [
        {
          id: testUuid(),
          taxonomy_term: { id: testUuid(), name: "x", description: "d", taxonomy: "Waymark", code: "nrm-stage:pre-nrm" },
        },
        { id: testUuid(), taxonomy_term_id: uuidV5("taxonomy-term:waymark:audience:child") },
        waymarkAttribute("need:helpline"),
        {
          id: testUuid(),
          taxonomy_term: { id: testUuid(), name: "Housing", description: "d", taxonomy: "esdServiceTypes", term: "need:health" },
        },
      ],
    });
    expect(convert(s).pack.content.services[0]).toMatchObject({ stages: ["pre-nrm"], audience: "child", needs: ["helpline"] });
  });

  it("a partial classification arrives unclassified, keeping what it has", () => {
    const r = convert(feedService({}, ["nrm-stage:pre-nrm", "need:health"]));
    expect(r.pack.content.services[0]).toMatchObject({ unclassified: true, stages: ["pre-nrm"], needs: ["health"] });
    expect(r.unclassified).toBe(1);
    expect(r.notes.join("\n")).toMatch(/kept for the MSVLO to finish/);
  });

  it("sub-stages without the post-NRM stage are an error", () => {
    const r = orukToPack(
      feedService({}, ["nrm-stage:pre-nrm", "post-nrm-sub-stage:positive-cg", "audience:adult", "need:health"]),
      OPTIONS,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.message).toMatch(/post-nrm-sub-stage.*but not the stage "nrm-stage:post-nrm"/);
  });

  it("a sample term makes a sample entry citing the attribute's value", () => {
    const s = feedService({
      attributes: [...CLASSIFIED.map((c) => waymarkAttribute(c)), waymarkAttribute("sample", "Public report, 2022")],
    });
    expect(convert(s).pack.content.services[0]).toMatchObject({ sample: true, sampleSource: "Public report, 2022" });
  });
});

describe("locations and confidential addresses", () => {
  const location = (extra: Record<string, unknown>) => ({
    id: testUuid(),
    location_type: "physical",
    name: "Place",
    addresses: [
      {
        id: testUuid(),
        address_1: "1 Secret Lane",
        city: "Chelmsford",
        state_province: "",
        postal_code: "cm1 1aa",
        country: "GB",
        address_type: "physical",
      },
    ],
    phones: [{ id: testUuid(), number: "01632 960111" }],
    ...extra,
  });

  it("an ordinary location keeps its address; its phones join the service's", () => {
    const s = feedService({ service_at_locations: [{ id: testUuid(), location: location({}) }] }, CLASSIFIED);
    const r = convert(s);
    expect(r.pack.content.locations[0]).toMatchObject({
      confidentialAddress: false,
      address: { line1: "1 Secret Lane", town: "Chelmsford", postcode: "CM1 1AA" },
    });
    expect(r.pack.content.services[0]?.phones).toEqual([{ number: "01632 960111", verification: "verify" }]);
  });

  it.each([
    ["the Waymark term on the location", { attributes: [waymarkAttribute("confidential-address")] }, {}, []],
    ["the Waymark term on the service_at_location", {}, { attributes: [waymarkAttribute("confidential-address")] }, []],
    ["the Waymark term on the service", {}, {}, ["confidential-address"]],
    ['location_type "redacted" (proposed in HSDS)', { location_type: "redacted" }, {}, []],
  ])("%s keeps the address and the place's phones out", (_name, locExtra, linkExtra, serviceCodes) => {
    const s = feedService({ service_at_locations: [{ id: testUuid(), location: location(locExtra), ...linkExtra }] }, [
      ...CLASSIFIED,
      ...serviceCodes,
    ]);
    const r = convert(s);
    const [loc] = r.pack.content.locations;
    expect(loc).toMatchObject({ confidentialAddress: true, name: "Place" });
    expect(loc?.address).toBeUndefined();
    expect(JSON.stringify(r.pack)).not.toContain("Secret Lane");
    expect(r.pack.content.services[0]?.phones).toEqual([]);
    expect(r.notes.join("\n")).toMatch(/confidential location's address was not imported/);
  });

  it("a place one service marks confidential is confidential for every service using it", () => {
    const shared = location({});
    const a = feedService({ service_at_locations: [{ id: testUuid(), location: shared }] }, CLASSIFIED);
    const b = feedService(
      {
        service_at_locations: [
          { id: testUuid(), location: { ...shared, attributes: [waymarkAttribute("confidential-address")] } },
        ],
      },
      CLASSIFIED,
    );
    const r = convert([a, b]);
    expect(r.pack.content.locations).toHaveLength(1);
    expect(r.pack.content.locations[0]).toMatchObject({ confidentialAddress: true });
    expect(r.pack.content.locations[0]?.address).toBeUndefined();
  });
});

describe("phones, languages, ages, dates, status, text", () => {
  it("phone descriptions from description, type and extension; duplicates once", () => {
    const s = feedService(
      {
        phones: [
          { id: testUuid(), number: "01632 960222", description: "Referrals", type: "voice" },
          { id: testUuid(), number: "01632 960333", type: "fax" },
          { id: testUuid(), number: "01632 960444", description: "Office", extension: 12 },
          { id: testUuid(), number: "01632960222" },
        ],
      },
      CLASSIFIED,
    );
    expect(convert(s).pack.content.services[0]?.phones).toEqual([
      { number: "01632 960222", description: "Referrals", verification: "verify" },
      { number: "01632 960333", description: "Fax", verification: "verify" },
      { number: "01632 960444", description: "Office, extension 12", verification: "verify" },
    ]);
  });

  it("language codes become BCP 47; codes it cannot read are left out with a note", () => {
    const s = feedService(
      {
        languages: [
          { id: testUuid(), code: "pol", name: "Polish" },
          { id: testUuid(), code: "RO" },
          { id: testUuid(), code: "en-gb" },
          { id: testUuid(), code: "sqi" },
          { id: testUuid(), code: "ro" },
          { id: testUuid(), name: "Tigrinya" },
          { id: testUuid(), code: "english" },
        ],
      },
      CLASSIFIED,
    );
    const r = convert(s);
    expect(r.pack.content.services[0]?.languages).toEqual(["pl", "ro", "en-GB", "sq"]);
    expect(r.notes.join("\n")).toMatch(/without a code was left out \("Tigrinya"\)/);
    expect(r.notes.join("\n")).toMatch(/"english" is not one Waymark can read/);
  });

  it("ages, eligibility, how to access, alternate name and status", () => {
    const s = feedService(
      {
        minimum_age: 16,
        maximum_age: 999,
        eligibility_description: "Adults referred by the police.",
        application_process: "Ring the referral line.",
        alternate_name: "THA",
        status: "temporarily closed",
      },
      CLASSIFIED,
    );
    const r = convert(s);
    expect(r.pack.content.services[0]).toMatchObject({
      minimumAge: 16,
      eligibility: "Adults referred by the police.",
      howToAccess: "Ring the referral line.",
      alternateName: "THA",
      status: "inactive",
    });
    expect(r.pack.content.services[0]?.maximumAge).toBeUndefined();
    expect(r.notes.join("\n")).toMatch(/more than 120 \(999\) was read as "no limit"/);
  });

  it("assured date: as given, else last_modified's date, else the import date, saying which", () => {
    const given = feedService({ assured_date: "2026-09-01" }, CLASSIFIED);
    const modified = feedService({ assured_date: null, last_modified: "2026-08-15T10:30:45.123Z" }, CLASSIFIED);
    const neither = feedService({ assured_date: undefined }, CLASSIFIED);
    const r = convert([given, modified, neither]);
    expect(r.pack.content.services.map((s) => s.assuredDate)).toEqual(["2026-09-01", "2026-08-15", TODAY]);
    expect(r.pack.content.services.map((s) => s.provenance.lastReviewed)).toEqual(["2026-09-01", "2026-08-15", TODAY]);
    expect(r.notes.join("\n")).toMatch(/the date of last_modified was used/);
    expect(r.notes.join("\n")).toMatch(/the import date was used/);
    // Officers see the note beside the date: a stand-in date is never passed off as a check.
    const notes = r.pack.content.services.map((s) => s.provenance.verificationNote ?? "");
    expect(notes[0]).toBe("Imported from an Open Referral UK directory.");
    expect(notes[1]).toMatch(/the date shown is when the directory last changed the entry/);
    expect(notes[2]).toMatch(/the date shown is the day it was imported, not a check/);
  });

  it("keeps https links and the https source address; notes grouped over many services", () => {
    const services = [1, 2, 3, 4, 5].map((i) =>
      feedService({ name: `Service ${i}`, url: `https://example.org/${i}`, assured_date: null }, CLASSIFIED),
    );
    const r = orukToPack(services, { ...OPTIONS, sourceUrl: "https://directory.example.org/services" });
    if (!r.ok) throw new Error("expected a pack");
    expect(r.pack.content.services.map((s) => s.url)).toEqual([1, 2, 3, 4, 5].map((i) => `https://example.org/${i}`));
    expect(r.pack.content.services[0]?.provenance.sources[0]?.url).toBe("https://directory.example.org/services");
    expect(r.notes).toEqual([
      expect.stringMatching(
        /^5 services \(service "Service 1" .*; service "Service 3" .* and 2 more\): no assured_date or last_modified/,
      ),
    ]);
  });

  it("a missing description says so; long text is shortened with a note", () => {
    const r = convert(feedService({ description: null, name: "N".repeat(250) }, CLASSIFIED));
    const s = r.pack.content.services[0];
    expect(s?.description).toBe("No description was given in the Open Referral UK record.");
    expect(s?.name).toHaveLength(200);
    expect(s?.name.endsWith("…")).toBe(true);
  });

  it("ids that are not safe for Waymark become stable name-based ones", () => {
    const s = feedService({ id: "services/42" }, CLASSIFIED);
    const a = convert(s).pack.content.services[0]?.id;
    const b = convert(s).pack.content.services[0]?.id;
    expect(a).toBe(b);
    expect(a).toMatch(/^oruk-[0-9a-f-]{36}$/);
    expect(convert(feedService({ id: 42 }, CLASSIFIED)).pack.content.services[0]?.id).toBe("42");
  });
});

describe("schedules to hours: weekly is read, anything else kept as words, nothing guessed", () => {
  it("weekly rules become periods; descriptions and notes become the note", () => {
    const r = hoursFromSchedules(
      [
        weekly("MO,TU,WE,TH,FR", "09:00:00", "17:00:00", { description: "Closed on bank holidays." }),
        weekly("SA", "10:00", "12:30", { notes: "Drop-in only." }),
      ],
      TODAY,
    );
    expect(r.hours).toEqual({
      open247: false,
      weekly: [
        { days: ["mon", "tue", "wed", "thu", "fri"], opens: "09:00", closes: "17:00" },
        { days: ["sat"], opens: "10:00", closes: "12:30" },
      ],
      note: "Closed on bank holidays. Drop-in only.",
    });
  });

  it("every day from midnight to midnight is 24/7", () => {
    expect(hoursFromSchedules([weekly("MO,TU,WE,TH,FR,SA,SU", "00:00", "24:00")], TODAY).hours).toEqual({ open247: true });
  });

  it.each([
    ["a monthly session", { freq: "MONTHLY", byday: "2MO" }, /Monthly on 2nd Monday 10:00 to 12:00\./, /repeats monthly/],
    ["a fortnightly rule", { interval: 2 }, /Every 2 weeks on Monday/, /every 2 weeks/],
    ["times in UTC", { opens_at: "10:00Z", closes_at: "12:00Z" }, /10:00Z to 12:00Z/, /time zone/],
    ["a rule that starts later", { valid_from: "2027-01-01" }, /from 2027-01-01/, /starts on 2027-01-01/],
  ])("%s is kept as words and the periods are left empty", (_name, extra, note, why) => {
    const r = hoursFromSchedules([weekly("MO", "10:00", "12:00", extra), weekly("TU", "09:00", "17:00")], TODAY);
    expect(r.hours).toMatchObject({ open247: false, weekly: [] });
    expect(r.hours?.note).toMatch(note);
    expect(r.notes.join("\n")).toMatch(why);
  });

  it("a rule that ended is left out; none at all means hours not known", () => {
    const r = hoursFromSchedules([weekly("MO", "10:00", "12:00", { valid_to: "2020-01-01", description: "Old hours" })], TODAY);
    expect(r.hours).toBeUndefined();
    expect(r.notes).toEqual(["a schedule that ended on 2020-01-01 was left out"]);
    expect(hoursFromSchedules([], TODAY)).toEqual({ notes: [] });
  });
});

describe("name-based ids", () => {
  it("SHA-1 matches Node's, and v5 UUIDs match RFC 9562's example", () => {
    for (const text of ["", "abc", "a".repeat(55), "a".repeat(56), "a".repeat(64), "é".repeat(300)]) {
      expect(Buffer.from(sha1(new TextEncoder().encode(text))).toString("hex")).toBe(
        createHash("sha1").update(text).digest("hex"),
      );
    }
    expect(uuidV5("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    expect(isUuid(uuidV5("x"))).toBe(true);
  });
});

describe("pack header", () => {
  it("a long publisher name still gives a valid pack title and source", () => {
    const r = orukToPack(feedService({}, CLASSIFIED), { ...OPTIONS, publisher: { id: "long-name", name: "P".repeat(200) } });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pack.title).toHaveLength(200);
  });
});
