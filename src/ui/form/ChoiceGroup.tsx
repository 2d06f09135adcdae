import { useId, type ReactNode } from "react";
import { describedBy } from "./describedBy";
import { ErrorMessage } from "./ErrorMessage";

export interface Choice<T> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
  /** Stable key for React and for the input's id. */
  key: string;
}

/**
 * Radios (one answer) or checkboxes (several) in a fieldset with a legend,
 * hint and error. The first input gets `firstId`, so an error summary link
 * can focus it. `heading` makes the legend the page's h1.
 */
function Group<T>(props: {
  type: "radio" | "checkbox";
  legend: ReactNode;
  heading?: boolean;
  hint?: ReactNode;
  error?: string | null;
  name: string;
  firstId?: string;
  choices: readonly Choice<T>[];
  isChecked: (value: T) => boolean;
  onToggle: (value: T, checked: boolean) => void;
  large?: boolean;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = props.error !== undefined && props.error !== null;
  return (
    <fieldset
      className={`field${invalid ? " field--error" : ""}`}
      aria-describedby={describedBy(props.hint !== undefined && hintId, invalid && errorId)}
    >
      <legend className={props.heading === true ? undefined : "field__label"}>
        {props.heading === true ? <h1 className="question">{props.legend}</h1> : props.legend}
      </legend>
      {props.hint === undefined ? null : (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <ErrorMessage id={errorId} message={props.error} />
      <div className={props.type === "radio" ? "radios" : "checkboxes"}>
        {props.choices.map((choice, i) => {
          const inputId = i === 0 && props.firstId !== undefined ? props.firstId : `${id}-${choice.key}`;
          const choiceHintId = `${inputId}-hint`;
          return (
            <div key={choice.key} className="radio-item">
              <label className={props.type}>
                <input
                  id={inputId}
                  type={props.type}
                  name={props.name}
                  value={choice.key}
                  checked={props.isChecked(choice.value)}
                  aria-describedby={choice.hint === undefined ? undefined : choiceHintId}
                  onChange={(event) => {
                    props.onToggle(choice.value, event.target.checked);
                  }}
                />
                <span>{choice.label}</span>
              </label>
              {choice.hint === undefined ? null : (
                <p className="hint radio__hint" id={choiceHintId}>
                  {choice.hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function ChoiceGroup<T>(props: {
  legend: ReactNode;
  heading?: boolean;
  hint?: ReactNode;
  error?: string | null;
  name: string;
  firstId?: string;
  choices: readonly Choice<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
}) {
  const { value, onChange, ...rest } = props;
  return (
    <Group
      {...rest}
      type="radio"
      isChecked={(v) => Object.is(v, value)}
      onToggle={(v) => {
        onChange(v);
      }}
    />
  );
}

export function CheckboxGroup<T>(props: {
  legend: ReactNode;
  heading?: boolean;
  hint?: ReactNode;
  error?: string | null;
  name: string;
  firstId?: string;
  choices: readonly Choice<T>[];
  values: readonly T[];
  onChange: (values: T[]) => void;
}) {
  const { values, onChange, ...rest } = props;
  return (
    <Group
      {...rest}
      type="checkbox"
      isChecked={(v) => values.includes(v)}
      onToggle={(v, checked) => {
        onChange(checked ? [...values.filter((x) => !Object.is(x, v)), v] : values.filter((x) => !Object.is(x, v)));
      }}
    />
  );
}
