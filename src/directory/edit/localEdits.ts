// MSVLO changes made on the device, all offline: add, edit, mark checked
// today, retire, revert. Every change is marked local (localState) until a
// published pack carries it; see docs/directory.md for how imports treat them.
import { buildRecord, serviceKey } from "../buildRecord";
import { calendarDate } from "../dates";
import type { DirectoryDb } from "../db";
import { packError, type PackError } from "../pack/packErrors";
import { toEntry, type DirectoryEntry } from "../query/entryView";
import { loadEntryContext } from "../query/entryContext";
import { isLocalPackKey, localPackKey, type EntrySnapshot, type LocalState, type ServiceRecord } from "../records";
import { classifyStorageError } from "../storage/storageErrors";
import { validateDraft, type EntryDraft } from "./validateDraft";
import { dropOrphanedConfirmations } from "./confirmNumber";

export type EditResult = { ok: true; entry: DirectoryEntry } | { ok: false; errors: PackError[] };
export interface EditOptions {
  now: Date;
}

class EditRefusal extends Error {
  constructor(readonly error: PackError) {
    super(error.message);
  }
}

function snapshotOf(row: ServiceRecord): EntrySnapshot {
  return { service: row.service, organisation: row.organisation, locations: row.locations };
}

/**
 * The state after a change: "added" stays "added"; a check keeps what was
 * there; a classification keeps an edit or a retirement (it is part of them);
 * any other change becomes "edited". "classified" is kept apart from "edited"
 * so that a newer version of the feed can still update the entry (writePack).
 */
function nextState(current: LocalState | undefined, change: "edited" | "checked" | "retired" | "classified"): LocalState {
  if (current === "added") return "added";
  if (change === "checked") return current ?? "checked";
  if (change === "classified") return current === "edited" || current === "retired" ? current : "classified";
  return change;
}

async function run(db: DirectoryDb, now: Date, body: () => Promise<string>): Promise<EditResult> {
  try {
    const key = await db.transaction("rw", [db.services, db.packs, db.confirmations], body);
    const [context, row] = await Promise.all([loadEntryContext(db), db.services.get(key)]);
    if (row === undefined) throw new EditRefusal(packError("not-found", "the entry was removed"));
    return { ok: true, entry: toEntry(row, context, now) };
  } catch (e) {
    if (e instanceof EditRefusal) return { ok: false, errors: [e.error] };
    return { ok: false, errors: [classifyStorageError(e)] };
  }
}

async function getRow(db: DirectoryDb, key: string): Promise<ServiceRecord> {
  const row = await db.services.get(key);
  if (row === undefined) throw new EditRefusal(packError("not-found", `no directory entry "${key}"`, { record: key }));
  return row;
}

/** A new entry typed on this device. */
export async function addLocalService(db: DirectoryDb, draft: EntryDraft, options: EditOptions): Promise<EditResult> {
  const checked = validateDraft(draft);
  if (!checked.ok) return checked;
  const { service, organisation, locations } = checked.snapshot;
  return run(db, options.now, async () => {
    const packKey = localPackKey(service.area.forceArea);
    const key = serviceKey(packKey, service.id);
    if ((await db.services.get(key)) !== undefined) {
      throw new EditRefusal(
        packError("schema", `an entry with id "${service.id}" already exists on this device`, {
          path: "service.id",
          record: service.id,
          field: "id",
        }),
      );
    }
    await db.services.add({
      ...buildRecord(packKey, service, organisation, locations),
      localState: "added",
      localChangedAt: options.now.toISOString(),
    });
    return key;
  });
}

/** Replaces an entry's content; its id and area cannot change. */
export async function editService(db: DirectoryDb, key: string, draft: EntryDraft, options: EditOptions): Promise<EditResult> {
  return replaceContent(db, key, draft, options, "edited");
}

async function replaceContent(
  db: DirectoryDb,
  key: string,
  draft: EntryDraft,
  options: EditOptions,
  change: "edited" | "classified",
): Promise<EditResult> {
  const checked = validateDraft(draft);
  if (!checked.ok) return checked;
  const { service, organisation, locations } = checked.snapshot;
  return run(db, options.now, async () => {
    const row = await getRow(db, key);
    if (service.id !== row.service.id || service.area.forceArea !== row.area) {
      throw new EditRefusal(
        packError("schema", "an entry's id and area cannot be changed; add a new entry instead", {
          path: "service.id",
          record: row.service.id,
          field: "id",
        }),
      );
    }
    const next: ServiceRecord = {
      ...buildRecord(row.packKey, service, organisation, locations),
      localState: nextState(row.localState, change),
      localChangedAt: options.now.toISOString(),
    };
    const original =
      row.packOriginal ?? (!isLocalPackKey(row.packKey) && row.localState === undefined ? snapshotOf(row) : undefined);
    if (original !== undefined) next.packOriginal = original;
    await db.services.put(next);
    // A number taken out (or corrected) loses the confirmation made for it here.
    await dropOrphanedConfirmations(db, row.area, new Map([[key, service.phones]]));
    return key;
  });
}

