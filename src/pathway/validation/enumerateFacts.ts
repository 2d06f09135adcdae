// Every distinct combination of the inputs the single-valued rules can see
// (the referral, the section 45 status, the support stage), turned into fact
// values through the engine's own derivation. Inputs no such rule depends on
// cannot change which of them fire, so they are left out: the check stays
// exhaustive and small (thousands of combinations).
import { FORCE_AREA_IDS, isWelshForceArea } from "../../shared/forceAreas";
import type { ConditionFact, PathwayContent } from "../model/contentSchema";
import { OFFENCE_CHECK_VALUES, SINGLE_VALUED_EFFECTS } from "../model/contentSchema";
import { AGE_VALUES, CONSENT_VALUES, EXPLOITATION_VALUES, NRM_STATUS_VALUES, type Exploitation } from "../model/facts";
import type { FactValues } from "../engine/evaluateCondition";
import { factValuesFromInputs, type FactInputs } from "../engine/factValues";
import { verificationSchema } from "../../shared/provenance";

/** The raw inputs each condition fact is computed from. */
const INPUTS_OF: Record<ConditionFact, readonly (keyof FactInputs)[]> = {
  immediateDanger: ["immediateDanger"],
  medicalNeed: ["medicalNeed"],
  age: ["age"],
  exploitation: ["exploitation"],
  nrmStatus: ["nrmStatus"],
  caseState: ["nrmStatus", "newExploitation"],
  consentToNrm: ["consentToNrm"],
  canDecide: ["consentToNrm"],
  isSuspect: ["isSuspect"],
  offenceCheck: ["isSuspect", "offenceCheck"],
  offenceEntryVerification: ["isSuspect", "offenceCheck", "offenceEntryVerification"],
  needsInterpreter: ["needsInterpreter"],
  needsAccommodation: ["needsAccommodation"],
  area: ["area"],
  nation: ["area", "localArea"],
};

function factsOf(content: PathwayContent, id: string, out: Set<ConditionFact>): void {
  const condition = content.conditions.find((c) => c.id === id);
  if (!condition) return;
  if ("fact" in condition) out.add(condition.fact);
  else for (const part of condition.allOf) factsOf(content, part, out);
}

/** The inputs the rules that set a single-valued outcome depend on. */
export function singleValuedInputs(content: PathwayContent): Set<keyof FactInputs> {
  const facts = new Set<ConditionFact>();
  for (const rule of content.rules) {
    if (SINGLE_VALUED_EFFECTS.some((effect) => rule.then[effect] !== undefined))
      for (const id of rule.when) factsOf(content, id, facts);
  }
  return new Set([...facts].flatMap((fact) => INPUTS_OF[fact]));
}

/** Areas conditions name, plus one English and one Welsh area no condition names. */
function areaValues(content: PathwayContent): string[] {
  const named = new Set<string>();
  for (const c of content.conditions) {
    if ("fact" in c && c.fact === "area") for (const v of c.oneOf) if (typeof v === "string") named.add(v);
  }
  const unnamed = FORCE_AREA_IDS.filter((id) => !named.has(id) && id !== "british-transport-police");
  const english = unnamed.find((id) => !isWelshForceArea(id));
  const welsh = unnamed.find((id) => isWelshForceArea(id));
  return [...named, ...(english ? [english] : []), ...(welsh ? [welsh] : []), "british-transport-police"].filter(
    (v, i, all) => all.indexOf(v) === i,
  );
}

/** Every subset of the exploitation types (including none given). */
function exploitationSubsets(): (readonly Exploitation[] | undefined)[] {
  const subsets: (readonly Exploitation[] | undefined)[] = [undefined];
  for (let mask = 1; mask < 1 << EXPLOITATION_VALUES.length; mask++)
    subsets.push(EXPLOITATION_VALUES.filter((_, i) => (mask & (1 << i)) !== 0));
  return subsets;
}

type Expander = (input: FactInputs) => FactInputs[];

export function* enumerateFactValues(content: PathwayContent): Generator<FactValues> {
  const used = singleValuedInputs(content);
  const bools = [false, true];
  const each =
    <K extends keyof FactInputs>(key: K, values: readonly FactInputs[K][]): Expander =>
    (input) =>
      used.has(key) ? values.map((value) => ({ ...input, [key]: value })) : [input];
  const expanders: Expander[] = [
    each("area", areaValues(content)),
    // Only a BTP officer says where they are (or does not).
    (input) =>
      used.has("localArea") && input.area === "british-transport-police"
        ? [undefined, "metropolitan", "south-wales", "scotland"].map((localArea) => ({ ...input, localArea }))
        : [input],
    each("age", AGE_VALUES),
    each("consentToNrm", CONSENT_VALUES),
    each("nrmStatus", NRM_STATUS_VALUES),
    // "New exploitation?" is only asked after a referral.
    (input) =>
      used.has("newExploitation") && input.nrmStatus !== undefined && input.nrmStatus !== "not-referred"
        ? bools.map((newExploitation) => ({ ...input, newExploitation }))
        : [input],
    each("isSuspect", bools),
    (input) => {
      if (!used.has("offenceCheck")) return [input];
      if (input.isSuspect !== true) return [{ ...input, offenceCheck: "not-suspect" }];
      return OFFENCE_CHECK_VALUES.filter((v) => v !== "not-suspect").map((offenceCheck) => ({ ...input, offenceCheck }));
    },
    // The engine gives the entry's verification only when an entry matched.
    (input) =>
      used.has("offenceEntryVerification") && (input.offenceCheck === "excluded" || input.offenceCheck === "conditional")
        ? verificationSchema.options.map((offenceEntryVerification) => ({ ...input, offenceEntryVerification }))
        : [input],
    each("immediateDanger", bools),
    each("medicalNeed", bools),
    each("needsInterpreter", bools),
    each("needsAccommodation", bools),
    each("exploitation", exploitationSubsets()),
  ];
  let inputs: FactInputs[] = [{}];
  for (const expand of expanders) inputs = inputs.flatMap(expand);
  for (const input of inputs) {
    const values = factValuesFromInputs(input);
    // As for complete facts: a BTP officer who did not say where is "not-known".
    if (used.has("localArea") && input.area !== undefined && values.nation === undefined) values.nation = "not-known";
    yield values;
  }
}
