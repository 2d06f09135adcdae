import { describe, expect, it } from "vitest";
import {
  BROWSE_SHORTCUTS,
  browseShortcutPath,
  readBrowseStart,
  shortcutFilters,
  shortcutOf,
} from "../../../src/directory/query/browseShortcut";

describe("dashboard links into the list they count", () => {
  it("round-trips an area and a filter through the link", () => {
    const path = browseShortcutPath("/directory/browse", "west-mercia", "stale");
    expect(path).toBe("/directory/browse?area=west-mercia&show=stale");
    expect(readBrowseStart(new URL(path, "https://x.test").search)).toEqual({ area: "west-mercia", show: "stale" });
    expect(readBrowseStart("?area=national")).toEqual({ area: "national" });
  });

  it("ignores what it does not know instead of failing", () => {
    expect(readBrowseStart("")).toEqual({});
    expect(readBrowseStart("?area=atlantis&show=everything")).toEqual({});
    expect(readBrowseStart("?area=cleveland&show=<script>")).toEqual({ area: "cleveland" });
  });

  it("names the shortcut a list's filters amount to, only when exactly one is ticked", () => {
    for (const show of BROWSE_SHORTCUTS) expect(shortcutOf(shortcutFilters(show))).toBe(show);
    expect(shortcutOf(shortcutFilters(undefined))).toBeUndefined();
    expect(shortcutOf({ findableOnly: true, staleOnly: true, unconfirmedOnly: false })).toBeUndefined();
  });
});
