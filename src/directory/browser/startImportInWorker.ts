// Page side of the import worker. The page stays responsive: all parsing,
// checking and writing happen in the worker. Falls back to the main thread
// only where module workers are unavailable.
import { DIRECTORY_DB_NAME, createDirectoryDb } from "../db";
import { packError } from "../pack/packErrors";
import type { TrustedKey } from "../trust/keys";
import { importPackBytes, type ImportResult } from "../import/importPack";
import type { ImportProgressListener } from "../import/progress";
import type { ImportRequest, ImportWorkerMessage } from "./workerProtocol";
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
  return new Promise<ImportResult>((resolve) => {
    // Through the app's one Trusted Types policy: the CSP requires it for every script URL.
    const worker = new Worker(trustedScriptUrl(importWorkerUrl), { type: "module", name: "pack-import" });
    const finish = (result: ImportResult) => {
      worker.terminate();
      resolve(result);
    };
    options.signal?.addEventListener("abort", () => {
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
    const copy = bytes.slice().buffer;
    const request: ImportRequest = {
      type: "import",
      bytes: copy,
      dbName,
      now: options.now.toISOString(),
      allowUnverified: options.allowUnverified ?? false,
    };
    if (options.trustedKeys !== undefined) request.trustedKeys = options.trustedKeys;
    worker.postMessage(request, [copy]);
  });
}
