// Whether the officer may tap to call a number, and who vouches for it. The
// only place this policy lives: screens render the result.
//
// A number is confirmed by
// - the project: it is on Waymark's own checked list (shared/verifiedNumbers);
// - the publisher: the entry's pack is signed with a key trusted for its area
//   and publisher (trust "verified") and states who rang it and when;
// - an MSVLO on this device, who recorded "I rang this number on DATE".
// Anything else is shown as text, "not confirmed". A confirmation older than
// the review period is still shown, flagged stale.
import { isConfirmedNumber, phoneDigits, telNumber } from "../../shared/verifiedNumbers";
import { STALE_AFTER_DAYS, daysSince } from "../dates";
import { localConfirmationKey, type LocalConfirmation, type PackTrust } from "../records";
import type { Phone, Service } from "../schema/service";

export const CONFIRMERS = ["project", "publisher", "local"] as const;
export type Confirmer = (typeof CONFIRMERS)[number];

export type PhoneStatus =
  | {
      kind: "confirmed";
      by: Confirmer;
      /** Who confirmed it (absent for the project's list). */
      name?: string;
      /** The day they rang it (absent for the project's list, which is checked each release). */
      on?: string;
      stale: boolean;
    }
  | {
      kind: "unconfirmed";
      /** The pack claims a confirmation that does not count. */
      claimIgnored: boolean;
      /** Why it does not count: no signature trusted for the area, the number changed on this device, or a date after today. */
      ignoredBecause?: ClaimIgnoredReason;
    };

export type ClaimIgnoredReason = "untrusted" | "changed-here" | "future-date";

export interface PhoneView {
  number: string;
  description?: string;
  /** Digits only, for comparing (a confirmation's key). */
  digits: string;
  /** What a tel: link dials (an international "+" kept); only used when confirmed. */
  tel: string;
  status: PhoneStatus;
  /** What an MSVLO may do with the number on this device (decided here, not by the screen). */
  actions: PhoneActions;
}

export interface PhoneActions {
  /** Ring it and record "I rang it": it is not confirmed, or its confirmation is stale. The project's numbers never need it. */
  confirm: boolean;
  /** Take back a confirmation made on this device (the number stopped reaching the service). */
  withdraw: boolean;
}

export function phoneActionsOf(phone: Phone, status: PhoneStatus, ctx: PhoneContext): PhoneActions {
  const project = status.kind === "confirmed" && status.by === "project";
  return {
    confirm: !project && (status.kind !== "confirmed" || status.stale),
    withdraw: ctx.confirmations.has(localConfirmationKey(ctx.serviceKey, phoneDigits(phone.number))),
  };
}

/** Local confirmations of the entries being shown, by localConfirmationKey. */
export type ConfirmationIndex = ReadonlyMap<string, LocalConfirmation>;

export interface PhoneContext {
  serviceKey: string;
  /** Trust of the entry's pack; undefined for entries added on this device. */
  packTrust: PackTrust | undefined;
  /**
   * The phones as the signed pack published them, when the entry was edited
   * on this device: a publisher's confirmation only counts for a phone the
   * pack itself carries, unchanged.
   */
  publishedPhones: readonly Phone[] | undefined;
  confirmations: ConfirmationIndex;
  now: Date;
}

function isStaleConfirmation(on: string, now: Date): boolean {
  return daysSince(on, now) > STALE_AFTER_DAYS;
}

/** Why a publisher's claim on this phone does not count; undefined when it counts (or there is none). */
function claimIgnoredBecause(phone: Phone, ctx: PhoneContext): ClaimIgnoredReason | undefined {
  if (phone.confirmedBy === undefined) return undefined;
  if (ctx.packTrust !== "verified") return "untrusted";
  // A ring dated after today is a mistake (or a way to stay "fresh" for ever): it does not count.
  if (daysSince(phone.confirmedBy.on, ctx.now) < 0) return "future-date";
  if (ctx.publishedPhones === undefined) return undefined;
  const asPublished = ctx.publishedPhones.some(
    (p) =>
      phoneDigits(p.number) === phoneDigits(phone.number) &&
      p.confirmedBy?.name === phone.confirmedBy?.name &&
      p.confirmedBy?.on === phone.confirmedBy?.on,
  );
  return asPublished ? undefined : "changed-here";
}

export function phoneStatusOf(phone: Phone, ctx: PhoneContext): PhoneStatus {
  if (isConfirmedNumber(phone.number)) return { kind: "confirmed", by: "project", stale: false };
  const candidates: { by: Confirmer; name: string; on: string }[] = [];
  const local = ctx.confirmations.get(localConfirmationKey(ctx.serviceKey, phoneDigits(phone.number)));
  if (local !== undefined) candidates.push({ by: "local", name: local.name, on: local.on });
  const ignoredBecause = claimIgnoredBecause(phone, ctx);
  const claimCounts = phone.confirmedBy !== undefined && ignoredBecause === undefined;
  if (claimCounts && phone.confirmedBy !== undefined) {
    candidates.push({ by: "publisher", name: phone.confirmedBy.name, on: phone.confirmedBy.on });
  }
  // The most recent confirmation is the one that matters for staleness.
  const best = candidates.sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0))[0];
  if (best === undefined) {
    return ignoredBecause === undefined
      ? { kind: "unconfirmed", claimIgnored: false }
      : { kind: "unconfirmed", claimIgnored: true, ignoredBecause };
  }
  return { kind: "confirmed", by: best.by, name: best.name, on: best.on, stale: isStaleConfirmation(best.on, ctx.now) };
}

export function phoneViewsOf(service: Pick<Service, "phones">, ctx: PhoneContext): PhoneView[] {
  return service.phones.map((phone) => {
    const status = phoneStatusOf(phone, ctx);
    const view: PhoneView = {
      number: phone.number,
      digits: phoneDigits(phone.number),
      tel: telNumber(phone.number),
      status,
      actions: phoneActionsOf(phone, status, ctx),
    };
    if (phone.description !== undefined) view.description = phone.description;
    return view;
  });
}
