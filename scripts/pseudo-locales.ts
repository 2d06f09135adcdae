// Generates the pseudo-locales from the en-GB base:
//   en-XA: accented and ~40% longer, in [brackets] so clipped text shows;
//   ar-XB: the same text mirrored with right-to-left marks, rendered dir=rtl.
// Interpolations ({{name}}) and i18next nesting ($t(...)) are left intact.
// `--check` exits 1 if the committed files are out of date (run by tests).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { pseudoLocalise, type PseudoKind } from "./pseudoLocalise";

const root = fileURLToPath(new URL("../locales/", import.meta.url));
const check = process.argv.includes("--check");

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function transform(value: Json, kind: PseudoKind): Json {
  if (typeof value === "string") return pseudoLocalise(value, kind);
  if (Array.isArray(value)) return value.map((v) => transform(v, kind));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, transform(v, kind)]));
  }
  return value;
}

let stale = 0;
for (const [code, kind] of [
  ["en-XA", "long"],
  ["ar-XB", "rtl"],
] as const) {
  mkdirSync(`${root}${code}`, { recursive: true });
  for (const file of readdirSync(`${root}en-GB`).filter((f) => f.endsWith(".json"))) {
    const base = JSON.parse(readFileSync(`${root}en-GB/${file}`, "utf8")) as Json;
    const text = `${JSON.stringify(transform(base, kind), null, 2)}\n`;
    const target = `${root}${code}/${file}`;
    if (check) {
      let current = "";
      try {
        current = readFileSync(target, "utf8");
      } catch {
        // missing counts as stale
      }
      if (current !== text) {
        stale++;
        console.error(`${code}/${file} is out of date: run npx tsx scripts/pseudo-locales.ts`);
      }
    } else {
      writeFileSync(target, text);
    }
  }
}
if (check && stale > 0) process.exit(1);
if (!check) console.log("pseudo-locales written");
