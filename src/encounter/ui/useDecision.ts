import { useMemo } from "react";
import { decide, type Decision, type Facts } from "../../pathway";

/** The engine's decision for these facts; pure and deterministic, so memoised by value. */
export function useDecision(facts: Facts): Decision {
  const key = JSON.stringify(facts);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by value, not identity
  return useMemo(() => decide(facts), [key]);
}
