// packToOruk then orukToPack gives back what officers rely on: stages,
// sub-stages, audience, needs, gender restriction, phones, hours, languages,
// sample marking and confidential addresses.
import { describe, expect, it } from "vitest";
import { BUILTIN_PACKS } from "../../../src/directory/builtin/builtinPacks";
import { orukToPack } from "../../../src/directory/oruk/fromOruk";
import { packToOruk } from "../../../src/directory/oruk/toOruk";
import { pathwayPackSchema, type PathwayPack } from "../../../src/directory/schema/pack";
import type { Service } from "../../../src/directory/schema/service";
import { NOW } from "./orukHelpers";

/** What must survive the trip; an empty weekly list without a note means "not known", like no hours. */
function officerFacts(s: Service) {
  const hours =
    s.hours !== undefined && !s.hours.open247 && s.hours.weekly.length === 0 && s.hours.note === undefined ? undefined : s.hours;
  return {
    name: s.name,
    status: s.status,
    unclassified: s.unclassified,
    stages: s.stages,
    postNrmSubStages: s.postNrmSubStages,
    audience: s.audience,
    needs: s.needs,
    genderRestriction: s.genderRestriction,
    phones: s.phones.map(({ confirmedBy: _ignored, ...p }) => p),
    hours,
    languages: s.languages,
    minimumAge: s.minimumAge,
    maximumAge: s.maximumAge,
    eligibility: s.eligibility,
    howToAccess: s.howToAccess,
    assuredDate: s.assuredDate,
    sample: s.sample,
    sampleSource: s.sampleSource,
    url: s.url,
    email: s.email,
  };
}

function roundTrip(pack: PathwayPack): PathwayPack {
  const back = orukToPack(packToOruk(pack), { area: pack.area, publisher: pack.publisher, now: NOW });
  if (!back.ok) throw new Error(back.errors.map((e) => e.message).join("\n"));
  return back.pack;
}

describe("round trip through Open Referral UK", () => {
  it.each(BUILTIN_PACKS.map((p) => [p.area, p] as const))("the %s sample pack keeps every officer-facing fact", (_area, pack) => {
    const back = roundTrip(pack);
    expect(back.content.services.map(officerFacts)).toEqual(pack.content.services.map(officerFacts));
    const confidential = (p: PathwayPack) => p.content.locations.filter((l) => l.confidentialAddress).map((l) => l.name);
    expect(confidential(back)).toEqual(confidential(pack));
  });

  it("a hand-made entry with several phones, weekly hours, a note, languages and a confidential location", () => {
    const provenance = { sources: [{ title: "Test" }], lastReviewed: "2026-11-01", verification: "verify" as const };
    const pack = pathwayPackSchema.parse({
      format: "waymark-pathway-pack",
      schemaVersion: 2,
      packVersion: 4,
      area: "kent",
      publisher: { id: "kent-police", name: "Kent Police" },
      issuedAt: "2026-11-01",
      expiresAt: "2027-11-01",
      content: {
        organisations: [{ id: "org", name: "Harbour Trust", website: "https://harbour.example.org", provenance }],
        locations: [
          { id: "safe", name: "Safe house", description: "In east Kent.", confidentialAddress: true },
          {
            id: "hub",
            confidentialAddress: false,
            address: { line1: "2 Quay Street", line2: "Unit 4", town: "Dover", postcode: "CT16 1AA" },
          },
        ],
        services: [
          {
            id: "harbour-advocacy",
            organisationId: "org",
            name: "Harbour advocacy",
            description: "Advocacy and accommodation.",
            status: "active",
            links: [],
            phones: [
              {
                number: "01632 960001",
                description: "Referrals",
                verification: "verify",
                confirmedBy: { name: "MSVLO", on: "2026-10-30" },
              },
              { number: "01632 960002", description: "Out of hours", verification: "verify" },
              { number: "101", verification: "confirmed" },
            ],
            languages: ["en", "ro", "sq", "zh-Hans"],
            hours: {
              open247: false,
              weekly: [
                { days: ["mon", "tue", "wed", "thu", "fri"], opens: "09:00", closes: "17:00" },
                { days: ["sat"], opens: "22:00", closes: "02:00" },
              ],
              note: "Closed on bank holidays.",
            },
            locationIds: ["safe", "hub"],
            stages: ["post-nrm", "declined-nrm"],
            postNrmSubStages: ["positive-cg", "exited-support"],
            audience: "adult",
            genderRestriction: "men",
            needs: ["emergency-accommodation", "advocacy-navigator"],
            minimumAge: 18,
            eligibility: "Men referred by the police.",
            howToAccess: "Ring the referral line.",
            area: { forceArea: "kent" },
            assuredDate: "2026-10-30",
            sample: false,
            provenance,
          },
          {
            id: "open-all-hours",
            organisationId: "org",
            name: "Night line",
            description: "Always open.",
            status: "inactive",
            links: [],
            phones: [],
            languages: [],
            hours: { open247: true, note: "Answerphone at weekends." },
            locationIds: [],
            unclassified: true,
            stages: [],
            needs: [],
            area: { forceArea: "kent" },
            assuredDate: "2026-10-30",
            sample: false,
            provenance,
          },
        ],
      },
    });
    const back = roundTrip(pack);
    expect(back.content.services.map(officerFacts)).toEqual(pack.content.services.map(officerFacts));
    // The confirmation does not travel: a feed cannot carry one Waymark would believe.
    expect(back.content.services[0]?.phones[0]).toEqual({
      number: "01632 960001",
      description: "Referrals",
      verification: "verify",
    });
    expect(back.content.locations.map(({ id: _id, ...l }) => l)).toEqual(pack.content.locations.map(({ id: _id, ...l }) => l));
    expect(back.content.organisations[0]).toMatchObject({ name: "Harbour Trust", website: "https://harbour.example.org" });
    // Ids become UUIDs, the same on every export, and stay put on a second trip.
    expect(roundTrip(back).content.services.map((s) => s.id)).toEqual(back.content.services.map((s) => s.id));
  });
});
