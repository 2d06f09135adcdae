// Small builders for engine tests.
import type { Facts } from "../../../src/pathway";

export function facts(
  person: Partial<Facts["person"]> = {},
  situation: Partial<Facts["situation"]> = {},
  area: Facts["area"] = "kent",
): Facts {
  return {
    area,
    person: { age: "adult", consentToNrm: "yes", nrmStatus: "not-referred", ...person },
    situation: { immediateDanger: false, medicalNeed: false, needsInterpreter: false, needsAccommodation: false, ...situation },
  };
}
