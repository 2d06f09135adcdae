// Pseudo-locales for testing: en-XA (accented, about 40% longer, in
// brackets, so clipped text shows) and ar-XB (right-to-left marks, rendered
// dir=rtl). Interpolations, nesting and tags are left intact.
export type PseudoKind = "long" | "rtl";

const ACCENTS: Record<string, string> = {
  a: "á",
  b: "ƀ",
  c: "ç",
  d: "ð",
  e: "é",
  f: "ƒ",
  g: "ĝ",
  h: "ĥ",
  i: "í",
  j: "ĵ",
  k: "ķ",
  l: "ļ",
  m: "ɱ",
  n: "ñ",
  o: "ó",
  p: "þ",
  q: "ǫ",
  r: "ŕ",
  s: "š",
  t: "ţ",
  u: "ú",
  v: "ṽ",
  w: "ŵ",
  x: "ẋ",
  y: "ý",
  z: "ž",
  A: "Á",
  B: "Ɓ",
  C: "Ç",
  D: "Ð",
  E: "É",
  F: "Ƒ",
  G: "Ĝ",
  H: "Ĥ",
  I: "Í",
  J: "Ĵ",
  K: "Ķ",
  L: "Ļ",
  M: "Ṁ",
  N: "Ñ",
  O: "Ó",
  P: "Þ",
  Q: "Ǫ",
  R: "Ŕ",
  S: "Š",
  T: "Ţ",
  U: "Ú",
  V: "Ṽ",
  W: "Ŵ",
  X: "Ẋ",
  Y: "Ý",
  Z: "Ž",
};

// Tokens that must survive untouched: {{interpolation}}, $t(nesting), <0>tags</0>.
const PROTECTED = /(\{\{[^}]+\}\}|\$t\([^)]*\)|<\/?\d+>)/;

/** Pseudo-localises one string; `long` pads it by ~40%, `rtl` wraps it in right-to-left marks. */
export function pseudoLocalise(text: string, kind: PseudoKind): string {
  const parts = text.split(PROTECTED);
  const body = parts.map((part, i) => (i % 2 === 1 ? part : part.replace(/[A-Za-z]/g, (ch) => ACCENTS[ch] ?? ch))).join("");
  if (kind === "rtl") return `\u202B${body}\u202C`;
  const letters = text.replace(new RegExp(PROTECTED.source, "g"), "").length;
  const pad = "~".repeat(Math.max(1, Math.round(letters * 0.4)));
  return `[${body} ${pad}]`;
}

/** Pseudo-localises every string in a translation file. */
export function pseudoLocaliseTree(value: unknown, kind: PseudoKind): unknown {
  if (typeof value === "string") return pseudoLocalise(value, kind);
  if (Array.isArray(value)) return value.map((v: unknown) => pseudoLocaliseTree(v, kind));
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoLocaliseTree(v, kind)]));
  }
  return value;
}
