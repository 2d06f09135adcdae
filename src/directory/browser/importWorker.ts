// Module worker: parse, verify, validate and write a pack off the main thread,
// posting progress (at most every 100 ms, and at every phase change).
import { packError } from "../pack/packErrors";
import type { importPackBytes as ImportPackBytes } from "../import/importPack";
import type { ImportProgress } from "../import/progress";
import type { ImportRequest, ImportWorkerMessage } from "./workerProtocol";

const PROGRESS_EVERY_MS = 100;

function post(message: ImportWorkerMessage): void {
  self.postMessage(message);
}

async function handle(request: ImportRequest): Promise<void> {
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

function isImportRequest(data: unknown): data is ImportRequest {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { type?: unknown }).type === "import" &&
    (data as { bytes?: unknown }).bytes instanceof ArrayBuffer
  );
}

self.addEventListener("message", (event: MessageEvent<unknown>) => {
  if (isImportRequest(event.data)) void handle(event.data);
});
