// The version of the built-in guidance content, on its own so the app shell
// can read it without loading the content. Bump it whenever any content file
// changes: saved encounters from another version are discarded.
export const CONTENT_VERSION = "2026.12.02-1";
