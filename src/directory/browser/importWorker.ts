// Module worker: parse, verify, validate and write a pack (or an Open Referral
// UK file, converted to one) off the main thread,
// posting progress (at most every 100 ms, and at every phase change).
import { packError } from "../pack/packErrors";
import type { importPackBytes as ImportPackBytes } from "../import/importPack";
import type { OrukImportOptions, OrukImportResult } from "../import/importOruk";
import type { ImportProgress } from "../import/progress";
import type { DirectoryDb } from "../db";
import type { ImportWorkerMessage, ImportWorkerRequest, OrukImportRequest } from "./workerProtocol";

const PROGRESS_EVERY_MS = 100;

function post(message: ImportWorkerMessage): void {
  self.postMessage(message);
}

/** An Open Referral file: converted to a pack for the chosen area, then imported like one (the converter is its own chunk). */
async function importOruk(
  db: DirectoryDb,
  request: OrukImportRequest,
  onProgress: (progress: ImportProgress) => void,
): Promise<OrukImportResult> {
  const { importOrukBytes } = await import("../import/importOruk");
  const options: OrukImportOptions = {
    now: new Date(request.now),
    area: request.area,
    publisher: request.publisher,
    dropHttpLinks: request.dropHttpLinks,
    onProgress,
  };
  if (request.sourceUrl !== undefined) options.sourceUrl = request.sourceUrl;
  return importOrukBytes(db, new Uint8Array(request.bytes), options);
}

async function handle(request: ImportWorkerRequest): Promise<void> {
  // Say at once that the file has arrived: loading the two chunks below takes
  // a few hundred milliseconds on a slow phone, and the bar should not sit still.
  post({ type: "progress", progress: { phase: "reading", done: 0, total: request.bytes.byteLength } });
  // Loaded on demand as two chunks (the database, and validation with zod) so
  // neither exceeds the lazy-chunk budget; both are precached for offline use.
  const [{ createDirectoryDb }, { importPackBytes }] = await Promise.all([import("../db"), import("../import/importPack")]);
  const db = createDirectoryDb(request.dbName);
  let lastAt = 0;
  let lastPhase = "";
  const onProgress = (progress: ImportProgress) => {
    const t = performance.now();
    if (progress.phase !== lastPhase || t - lastAt >= PROGRESS_EVERY_MS || progress.done === progress.total) {
      lastAt = t;
      lastPhase = progress.phase;
      post({ type: "progress", progress });
    }
  };
  try {
    if (request.type === "import-oruk") {
      post({ type: "result", result: await importOruk(db, request, onProgress) });
      return;
    }
    const options: Parameters<typeof ImportPackBytes>[2] = {
      now: new Date(request.now),
      allowUnverified: request.allowUnverified,
      onProgress,
    };
    if (request.trustedKeys !== undefined) options.trustedKeys = request.trustedKeys;
    const result = await importPackBytes(db, new Uint8Array(request.bytes), options);
    post({ type: "result", result });
  } catch (e) {
    post({
      type: "result",
      result: {
        ok: false,
        errors: [packError("write-failed", `the import stopped unexpectedly: ${e instanceof Error ? e.message : String(e)}`)],
      },
    });
  } finally {
    db.close();
  }
}

function isImportRequest(data: unknown): data is ImportWorkerRequest {
  if (typeof data !== "object" || data === null) return false;
  const type = (data as { type?: unknown }).type;
  return (type === "import" || type === "import-oruk") && (data as { bytes?: unknown }).bytes instanceof ArrayBuffer;
}

self.addEventListener("message", (event: MessageEvent<unknown>) => {
  if (isImportRequest(event.data)) void handle(event.data);
});
