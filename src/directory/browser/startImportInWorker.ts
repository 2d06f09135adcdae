// Page side of the import worker. The page stays responsive: all parsing,
// checking and writing happen in the worker. Falls back to the main thread
// only where module workers are unavailable.
import { DIRECTORY_DB_NAME, createDirectoryDb } from "../db";
import { packError } from "../pack/packErrors";
import type { TrustedKey } from "../trust/keys";
import { importPackBytes, type ImportResult } from "../import/importPack";
import type { OrukImportOptions, OrukImportResult } from "../import/importOruk";
import type { ImportProgressListener } from "../import/progress";
import type { ImportRequest, ImportWorkerMessage, ImportWorkerRequest, OrukImportRequest } from "./workerProtocol";
import { trustedScriptUrl } from "../../platform/security/trustedScriptUrl";
import importWorkerUrl from "./importWorker.ts?worker&url";

export interface WorkerImportOptions {
  now: Date;
  allowUnverified?: boolean;
  dbName?: string;
  /** Tests and the benchmark only; the app uses the pinned TRUSTED_KEYS. */
  trustedKeys?: TrustedKey[];
  /** Aborting stops the worker; the write transaction then never commits. */
  signal?: AbortSignal;
  /**
   * The caller gives the bytes up: their buffer moves to the worker instead of
   * being copied (copying a 30 MB pack blocked the page for over 100 ms), and
   * the caller's array is empty afterwards.
   */
  handOver?: boolean;
}

/** The buffer to transfer to the worker: the caller's own when handed over whole, else a copy. */
function bufferFor(bytes: Uint8Array, handOver: boolean | undefined): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return handOver === true && whole && bytes.buffer instanceof ArrayBuffer ? bytes.buffer : bytes.slice().buffer;
}

export function startImportInWorker(
  bytes: Uint8Array,
  options: WorkerImportOptions,
  onProgress?: ImportProgressListener,
): Promise<ImportResult> {
  const dbName = options.dbName ?? DIRECTORY_DB_NAME;
  if (typeof Worker === "undefined") {
    const fallback: Parameters<typeof importPackBytes>[2] = {
      now: options.now,
      allowUnverified: options.allowUnverified ?? false,
    };
    if (onProgress !== undefined) fallback.onProgress = onProgress;
    if (options.trustedKeys !== undefined) fallback.trustedKeys = options.trustedKeys;
    return importPackBytes(createDirectoryDb(dbName), bytes, fallback);
  }
  const request: ImportRequest = {
    type: "import",
    bytes: bufferFor(bytes, options.handOver),
    dbName,
    now: options.now.toISOString(),
    allowUnverified: options.allowUnverified ?? false,
  };
  if (options.trustedKeys !== undefined) request.trustedKeys = options.trustedKeys;
  return runInWorker(request, options.signal, onProgress);
}

/** Sends one request to a fresh import worker and resolves with its result; the bytes' buffer is transferred. */
function runInWorker(
  request: ImportWorkerRequest,
  signal: AbortSignal | undefined,
  onProgress: ImportProgressListener | undefined,
): Promise<OrukImportResult> {
  return new Promise<OrukImportResult>((resolve) => {
    // Through the app's one Trusted Types policy: the CSP requires it for every script URL.
    const worker = new Worker(trustedScriptUrl(importWorkerUrl), { type: "module", name: "pack-import" });
    const finish = (result: OrukImportResult) => {
      worker.terminate();
      resolve(result);
    };
    signal?.addEventListener("abort", () => {
      finish({ ok: false, errors: [packError("write-failed", "the import was cancelled; nothing was changed")] });
    });
    worker.addEventListener("message", (event: MessageEvent<ImportWorkerMessage>) => {
      const msg = event.data;
      if (msg.type === "progress") onProgress?.(msg.progress);
      else finish(msg.result);
    });
    worker.addEventListener("error", (event) => {
      finish({ ok: false, errors: [packError("write-failed", `the import worker failed: ${event.message}`)] });
    });
    worker.postMessage(request, [request.bytes]);
  });
}

export interface WorkerOrukImportOptions extends Omit<WorkerImportOptions, "allowUnverified" | "trustedKeys"> {
  /** The force area the MSVLO chose for the feed's services. */
  area: string;
  /**
   * Who the pack is from; a later import with the same area and id replaces
   * it. Without an id, the directory's name decides (the same name updates
   * the same pack; see oruk/orukPublisher.ts).
   */
  publisher: { id?: string; name: string };
  /** Where the file came from (same-origin address), kept in the sources when https. */
  sourceUrl?: string;
  /** The person chose to import without the feed's http: links. */
  dropHttpLinks?: boolean;
}

/** Imports an Open Referral UK file in the worker, through the same validation and all-or-nothing write as packs. */
export async function startOrukImportInWorker(
  bytes: Uint8Array,
  options: WorkerOrukImportOptions,
  onProgress?: ImportProgressListener,
): Promise<OrukImportResult> {
  const dbName = options.dbName ?? DIRECTORY_DB_NAME;
  if (typeof Worker === "undefined") {
    const { importOrukBytes } = await import("../import/importOruk");
    const fallback: OrukImportOptions = {
      now: options.now,
      area: options.area,
      publisher: options.publisher,
      dropHttpLinks: options.dropHttpLinks ?? false,
    };
    if (options.sourceUrl !== undefined) fallback.sourceUrl = options.sourceUrl;
    if (onProgress !== undefined) fallback.onProgress = onProgress;
    return importOrukBytes(createDirectoryDb(dbName), bytes, fallback);
  }
  const request: OrukImportRequest = {
    type: "import-oruk",
    bytes: bufferFor(bytes, options.handOver),
    dbName,
    now: options.now.toISOString(),
    area: options.area,
    publisher: options.publisher,
    dropHttpLinks: options.dropHttpLinks ?? false,
  };
  if (options.sourceUrl !== undefined) request.sourceUrl = options.sourceUrl;
  return runInWorker(request, options.signal, onProgress);
}
