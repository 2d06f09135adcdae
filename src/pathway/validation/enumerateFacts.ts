// Every distinct combination of fact values the rules can see. Small enough
// (tens of thousands) to check exhaustively at build time.
import { FORCE_AREA_IDS } from "../../shared/forceAreas";
import type { PathwayContent } from "../model/contentSchema";
import { OFFENCE_CHECK_VALUES, type OffenceCheck } from "../model/contentSchema";
import { AGE_VALUES, CONSENT_VALUES, NRM_STATUS_VALUES } from "../model/facts";
import type { FactValues } from "../engine/evaluateCondition";
import { verificationSchema, type Verification } from "../../shared/provenance";

const VERIFICATION_VALUES = verificationSchema.options;

/** Areas named by any condition, plus one area no condition names. */
function areaValues(content: PathwayContent): string[] {
  const named = new Set<string>();
  for (const c of content.conditions) {
    if ("fact" in c && c.fact === "area") for (const v of c.oneOf) if (typeof v === "string") named.add(v);
  }
  const other = FORCE_AREA_IDS.find((id) => !named.has(id));
  return [...named, ...(other ? [other] : [])].sort();
}

/** The engine sets the entry's verification only when an entry matched. */
function entryVerifications(offenceCheck: OffenceCheck): readonly (Verification | undefined)[] {
  return offenceCheck === "excluded" || offenceCheck === "conditional" ? VERIFICATION_VALUES : [undefined];
}

export function* enumerateFactValues(content: PathwayContent): Generator<FactValues> {
  const bools = [false, true];
  for (const area of areaValues(content))
    for (const age of AGE_VALUES)
      for (const consentToNrm of CONSENT_VALUES)
        for (const nrmStatus of NRM_STATUS_VALUES)
          for (const isSuspect of bools)
            for (const offenceCheck of isSuspect
              ? OFFENCE_CHECK_VALUES.filter((v) => v !== "not-suspect")
              : (["not-suspect"] as const))
              for (const offenceEntryVerification of entryVerifications(offenceCheck))
                for (const immediateDanger of bools)
                  for (const medicalNeed of bools)
                    for (const needsInterpreter of bools)
                      for (const needsAccommodation of bools) {
                        const values: FactValues = {
                          area,
                          age,
                          consentToNrm,
                          nrmStatus,
                          isSuspect,
                          offenceCheck,
                          immediateDanger,
                          medicalNeed,
                          needsInterpreter,
                          needsAccommodation,
                        };
                        if (offenceEntryVerification !== undefined) values.offenceEntryVerification = offenceEntryVerification;
                        yield values;
                      }
}
