// Messages between the page and the import worker.
import type { TrustedKey } from "../trust/keys";
import type { OrukImportResult } from "../import/importOruk";
import type { ImportProgress } from "../import/progress";

export interface ImportRequest {
  type: "import";
  bytes: ArrayBuffer;
  dbName: string;
  /** ISO date-time of the caller's clock. */
  now: string;
  allowUnverified: boolean;
  trustedKeys?: TrustedKey[];
}

/** An Open Referral UK file, converted to a pack for the area the MSVLO chose, then imported like one. */
export interface OrukImportRequest {
  type: "import-oruk";
  bytes: ArrayBuffer;
  dbName: string;
  /** ISO date-time of the caller's clock. */
  now: string;
  area: string;
  /** Without an id, the directory's name chooses the pack (oruk/orukPublisher.ts). */
  publisher: { id?: string; name: string };
  sourceUrl?: string;
  dropHttpLinks: boolean;
}

export type ImportWorkerRequest = ImportRequest | OrukImportRequest;

/** A pack import's result; an Open Referral import's also carries `oruk` (unclassified count, notes). */
export type ImportWorkerMessage = { type: "progress"; progress: ImportProgress } | { type: "result"; result: OrukImportResult };
