import { useId, type ReactNode } from "react";
import { describedBy } from "./describedBy";
import { ErrorMessage } from "./ErrorMessage";

export interface FieldControl {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

/**
 * A labelled control with its hint and error, wired once: the label points at
 * the control, and the control is described by the hint and the error.
 * `heading` makes the label the page's h1 (a one-question page).
 */
export function Field(props: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  id?: string;
  heading?: boolean;
  children: (control: FieldControl) => ReactNode;
}) {
  const generated = useId();
  const id = props.id ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = props.error !== undefined && props.error !== null;
  const label = (
    <label htmlFor={id} className={props.heading === true ? undefined : "field__label"}>
      {props.label}
    </label>
  );
  return (
    <div className={`field${invalid ? " field--error" : ""}`}>
      {props.heading === true ? <h1 className="question">{label}</h1> : label}
      {props.hint === undefined ? null : (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <ErrorMessage id={errorId} message={props.error} />
      {props.children({ id, describedBy: describedBy(props.hint !== undefined && hintId, invalid && errorId), invalid })}
    </div>
  );
}
