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
export function ErrorSummary({
  errors,
  focusKey,
  testId,
  headingLevel = 2,
}: {
  errors: readonly FieldError[];
  focusKey: number;
  testId?: string;
  /** 2 for a page's form; deeper for a form inside a section (a list entry's classify form). */
  headingLevel?: 2 | 3 | 4;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // Several forms on one screen (a list's classify forms) may each show one.
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  const Heading = `h${String(headingLevel)}` as "h2" | "h3" | "h4";
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId} data-testid={testId}>
      <Heading id={titleId}>{t("errors.title")}</Heading>
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
