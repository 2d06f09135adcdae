// The project's checked phone list as the content validator uses it: every
// number in the content must be confirmed, or unconfirmed and flagged.
import { CONFIRMED_NUMBERS, UNCONFIRMED_NUMBERS } from "../../shared/verifiedNumbers";
import { confirmed } from "./review";
import { SRC } from "./sources";

export const VERIFIED_NUMBERS = {
  confirmed: CONFIRMED_NUMBERS.map((c) => c.number),
  unconfirmed: UNCONFIRMED_NUMBERS.map((c) => c.number),
  provenance: confirmed(SRC.helplineCall, SRC.salvationArmySurvivors),
} as const;

export { phoneDigits } from "../../shared/verifiedNumbers";
