// The public documents the sample packs were drawn from (the project's
// shared/seeds files and the domain brief), and helpers that cite them.
import type { Provenance, Source } from "../../shared/provenance";

/** The day each sample entry was checked against its source document. */
export const SAMPLE_CHECKED_ON = "2026-11-23";
export const SAMPLE_EXPIRES_ON = "2027-11-23";

export const SAMPLE_PUBLISHER = { id: "waymark-samples", name: "Waymark sample data (not an official pack)" } as const;

export interface SeedDocument {
  file: string;
  title: string;
  publisher: string;
  version: string;
}

export const SEEDS = {
  devonAndCornwall: {
    file: "seeds/000_e3334e2b7c86dfe7.txt",
    title: "Devon and Cornwall response to the Hestia super-complaint",
    publisher: "Devon and Cornwall Police and OPCC Devon and Cornwall",
    version: "2021 (undated; describes services live from March 2021)",
  },
  npcc: {
    file: "seeds/001_8fc4c132c3edfbe5.txt",
    title: "Hestia 'The hidden victims' super-complaint: NPCC response to recommendations",
    publisher: "NPCC Modern Slavery and Organised Immigration Crime Unit",
    version: "2022",
  },
  apcc: {
    file: "seeds/002_2a6a7bbb286890c2.txt",
    title: "APCC progress update on modern slavery",
    publisher: "Association of Police and Crime Commissioners",
    version: "late 2021",
  },
  letters: {
    file: "seeds/003_b65788d45e59c303.txt",
    title:
      "Letters on 'The hidden victims' between the Independent Anti-Slavery Commissioner, the Victims' Commissioner and the Minister for Safeguarding",
    publisher: "Independent Anti-Slavery Commissioner and Victims' Commissioner; Home Office",
    version: "27 October 2021 and 9 December 2021",
  },
  cambridgeshire: {
    file: "seeds/004_2f5cf5384fc49721.txt",
    title: "Cambridgeshire Constabulary paper to the Business Coordination Board on 'The hidden victims'",
    publisher: "Cambridgeshire Constabulary",
    version: "13 July 2021",
  },
} as const satisfies Record<string, SeedDocument>;

export function seedSource(seed: SeedDocument, lines: string): Source {
  return { title: seed.title, publisher: seed.publisher, section: `${seed.file}, lines ${lines}`, version: seed.version };
}

/** The sampleSource text: seed file, the document it is, its date and the lines used. */
export function seedCitation(seed: SeedDocument, lines: string): string {
  return `${seed.file}: ${seed.title} (${seed.version}), lines ${lines}`;
}

export function briefCitation(section: string): string {
  return `shared/domain/brief.md, ${section} (research brief compiled from the public sources cited)`;
}

/** A statement from a 2021-22 document: always "verify" until someone checks the current position. */
export function seedProvenance(sources: Source[], note: string): Provenance {
  return { sources, lastReviewed: SAMPLE_CHECKED_ON, verification: "verify", verificationNote: note };
}

export const NO_NUMBER_NOTE = "No confirmed number is held for this service: add the local number once it has been checked.";
