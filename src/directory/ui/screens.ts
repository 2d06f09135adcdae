// MSVLO mode's screens, one chunk: the state of the directory on this phone,
// import and export, and browsing and maintaining an area's entries.
export { DirectoryOverview } from "./DirectoryOverview";
export { DirectoryBrowse, ReviewEntries } from "./DirectoryBrowse";
export { AddEntryScreen, EditEntryScreen } from "./EntryEditor";
