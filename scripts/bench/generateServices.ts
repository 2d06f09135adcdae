// A large synthetic pathway pack for the benchmark: realistic spread over all
// force areas, stages, audiences and needs. Deterministic for a given seed.
import { FORCE_AREA_IDS } from "../../src/shared/forceAreas";
import type { PathwayPackInput } from "../../src/directory/schema/pack";
import { NEEDS, NRM_STAGES, POST_NRM_SUB_STAGES } from "../../src/directory/schema/vocabulary";

const WORDS = [
  "victim",
  "support",
  "advocacy",
  "navigator",
  "housing",
  "refuge",
  "legal",
  "advice",
  "health",
  "interpreting",
  "children",
  "family",
  "community",
  "hope",
  "safe",
  "haven",
  "bridge",
  "pathway",
  "harbour",
  "compass",
  "north",
  "south",
  "east",
  "west",
  "city",
  "county",
  "valley",
  "coast",
  "river",
  "hill",
  "trust",
  "project",
  "service",
  "network",
  "centre",
  "partnership",
  "outreach",
  "care",
  "welfare",
  "rights",
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function generateLargePack(count: number, seed = 1): PathwayPackInput {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const some = <T>(xs: readonly T[], max: number): T[] => {
    const n = 1 + Math.floor(r() * max);
    return [...new Set(Array.from({ length: n }, () => pick(xs)))];
  };
  const provenance = {
    sources: [{ title: "Benchmark data" }],
    lastReviewed: "2026-11-01",
    verification: "verify" as const,
    verificationNote: "Generated for the benchmark.",
  };
  const organisations = Array.from({ length: 2000 }, (_, i) => ({
    id: `org-${i}`,
    name: `${pick(WORDS)} ${pick(WORDS)} organisation ${i}`,
    provenance,
  }));
  const services = Array.from({ length: count }, (_, i) => {
    const stages = some(NRM_STAGES, 3);
    const service: PathwayPackInput["content"]["services"][number] = {
      id: `svc-${i}`,
      organisationId: `org-${i % 2000}`,
      name: `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${i}`,
      description:
        "A generated service used to measure the directory with a realistic volume of entries. It offers support to people at first contact.",
      status: "active",
      links: [],
      phones: [],
      languages: ["en"],
      locationIds: [],
      stages,
      audience: pick(["adult", "adult", "adult", "child", "both", "both"] as const),
      needs: some(NEEDS, 3),
      // Pack and service areas must agree; the benchmark's pack is national-scoped per service below.
      area: { forceArea: "national" },
      assuredDate: r() < 0.2 ? "2026-01-01" : "2026-11-01",
      sample: false,
      provenance,
    };
    if (r() < 0.1) service.hours = { open247: true };
    if (stages.includes("post-nrm") && r() < 0.5) service.postNrmSubStages = some(POST_NRM_SUB_STAGES, 3);
    return service;
  });
  return {
    format: "waymark-pathway-pack",
    schemaVersion: 1,
    packVersion: 1,
    area: "national",
    publisher: { id: "benchmark", name: "Benchmark" },
    issuedAt: "2026-11-01",
    expiresAt: "2027-11-01",
    content: { organisations, locations: [], services },
  };
}

/** Splits the services across every force area (one pack each) plus a national pack. */
export function generateAreaPacks(total: number, seed = 1): PathwayPackInput[] {
  const all = generateLargePack(total, seed);
  const areas = [...FORCE_AREA_IDS, "national"] as const;
  return areas.map((area, a) => {
    const services = all.content.services
      .filter((_, i) => i % areas.length === a)
      .map((s) => ({ ...s, area: { forceArea: area } }));
    return { ...all, area, publisher: { id: `bench-${area}`, name: `Benchmark ${area}` }, content: { ...all.content, services } };
  });
}
