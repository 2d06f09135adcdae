// The version of the built-in guidance content, shown on About. Filled in by
// the pathway content once it exists; kept as a function so About does not
// pull the whole pathway into the first screen.
export interface ContentInfo {
  version: string;
  guidance: string;
}

let info: ContentInfo = { version: "—", guidance: "—" };

export function setContentInfo(next: ContentInfo): void {
  info = next;
}

export function useContentInfo(): ContentInfo {
  return info;
}
