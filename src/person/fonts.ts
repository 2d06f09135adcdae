// Fonts the app ships for scripts a phone may lack, subset to the characters
// the person cards use (scripts/make-fonts.ts). The CSS lists the device's own
// fonts first, so a bundled file is only downloaded when the device has no
// glyph for a character, and only on a screen showing that script.
export type BundledScript = "ethiopic" | "arabic" | "devanagari";

export const FONT_FAMILIES: Record<BundledScript, { family: string; file: (weight: number) => string }> = {
  ethiopic: { family: "Waymark Ethiopic", file: (w) => `waymark-ethiopic-${String(w)}.woff2` },
  arabic: { family: "Waymark Arabic", file: (w) => `waymark-arabic-${String(w)}.woff2` },
  devanagari: { family: "Waymark Devanagari", file: (w) => `waymark-devanagari-${String(w)}.woff2` },
};
