// Persistent storage: asked for after the first successful import so the
// browser does not evict the directory under storage pressure. The state is
// shown to the user. `storage` is a parameter so tests can pass a fake.
export interface StorageState {
  /** The browser offers the StorageManager API. */
  supported: boolean;
  /** The origin's data is protected from automatic eviction. */
  persisted: boolean;
  usageBytes?: number;
  quotaBytes?: number;
}

type StorageLike = Pick<StorageManager, "persisted" | "persist" | "estimate">;

function defaultStorage(): StorageLike | undefined {
  return typeof navigator !== "undefined" && "storage" in navigator ? navigator.storage : undefined;
}

export async function getStorageState(storage: StorageLike | undefined = defaultStorage()): Promise<StorageState> {
  if (storage === undefined) return { supported: false, persisted: false };
  const state: StorageState = { supported: true, persisted: false };
  try {
    state.persisted = await storage.persisted();
    const estimate = await storage.estimate();
    if (estimate.usage !== undefined) state.usageBytes = estimate.usage;
    if (estimate.quota !== undefined) state.quotaBytes = estimate.quota;
  } catch {
    // Some browsers throw in private mode; report what we have.
  }
  return state;
}

/** Asks once; returns the resulting state. Never throws. */
export async function requestPersistentStorage(storage: StorageLike | undefined = defaultStorage()): Promise<StorageState> {
  if (storage === undefined) return { supported: false, persisted: false };
  try {
    if (!(await storage.persisted())) await storage.persist();
  } catch {
    // The state below says whether it worked.
  }
  return getStorageState(storage);
}
