// The dashboard's counts link to the list they count: the same area, with the
// narrowing filter already ticked. The link carries only the area and the
// filter's name (directory words, never anything about a person).
import { DIRECTORY_AREAS, type DirectoryArea } from "../schema/vocabulary";

export const BROWSE_SHORTCUTS = ["findable", "stale", "unconfirmed"] as const;
export type BrowseShortcut = (typeof BROWSE_SHORTCUTS)[number];

export interface BrowseStart {
  area?: DirectoryArea;
  show?: BrowseShortcut;
}

/** The path of a list (browse or review) opened for `area`, narrowed by `show`. */
export function browseShortcutPath(path: string, area: DirectoryArea, show?: BrowseShortcut): string {
  const search = new URLSearchParams({ area });
  if (show !== undefined) search.set("show", show);
  return `${path}?${search.toString()}`;
}

/** Reads a list's starting filters from its URL; anything unknown is ignored, never an error. */
export function readBrowseStart(search: string): BrowseStart {
  const params = new URLSearchParams(search);
  const area = params.get("area");
  const show = params.get("show");
  return {
    ...((DIRECTORY_AREAS as readonly (string | null)[]).includes(area) ? { area: area as DirectoryArea } : {}),
    ...((BROWSE_SHORTCUTS as readonly (string | null)[]).includes(show) ? { show: show as BrowseShortcut } : {}),
  };
}

/** The list's narrowing filters a shortcut ticks (each one counts what its dashboard figure counts). */
export function shortcutFilters(show: BrowseShortcut | undefined): {
  findableOnly: boolean;
  staleOnly: boolean;
  unconfirmedOnly: boolean;
} {
  return { findableOnly: show === "findable", staleOnly: show === "stale", unconfirmedOnly: show === "unconfirmed" };
}

/** The shortcut a list's filters amount to: the one ticked, when exactly one is (for the list's address). */
export function shortcutOf(filters: {
  findableOnly: boolean;
  staleOnly: boolean;
  unconfirmedOnly: boolean;
}): BrowseShortcut | undefined {
  const ticked = BROWSE_SHORTCUTS.filter((show) => filters[`${show}Only`]);
  return ticked.length === 1 ? ticked[0] : undefined;
}
