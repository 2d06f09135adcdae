import { describe, expect, it } from "vitest";
import { browseShortcutPath, readBrowseStart } from "../../../src/directory/query/browseShortcut";

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
});
