import { describe, expect, it } from "vitest";
import { getStorageState, requestPersistentStorage } from "../../../src/directory/browser/persistence";
import { classifyStorageError, isQuotaError } from "../../../src/directory/storage/storageErrors";

function fakeStorage(grant: boolean) {
  let persisted = false;
  let asked = 0;
  return {
    get asked() {
      return asked;
    },
    persisted: () => Promise.resolve(persisted),
    persist: () => {
      asked++;
      persisted = grant;
      return Promise.resolve(grant);
    },
    estimate: () => Promise.resolve({ usage: 1234, quota: 10_000 }),
  };
}

describe("storage", () => {
  it("asks for persistent storage once and reports the state", async () => {
    const granted = fakeStorage(true);
    expect(await requestPersistentStorage(granted)).toEqual({
      supported: true,
      persisted: true,
      usageBytes: 1234,
      quotaBytes: 10_000,
    });
    await requestPersistentStorage(granted);
    expect(granted.asked).toBe(1);
    const refused = fakeStorage(false);
    expect((await requestPersistentStorage(refused)).persisted).toBe(false);
    expect(await getStorageState(undefined)).toEqual({ supported: false, persisted: false });
  });

  it("explains storage failures plainly", () => {
    const quota = { name: "BulkError", failures: [new DOMException("full", "QuotaExceededError")] };
    expect(isQuotaError(quota)).toBe(true);
    expect(classifyStorageError(quota)).toMatchObject({ code: "quota-exceeded" });
    expect(classifyStorageError({ name: "AbortError", inner: { name: "QuotaExceededError" } }).code).toBe("quota-exceeded");
    expect(classifyStorageError({ name: "MissingAPIError" }).code).toBe("storage-unavailable");
    expect(classifyStorageError(new Error("boom"))).toMatchObject({ code: "write-failed" });
    expect(classifyStorageError(new Error("boom")).message).toMatch(/nothing was changed/);
  });
});
