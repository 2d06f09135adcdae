// Scenario pack files in and out of the browser: read a chosen file's bytes,
// and save a pack through a download link (nothing is sent anywhere).
export async function readFileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** A scenario pack saved through a download link (see platform/saveFile.ts). */
export { saveJsonFile as saveFile } from "../../platform/saveFile";
