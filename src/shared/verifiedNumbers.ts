// The phone numbers the app may show as confirmed, and the known unconfirmed
// ones. Copied from the project's checked list
// (shared/domain/verified-contacts.json; a unit test compares the two); extend
// it only when that list is extended — never from content or a pack.
export const CONFIRMED_NUMBERS = [
  { name: "Emergency services", number: "999" },
  { name: "Police non-emergency", number: "101" },
  { name: "Modern Slavery & Exploitation Helpline (Unseen)", number: "08000 121 700" },
  { name: "Salvation Army modern slavery referral helpline (MSVCC)", number: "0800 808 3733" },
] as const;

/** Numbers seen in sources but not confirmed: shown only with their flag, never as tap-to-call. */
export const UNCONFIRMED_NUMBERS = [
  { name: "NCA Modern Slavery Human Trafficking Unit tactical advice", number: "0844 778 2406" },
  { name: "Independent Child Trafficking Guardian service assessment line", number: "0800 043 4303" },
  { name: "Gangmasters and Labour Abuse Authority", number: "0345 602 5020" },
  { name: "CPS complex casework units", number: "020 3357 0899" },
] as const;

/**
 * Digits only, for comparing numbers: a leading +44 becomes 0 and the "(0)"
 * written after a country code ("+44 (0)20 …") is dropped, so spacing and
 * those conventions never matter.
 */
export function phoneDigits(number: string): string {
  const digits = number.replace(/\(0\)/g, "").replace(/[^\d+]/g, "");
  return digits.startsWith("+44") ? `0${digits.slice(3)}` : digits.replace(/\+/g, "");
}

/**
 * What a tel: link dials: the number as written, with an international "+"
 * kept (and "(0)" after a country code dropped), so the call goes exactly
 * where the printed number says.
 */
export function telNumber(number: string): string {
  const plain = number.replace(/\(0\)/g, "").replace(/[^\d+]/g, "");
  return plain.startsWith("+") ? `+${plain.slice(1).replace(/\+/g, "")}` : plain.replace(/\+/g, "");
}

const CONFIRMED_DIGITS = new Set<string>(CONFIRMED_NUMBERS.map((c) => phoneDigits(c.number)));

export function isConfirmedNumber(number: string): boolean {
  return CONFIRMED_DIGITS.has(phoneDigits(number));
}
