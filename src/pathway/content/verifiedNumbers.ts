// A copy, as data, of the project's list of phone numbers that may be shown
// as confirmed (and the unconfirmed ones). The content validator checks every
// number in the content against it; it is kept here so builds do not depend
// on files outside the repository.
import { confirmed } from "./review";
import { SRC } from "./sources";

export const VERIFIED_NUMBERS = {
  confirmed: ["999", "101", "08000 121 700", "0800 808 3733"],
  unconfirmed: ["0844 778 2406", "0800 043 4303", "0345 602 5020", "0800 432 0804", "020 3357 0899"],
  provenance: confirmed(SRC.helplineCall, SRC.salvationArmySurvivors),
} as const;

export function phoneDigits(phone: string): string {
  return phone.replace(/[^0-9]/g, "");
}
