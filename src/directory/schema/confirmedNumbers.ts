// The only phone numbers the app may show as confirmed. Copied from the
// project's checked list (shared/domain/verified-contacts.json, "confirmed");
// extend it only when that list is extended, never from a pack.
export const CONFIRMED_NUMBERS = [
  { name: "Emergency services", number: "999" },
  { name: "Police non-emergency", number: "101" },
  { name: "Modern Slavery & Exploitation Helpline (Unseen)", number: "08000 121 700" },
  { name: "Salvation Army modern slavery referral helpline (MSVCC)", number: "0800 808 3733" },
] as const;

/** Digits only, with a leading +44 turned into 0, so spacing never matters. */
export function phoneDigits(number: string): string {
  const digits = number.replace(/[^\d+]/g, "");
  return digits.startsWith("+44") ? `0${digits.slice(3)}` : digits.replace(/\+/g, "");
}

const CONFIRMED_DIGITS = new Set<string>(CONFIRMED_NUMBERS.map((c) => phoneDigits(c.number)));

export function isConfirmedNumber(number: string): boolean {
  return CONFIRMED_DIGITS.has(phoneDigits(number));
}
