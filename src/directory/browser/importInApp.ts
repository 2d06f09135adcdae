// What the UI calls: import from a chosen file or from a URL on the app's own
// origin, in the worker, then ask for persistent storage after success.
import { packError } from "../pack/packErrors";
import { requestPersistentStorage, type StorageState } from "./persistence";
import type { ImportResult } from "../import/importPack";
import type { OrukImportResult } from "../import/importOruk";
import type { ImportProgressListener } from "../import/progress";
import {
  startImportInWorker,
  startOrukImportInWorker,
  type WorkerImportOptions,
  type WorkerOrukImportOptions,
} from "./startImportInWorker";

export type AppImportResult = ImportResult & { storage?: StorageState };
export type AppOrukImportResult = OrukImportResult & { storage?: StorageState };

/** Fetches pack bytes from the app's own origin only (no request ever goes elsewhere). */
export async function fetchPackBytes(
  url: string,
  base: string = globalThis.location.href,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; errors: ReturnType<typeof packError>[] }> {
  let target: URL;
  try {
    target = new URL(url, base);
  } catch {
    return { ok: false, errors: [packError("fetch-failed", `not a valid address: ${url}`)] };
  }
  if (target.origin !== new URL(base).origin) {
    return {
      ok: false,
      errors: [
        packError("not-same-origin", "packs can only be loaded from this app's own site; save the file and import it instead"),
      ],
    };
  }
  try {
    const response = await fetch(target, { credentials: "same-origin" });
    if (!response.ok)
      return { ok: false, errors: [packError("fetch-failed", `the pack could not be downloaded (HTTP ${response.status})`)] };
    return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch {
    return {
      ok: false,
      errors: [packError("fetch-failed", "the pack could not be downloaded: check the connection and try again")],
    };
  }
}

async function afterImport<R extends ImportResult>(result: R): Promise<R & { storage?: StorageState }> {
  if (!result.ok || result.status === "already-installed") return result;
  return { ...result, storage: await requestPersistentStorage() };
}

export async function importPackFromFile(
  file: Blob,
  options: WorkerImportOptions,
  onProgress?: ImportProgressListener,
): Promise<AppImportResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The bytes are ours: hand them to the worker rather than copy them on the page.
  return afterImport(await startImportInWorker(bytes, { ...options, handOver: true }, onProgress));
}

export async function importPackFromUrl(
  url: string,
  options: WorkerImportOptions,
  onProgress?: ImportProgressListener,
): Promise<AppImportResult> {
  onProgress?.({ phase: "reading", done: 0, total: 0 });
  const fetched = await fetchPackBytes(url);
  if (!fetched.ok) return fetched;
  return afterImport(await startImportInWorker(fetched.bytes, { ...options, handOver: true }, onProgress));
}

/** An Open Referral UK file the MSVLO chose, imported for the area they chose (in the worker). */
export async function importOrukFromFile(
  file: Blob,
  options: WorkerOrukImportOptions,
  onProgress?: ImportProgressListener,
): Promise<AppOrukImportResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return afterImport(await startOrukImportInWorker(bytes, { ...options, handOver: true }, onProgress));
}

/** An Open Referral UK file from the app's own site; its address is kept in the sources when https. */
export async function importOrukFromUrl(
  url: string,
  options: WorkerOrukImportOptions,
  onProgress?: ImportProgressListener,
): Promise<AppOrukImportResult> {
  onProgress?.({ phase: "reading", done: 0, total: 0 });
  const fetched = await fetchPackBytes(url);
  if (!fetched.ok) return fetched;
  const withSource: WorkerOrukImportOptions = { ...options, handOver: true };
  withSource.sourceUrl ??= new URL(url, globalThis.location.href).href;
  return afterImport(await startOrukImportInWorker(fetched.bytes, withSource, onProgress));
}
