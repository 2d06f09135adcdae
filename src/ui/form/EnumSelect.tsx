import type { FieldControl } from "./Field";

/**
 * A <select> over a fixed list of string values, typed: it only ever reports
 * one of `options` (or the empty value, when `empty` is given). No casts at
 * the call site.
 */
export function EnumSelect<T extends string, E extends string = never>(props: {
  control: FieldControl;
  options: readonly T[];
  label: (value: T) => string;
  value: T | E;
  onChange: (value: T | E) => void;
  empty?: { value: E; label: string };
  testId?: string;
  disabled?: boolean;
}) {
  const { control } = props;
  return (
    <select
      id={control.id}
      aria-describedby={control.describedBy}
      aria-invalid={control.invalid || undefined}
      className="select"
      data-testid={props.testId}
      value={props.value}
      disabled={props.disabled}
      onChange={(event) => {
        const raw = event.target.value;
        const found = props.options.find((o) => o === raw);
        if (found !== undefined) props.onChange(found);
        else if (props.empty?.value === raw) props.onChange(props.empty.value);
      }}
    >
      {props.empty === undefined ? null : <option value={props.empty.value}>{props.empty.label}</option>}
      {props.options.map((o) => (
        <option key={o} value={o}>
          {props.label(o)}
        </option>
      ))}
    </select>
  );
}
