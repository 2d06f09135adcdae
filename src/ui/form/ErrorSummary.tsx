import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { focusTarget } from "../focusTarget";

export interface FieldError {
  message: string;
  /** "#id" of the field the error belongs to. */
  href: string;
}

/**
 * GOV.UK error summary. It takes focus once per submit (when `focusKey`
 * changes), so screen readers announce it — and never again while the person
 * types to fix the problem.
 */
export function ErrorSummary({ errors, focusKey, testId }: { errors: readonly FieldError[]; focusKey: number; testId?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // Several forms on one screen (a list's classify forms) may each show one.
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId} data-testid={testId}>
      <h2 id={titleId}>{t("errors.title")}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.href + e.message}>
            <a
              href={e.href}
              onClick={(event) => {
                focusTarget(event, e.href.slice(1));
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
