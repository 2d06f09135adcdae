// Scenario pack files in and out of the browser: read a chosen file's bytes,
// and save a pack through a download link (nothing is sent anywhere).
export async function readFileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

export function saveFile(fileName: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.click();
  // Revoked after the browser has had time to start the download.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}
