// MSVLO mode: the state of the directory on this phone, import and export of
// packs, and browsing and maintaining an area's entries — all offline.
import { usePath } from "../../platform/navigation/history";
import { DirectoryOverview } from "./DirectoryOverview";
import { DirectoryBrowse } from "./DirectoryBrowse";
import { EntryEditor } from "./EntryEditor";

export default function DirectoryScreen() {
  const path = usePath();
  const edit = /^\/directory\/edit\/(.+)$/.exec(path);
  if (edit?.[1] !== undefined) return <EntryEditor entryKey={decodeURIComponent(edit[1])} />;
  if (path === "/directory/add") return <EntryEditor entryKey={null} />;
  if (path === "/directory/browse") return <DirectoryBrowse />;
  return <DirectoryOverview />;
}
