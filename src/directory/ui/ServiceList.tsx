import { useEffect, useRef, useState, type ReactNode } from "react";
import type { DirectoryEntry } from "../query/entryView";
import { ServiceItem, type ItemAudience } from "./ServiceItem";

/**
 * A compact list that shows its first `pageSize` entries and a "Show N more"
 * button, so a long result never makes the screen tall. Showing more moves
 * focus to the first entry just shown. Give it a `key` that changes with the
 * query so a new search starts at the first page.
 */
export function ServiceList({
  entries,
  audience,
  now,
  pageSize,
  headingLevel = 3,
  showMoreLabel,
  testId,
  actions,
}: {
  entries: readonly DirectoryEntry[];
  audience: ItemAudience;
  now: Date;
  pageSize: number;
  headingLevel?: 2 | 3;
  showMoreLabel: (count: number) => string;
  testId?: string;
  /** Extra controls for each entry (the MSVLO screens' check, edit and retire). */
  actions?: (entry: DirectoryEntry) => ReactNode;
}) {
  const [shown, setShown] = useState(pageSize);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const focusRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusIndex !== null) focusRef.current?.focus();
  }, [focusIndex]);
  const visible = entries.slice(0, shown);
  const next = Math.min(pageSize, entries.length - shown);
  return (
    <>
      <ul className="service-list" data-testid={testId}>
        {visible.map((entry, i) => (
          <ServiceItem
            key={entry.key}
            entry={entry}
            audience={audience}
            now={now}
            headingLevel={headingLevel}
            headingRef={i === focusIndex ? focusRef : undefined}
          >
            {actions?.(entry)}
          </ServiceItem>
        ))}
      </ul>
      {next > 0 ? (
        <button
          type="button"
          className="button button--secondary service-list__more"
          data-testid="show-more"
          onClick={() => {
            setFocusIndex(shown);
            setShown(shown + pageSize);
          }}
        >
          {showMoreLabel(next)}
        </button>
      ) : null}
    </>
  );
}
