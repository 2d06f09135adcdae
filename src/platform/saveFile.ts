// Saves a file the app made (an exported pack) through a download link: the
// bytes never leave the device. One helper for every feature that exports.
export function saveJsonFile(fileName: string, content: string | Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([content], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  // Revoked after the browser has had time to start the download (revoking in
  // the next task can cancel it in some browsers).
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
