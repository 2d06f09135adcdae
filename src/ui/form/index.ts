// The form kit: GOV.UK field patterns wired once (labels, hints, errors,
// aria-describedby), so screens only say what to ask.
export { Field, type FieldControl } from "./Field";
export { ChoiceGroup, CheckboxGroup, type Choice } from "./ChoiceGroup";
export { EnumSelect } from "./EnumSelect";
export { ErrorSummary, type FieldError } from "./ErrorSummary";
export { ErrorMessage } from "./ErrorMessage";
export { describedBy } from "./describedBy";
