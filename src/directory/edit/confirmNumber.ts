// An MSVLO rang a number from this device and it reached the service: record
// who and when, so officers get tap-to-call with "confirmed by … on …". The
// record is kept apart from the entry (a newer pack does not wipe it) and
// counts only while the entry still lists the number (phones/phoneStatus.ts).
import { phoneDigits } from "../../shared/verifiedNumbers";
import { calendarDate } from "../dates";
import type { DirectoryDb } from "../db";
import { packError, type PackError } from "../pack/packErrors";
import { localConfirmationKey, localConfirmationSchema, type LocalConfirmation } from "../records";
import { classifyStorageError } from "../storage/storageErrors";

export interface ConfirmNumberInput {
  serviceKey: string;
  number: string;
  /** The MSVLO's name or role, as they want officers to read it. */
  name: string;
  now: Date;
}

export type ConfirmResult = { ok: true; confirmation: LocalConfirmation } | { ok: false; errors: PackError[] };

export async function confirmNumber(db: DirectoryDb, input: ConfirmNumberInput): Promise<ConfirmResult> {
  const name = input.name.trim();
  if (name.length === 0) {
    return {
      ok: false,
      errors: [packError("schema", "Enter your name or role, so officers know who confirmed the number", { field: "name" })],
    };
  }
  const digits = phoneDigits(input.number);
  try {
    return await db.transaction("rw", [db.services, db.confirmations], async () => {
      const row = await db.services.get(input.serviceKey);
      if (row === undefined) {
        return { ok: false as const, errors: [packError("not-found", "the entry was removed", { record: input.serviceKey })] };
      }
      if (!row.service.phones.some((p) => phoneDigits(p.number) === digits)) {
        return {
          ok: false as const,
          errors: [
            packError("not-found", `the entry no longer lists ${input.number}`, { record: row.service.id, field: "phones" }),
          ],
        };
      }
      const parsed = localConfirmationSchema.safeParse({
        key: localConfirmationKey(row.key, digits),
        area: row.area,
        serviceKey: row.key,
        digits,
        name,
        on: calendarDate(input.now),
        recordedAt: input.now.toISOString(),
      });
      if (!parsed.success) {
        return {
          ok: false as const,
          errors: [packError("schema", "Your name or role must be 200 characters or fewer", { field: "name" })],
        };
      }
      await db.confirmations.put(parsed.data);
      return { ok: true as const, confirmation: parsed.data };
    });
  } catch (e) {
    return { ok: false, errors: [classifyStorageError(e)] };
  }
}

/** Takes back a confirmation made on this device (for example, the number stopped working). */
export async function withdrawConfirmation(
  db: DirectoryDb,
  serviceKey: string,
  number: string,
): Promise<{ ok: true } | { ok: false; errors: PackError[] }> {
  try {
    await db.confirmations.delete(localConfirmationKey(serviceKey, phoneDigits(number)));
    return { ok: true };
  } catch (e) {
    return { ok: false, errors: [classifyStorageError(e)] };
  }
}

/**
 * Inside a write transaction that includes `confirmations`: forget the
 * confirmations of entries that are gone, or of numbers an entry no longer
 * lists. Otherwise a number that was removed (it stopped working) and later
 * came back, perhaps for another service, would be shown as confirmed by
 * someone who never rang it there.
 *
 * `after`: each touched entry's key and the phones it now lists (undefined: the entry is gone).
 */
export async function dropOrphanedConfirmations(
  db: DirectoryDb,
  area: string,
  after: ReadonlyMap<string, readonly { number: string }[] | undefined>,
): Promise<void> {
  // Confirmations are few (typed by MSVLOs): reading the area's is cheap even for a 50,000-service pack.
  const orphaned = (await db.confirmations.where("area").equals(area).toArray())
    .filter((c) => after.has(c.serviceKey))
    .filter((c) => !(after.get(c.serviceKey) ?? []).some((p) => phoneDigits(p.number) === c.digits))
    .map((c) => c.key);
  if (orphaned.length > 0) await db.confirmations.bulkDelete(orphaned);
}
