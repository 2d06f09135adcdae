// Phone numbers from a feed. A feed is never signed, so nothing in it can
// confirm a number: every number arrives "verify" with no confirmedBy, except
// one on the project's own checked list (999, 101, the national helplines),
// which the app confirms whoever lists it. A number with letters, or that is
// not a phone number, stops the import: an officer must never ring a wrong one.
import { isConfirmedNumber, phoneDigits } from "../../shared/verifiedNumbers";
import type { Phone } from "../schema/service";
import type { OrukPhone } from "./orukSchema";
import type { OrukProblems, Subject } from "./orukProblems";
import { cleanText } from "./readFields";

const NUMBER = /^\+?[\d ()-]{3,25}$/;
const MAX_PHONES = 10;
const DESCRIPTION_MAX = 200;

// HSDS phone types in words; a plain voice line needs no words.
const TYPE_WORDS: Record<string, string | undefined> = {
  voice: undefined,
  text: "Text messages",
  cell: "Mobile",
  fax: "Fax",
  video: "Video calls",
  pager: "Pager",
  textphone: "Textphone",
};

export interface PhoneSource {
  phones: readonly OrukPhone[];
  /** Path of the phones list inside the service, e.g. ["service_at_locations", 0, "phones"]. */
  field: readonly (string | number)[];
}

function descriptionOf(p: OrukPhone): string | undefined {
  const description = cleanText(p.description);
  const type = cleanText(p.type)?.toLowerCase();
  const typeWords = type === undefined ? undefined : type in TYPE_WORDS ? TYPE_WORDS[type] : cleanText(p.type);
  const extension = p.extension === null || p.extension === undefined ? undefined : cleanText(String(p.extension));
  let text = description ?? typeWords;
  if (description !== undefined && typeWords !== undefined && !description.toLowerCase().includes(typeWords.toLowerCase())) {
    text = `${description} (${typeWords})`;
  }
  if (extension !== undefined) text = `${text === undefined ? "" : `${text}, `}extension ${extension}`;
  if (text === undefined || text.length <= DESCRIPTION_MAX) return text;
  return `${text.slice(0, DESCRIPTION_MAX - 1).trimEnd()}…`;
}

function claimsConfirmation(p: OrukPhone): boolean {
  return Object.keys(p).some((k) => /confirm|verif/i.test(k));
}

export function readPhones(sources: readonly PhoneSource[], problems: OrukProblems, subject: Subject): Phone[] {
  const out: Phone[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const source of sources) {
    source.phones.forEach((p, i) => {
      const field = [...source.field, i, "number"];
      const words = "phone number";
      const number = cleanText(p.number)?.replace(/\s+/g, " ");
      if (number === undefined) {
        problems.error(subject, field, words, "the phone has no number");
        return;
      }
      if (/\p{L}/u.test(number)) {
        problems.error(subject, field, words, `"${number.slice(0, 40)}" contains letters; a number must be digits and spaces`);
        return;
      }
      if (!NUMBER.test(number)) {
        problems.error(subject, field, words, `"${number.slice(0, 40)}" is not a phone number of digits and spaces`);
        return;
      }
      if (claimsConfirmation(p)) {
        problems.note(
          "the feed claims a phone number was confirmed; that was ignored: numbers from an Open Referral import are never shown as confirmed until an MSVLO rings them",
          subject,
        );
      }
      const digits = phoneDigits(number);
      if (seen.has(digits)) return;
      seen.add(digits);
      if (out.length >= MAX_PHONES) {
        dropped++;
        return;
      }
      const phone: Phone = { number, verification: isConfirmedNumber(number) ? "confirmed" : "verify" };
      const description = descriptionOf(p);
      if (description !== undefined) phone.description = description;
      out.push(phone);
    });
  }
  if (dropped > 0) problems.note(`only the first ${MAX_PHONES} phone numbers were kept (${dropped} more left out)`, subject);
  return out;
}
