// Messages between the page and the import worker.
import type { TrustedKey } from "../trust/keys";
import type { ImportResult } from "../import/importPack";
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

export type ImportWorkerMessage = { type: "progress"; progress: ImportProgress } | { type: "result"; result: ImportResult };
