// Builders and tools shared by the directory tests (not a test file itself).
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from "dexie";
import { createDirectoryDb, type DirectoryDb } from "../../../src/directory/db";
import type { PathwayPackInput } from "../../../src/directory/schema/pack";
import type { TrustedKey } from "../../../src/directory/trust/keys";
import { generateSigningKeyPair, signPackBytes, type SigningKey } from "../../../src/directory/trust/signedPack";

type Content = PathwayPackInput["content"];
export type ServiceInput = Content["services"][number];

export const NOW = new Date("2026-11-23T12:00:00Z");
export const TODAY = "2026-11-23";

export const PROVENANCE = {
  sources: [{ title: "Test source", publisher: "Test publisher" }],
  lastReviewed: TODAY,
  verification: "verify" as const,
};

export function freshDb(): DirectoryDb {
  return createDirectoryDb(`test-${crypto.randomUUID()}`);
}

export function svc(id: string, overrides: Partial<ServiceInput> = {}): ServiceInput {
  return {
    id,
    organisationId: "org-1",
    name: `Service ${id}`,
    description: "A test service.",
    status: "active",
    links: [],
    phones: [],
    languages: [],
    locationIds: [],
    stages: ["pre-nrm"],
    audience: "adult",
    needs: ["advocacy-navigator"],
    area: { forceArea: "essex" },
    assuredDate: TODAY,
    sample: false,
    provenance: PROVENANCE,
    ...overrides,
  };
}

export function makePack(
  overrides: Partial<Omit<PathwayPackInput, "content">> & { services?: ServiceInput[]; content?: Partial<Content> } = {},
): PathwayPackInput {
  const { services, content, ...head } = overrides;
  const area = head.area ?? "essex";
  return {
    format: "waymark-pathway-pack",
    schemaVersion: 1,
    packVersion: 1,
    area,
    publisher: { id: "essex-police", name: "Essex Police" },
    issuedAt: "2026-11-01",
    expiresAt: "2027-05-01",
    ...head,
    content: {
      organisations: [{ id: "org-1", name: "Organisation one", provenance: PROVENANCE }],
      locations: [],
      services: services ?? [svc("s1", { area: { forceArea: area } }), svc("s2", { area: { forceArea: area } })],
      ...content,
    },
  };
}

export function bytesOf(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(value, null, 2));
}

/** Every table, every row, in key order: two equal dumps mean an identical database. */
export async function dump(db: DirectoryDb): Promise<string> {
  const [services, packs, meta] = await Promise.all([
    db.services.orderBy("key").toArray(),
    db.packs.orderBy("packKey").toArray(),
    db.meta.orderBy("key").toArray(),
  ]);
  return JSON.stringify({ services, packs, meta });
}

export interface TestSigner {
  signing: SigningKey;
  trusted: TrustedKey;
  sign: (bytes: Uint8Array) => Promise<Uint8Array<ArrayBuffer>>;
}

export async function makeSigner(
  publisherId = "essex-police",
  areas: TrustedKey["areas"] = ["essex"],
  alg: "ES256" | "Ed25519" = "ES256",
): Promise<TestSigner> {
  const pair = await generateSigningKeyPair(alg);
  const trusted: TrustedKey = {
    keyId: pair.signing.keyId,
    alg,
    publisherId,
    publisherName: `Test ${publisherId}`,
    areas,
    publicKey: pair.publicJwk,
    addedOn: TODAY,
  };
  return { signing: pair.signing, trusted, sign: (bytes) => signPackBytes(bytes, [pair.signing]) };
}

/** Dexie middleware that fails like a full disk once `limit` rows have been put into `table`. */
export function quotaAfter(limit: number, table = "services"): Middleware<DBCore> {
  let puts = 0;
  return {
    stack: "dbcore",
    name: "test-quota",
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const t = down.table(name);
        return {
          ...t,
          mutate: (req: DBCoreMutateRequest) => {
            if (name === table && req.type === "put") {
              puts += req.values.length;
              if (puts > limit) return Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError"));
            }
            return t.mutate(req);
          },
        };
      },
    }),
  };
}
