import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { focusTarget } from "../focusTarget";

/** GOV.UK error summary: focused when it appears so screen readers announce it. */
export function ErrorSummary({ errors }: { errors: { message: string; href: string }[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [errors]);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t("errors.title")}</h2>
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
