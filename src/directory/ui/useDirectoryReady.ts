import { useEffect, useState } from "react";
import { getDirectoryDb } from "../db";
import { getDirectoryStatus, type DirectoryStatus } from "../status";

export type DirectoryReady =
  { state: "loading" } | { state: "ready"; status: DirectoryStatus } | { state: "error"; status: DirectoryStatus };

let seeding: Promise<unknown> | null = null;

/**
 * Opens the directory, loading the built-in sample packs on first start (and
 * again after the site's storage was cleared), and reports its health so the
 * screen can say plainly what is missing and how to restore it.
 */
export function useDirectoryReady(refreshKey = 0): DirectoryReady {
  const [ready, setReady] = useState<DirectoryReady>({ state: "loading" });
  useEffect(() => {
    let live = true;
    const db = getDirectoryDb();
    // The sample data is its own chunk: only needed when the seed version changes.
    seeding ??= import("../builtin/ensureBuiltinDirectory")
      .then((m) => m.ensureBuiltinDirectory(db, { now: new Date() }))
      .catch(() => undefined);
    void seeding
      .then(() => getDirectoryStatus(db, new Date()))
      .then((status) => {
        if (live) setReady(status.health === "unavailable" ? { state: "error", status } : { state: "ready", status });
      });
    return () => {
      live = false;
    };
  }, [refreshKey]);
  return ready;
}
