// The directory's screens: the officer's support lookup, and MSVLO mode.
import type { RouteDef } from "../platform/navigation/routeTable";

export const DIRECTORY_PATHS = {
  lookup: "/support",
  overview: "/directory",
  browse: "/directory/browse",
  review: "/directory/review",
  add: "/directory/add",
  edit: "/directory/edit/:key",
} as const;

export function editEntryPath(key: string): string {
  return `/directory/edit/${encodeURIComponent(key)}`;
}

const screens = () => import("./ui/screens");

export const directoryRoutes: readonly RouteDef[] = [
  {
    pattern: DIRECTORY_PATHS.lookup,
    load: () => import("./ui/SupportLookupScreen"),
    namespaces: ["directory"],
    titleKey: "titles.support",
  },
  {
    pattern: DIRECTORY_PATHS.overview,
    load: () => screens().then((m) => ({ default: m.DirectoryOverview })),
    namespaces: ["directory"],
    titleKey: "titles.directory",
  },
  {
    pattern: DIRECTORY_PATHS.browse,
    load: () => screens().then((m) => ({ default: m.DirectoryBrowse })),
    namespaces: ["directory"],
    titleKey: "titles.directory",
  },
  {
    pattern: DIRECTORY_PATHS.review,
    load: () => screens().then((m) => ({ default: m.ReviewEntries })),
    namespaces: ["directory"],
    titleKey: "titles.directory",
  },
  {
    pattern: DIRECTORY_PATHS.add,
    load: () => screens().then((m) => ({ default: m.AddEntryScreen })),
    namespaces: ["directory"],
    titleKey: "titles.directory",
  },
  {
    pattern: DIRECTORY_PATHS.edit,
    load: () => screens().then((m) => ({ default: m.EditEntryScreen })),
    namespaces: ["directory"],
    titleKey: "titles.directory",
  },
];