/** A person checked the entry today: its assured date becomes today. */
export async function markCheckedToday(db: DirectoryDb, key: string, options: EditOptions): Promise<EditResult> {
  return run(db, options.now, async () => {
    const row = await getRow(db, key);
    const service = { ...row.service, assuredDate: calendarDate(options.now) };
    const next: ServiceRecord = {
      ...buildRecord(row.packKey, service, row.organisation, row.locations),
      localState: nextState(row.localState, "checked"),
      localChangedAt: options.now.toISOString(),
    };
    const original =
      row.packOriginal ?? (!isLocalPackKey(row.packKey) && row.localState === undefined ? snapshotOf(row) : undefined);
    if (original !== undefined) next.packOriginal = original;
    await db.services.put(next);
    // A number taken out (or corrected) loses the confirmation made for it here.
    await dropOrphanedConfirmations(db, row.area, new Map([[key, service.phones]]));
    return key;
  });
}

/** What retiring changed, so the MSVLO can undo it. */
export interface Retirement {
  /** The row exactly as it was before retiring. */
  previous: ServiceRecord;
  /** When the retired row was written; undo refuses if the entry changed after it. */
  retiredAt?: string;
}

/**
 * Takes an entry out of officer lookups (status "inactive"). A retired pack
 * entry stays, marked local, so the retirement can be exported; an entry that
 * was only ever added on this device is deleted instead. Either way the
 * previous row comes back for undoRetire.
 */
export async function retireService(
  db: DirectoryDb,
  key: string,
  options: EditOptions,
): Promise<(EditResult & Partial<Retirement>) | { ok: true; deleted: true; previous: ServiceRecord; retiredAt?: string }> {
  const row = await db.services.get(key);
  if (row?.localState === "added") {
    await db.services.delete(key);
    return { ok: true, deleted: true, previous: row };
  }
  const result = await run(db, options.now, async () => {
    const current = await getRow(db, key);
    const service = { ...current.service, status: "inactive" as const };
    const next: ServiceRecord = {
      ...buildRecord(current.packKey, service, current.organisation, current.locations),
      localState: nextState(current.localState, "retired"),
      localChangedAt: options.now.toISOString(),
    };
    const original = current.packOriginal ?? (current.localState === undefined ? snapshotOf(current) : undefined);
    if (original !== undefined) next.packOriginal = original;
    await db.services.put(next);
    return key;
  });
  return result.ok && row !== undefined ? { ...result, previous: row, retiredAt: options.now.toISOString() } : result;
}

/** Puts back the row a retirement replaced or deleted, unless the entry changed again since. */
export async function undoRetire(
  db: DirectoryDb,
  retirement: Retirement,
): Promise<{ ok: true } | { ok: false; errors: PackError[] }> {
  const { previous } = retirement;
  try {
    return await db.transaction("rw", [db.services], async () => {
      const current = await db.services.get(previous.key);
      // Only the retirement itself is undone: a newer pack, a check or an edit since then wins.
      const changedSince =
        current !== undefined && (current.service.status === "active" || current.localChangedAt !== retirement.retiredAt);
      if (changedSince) {
        return {
          ok: false as const,
          errors: [
            packError("version-conflict", "the entry changed after it was retired; nothing was undone", {
              record: previous.service.id,
            }),
          ],
        };
      }
      await db.services.put(previous);
      return { ok: true as const };
    });
  } catch (e) {
    return { ok: false, errors: [classifyStorageError(e)] };
  }
}

export interface Classification {
  stages: string[];
  audience: string | undefined;
  needs: string[];
}

/**
 * An MSVLO says which NRM stages, who and which needs an imported service
 * serves: it leaves the review list and officers can find it.
 */
export async function classifyService(
  db: DirectoryDb,
  key: string,
  classification: Classification,
  options: EditOptions,
): Promise<EditResult> {
  const row = await db.services.get(key);
  if (row === undefined) return { ok: false, errors: [packError("not-found", `no directory entry "${key}"`, { record: key })] };
  const { unclassified: _wasUnclassified, audience: _oldAudience, ...rest } = row.service;
  const service = {
    ...rest,
    stages: classification.stages,
    needs: classification.needs,
    ...(classification.audience === undefined ? {} : { audience: classification.audience }),
  };
  return replaceContent(db, key, { service, organisation: row.organisation, locations: row.locations }, options, "classified");
}

/** Undo local changes: back to the pack's version, or gone if it only existed locally. */
export async function revertLocalEdit(
  db: DirectoryDb,
  key: string,
): Promise<{ ok: true; removed: boolean } | { ok: false; errors: PackError[] }> {
  try {
    return await db.transaction("rw", [db.services, db.confirmations], async () => {
      const row = await getRow(db, key);
      if (row.localState === undefined) return { ok: true as const, removed: false };
      if (row.packOriginal === undefined) {
        await db.services.delete(key);
        await dropOrphanedConfirmations(db, row.area, new Map([[key, undefined]]));
        return { ok: true as const, removed: true };
      }
      const { service, organisation, locations } = row.packOriginal;
      await db.services.put(buildRecord(row.packKey, service, organisation, locations));
      await dropOrphanedConfirmations(db, row.area, new Map([[key, service.phones]]));
      return { ok: true as const, removed: false };
    });
  } catch (e) {
    if (e instanceof EditRefusal) return { ok: false, errors: [e.error] };
    return { ok: false, errors: [classifyStorageError(e)] };
  }
}
