/** Where quick exit lands: a page titled "Notes" with no sensitive words. */
export const NEUTRAL_PATH = "/notes";
