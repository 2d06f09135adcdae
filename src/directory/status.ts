// The directory's overall state for the home and settings screens: what is
// installed, what is out of date, and what to do when data is missing (for
// example after the browser's site data was cleared).
import { isExpired } from "./dates";
import type { DirectoryDb } from "./db";
import { LOCAL_STATES, type PackRecord } from "./records";
import { classifyStorageError } from "./storage/storageErrors";
import type { PackError } from "./pack/packErrors";

export type DirectoryHealth =
  /** Nothing stored: first start, or site data was cleared. Re-import the pack (the samples reload on start). */
  | "empty"
  /** Only the sample data shipped with the app: no official pack for any area. */
  | "samples-only"
  | "ok"
  /** Storage cannot be opened at all. */
  | "unavailable";

export interface DirectoryStatus {
  health: DirectoryHealth;
  packs: (PackRecord & { expired: boolean })[];
  expiredPacks: string[];
  unverifiedPacks: string[];
  services: number;
  localEdits: number;
  error?: PackError;
}

export async function getDirectoryStatus(db: DirectoryDb, now: Date): Promise<DirectoryStatus> {
  try {
    return await db.transaction("r", [db.services, db.packs], async () => {
      const [packs, services, localEdits] = await Promise.all([
        db.packs.toArray(),
        db.services.count(),
        db.services
          .where("localState")
          .anyOf([...LOCAL_STATES])
          .count(),
      ]);
      const withExpiry = packs.map((p) => ({ ...p, expired: isExpired(p.expiresAt, now) }));
      const health: DirectoryHealth =
        packs.length === 0 && services === 0 ? "empty" : packs.every((p) => p.trust === "builtin") ? "samples-only" : "ok";
      return {
        health,
        packs: withExpiry,
        expiredPacks: withExpiry.filter((p) => p.expired).map((p) => p.packKey),
        unverifiedPacks: packs.filter((p) => p.trust === "unverified").map((p) => p.packKey),
        services,
        localEdits,
      };
    });
  } catch (e) {
    return {
      health: "unavailable",
      packs: [],
      expiredPacks: [],
      unverifiedPacks: [],
      services: 0,
      localEdits: 0,
      error: classifyStorageError(e),
    };
  }
}
