import type { ReactNode } from "react";

/**
 * A labelled section one tap away: a real details/summary, so screen readers
 * announce it as expandable and it opens by keyboard. Closed by default.
 */
export function Disclosure({
  summary,
  children,
  testId,
  open = false,
}: {
  summary: ReactNode;
  children: ReactNode;
  testId?: string;
  open?: boolean;
}) {
  return (
    <details className="disclosure" data-testid={testId} open={open}>
      <summary className="disclosure__summary">{summary}</summary>
      <div className="disclosure__body">{children}</div>
    </details>
  );
}
