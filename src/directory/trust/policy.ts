// Which trust problems a person may accept, once, for one pack: the only
// place this policy lives. A pack that is unsigned, or signed by a key this
// app does not know, can be kept (marked unverified) because nothing says it
// is not what it claims to be. A pack whose signature fails (changed after
// signing) or whose key may not sign for its area is never kept, whatever a
// caller asks for.
import type { PackError, PackErrorCode } from "../pack/packErrors";

export const ACCEPTABLE_TRUST_PROBLEMS: readonly PackErrorCode[] = ["unsigned", "unknown-key"];

export function isAcceptableTrustProblem(code: PackErrorCode): boolean {
  return ACCEPTABLE_TRUST_PROBLEMS.includes(code);
}

/** True when every problem may be accepted by keeping the pack marked unverified. */
export function canKeepAsUnverified(errors: readonly PackError[]): boolean {
  return errors.length > 0 && errors.every((e) => isAcceptableTrustProblem(e.code));
}

/**
 * An Open Referral UK file whose only problems are http: links may be
 * imported without those links, by the person's choice: the links are left
 * out (never kept as http:), everything else must be valid.
 */
export function canDropInsecureLinks(errors: readonly PackError[]): boolean {
  return errors.length > 0 && errors.every((e) => e.code === "insecure-link");
}
