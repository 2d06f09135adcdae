// The en-GB words, for the command-line tools (the scenario output is in
// English). Only the CLI imports this, so the app never bundles it.
import content from "../../../locales/en-GB/content.json";
import offences from "../../../locales/en-GB/offences.json";
import { contentText, offenceText, type Lookup } from "../text/contentText";

function lookupIn(tree: unknown): Lookup {
  return (key, values = {}) => {
    const plural = typeof values["count"] === "number" ? `${key}_${values["count"] === 1 ? "one" : "other"}` : undefined;
    const find = (path: string): unknown =>
      path
        .split(".")
        .reduce<unknown>(
          (node, part) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined),
          tree,
        );
    const found = (plural === undefined ? undefined : find(plural)) ?? find(key);
    if (typeof found !== "string") throw new Error(`no English text for "${key}"`);
    return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ""));
  };
}

export const ENGLISH_CONTENT = contentText(lookupIn(content));
export const ENGLISH_OFFENCES = offenceText(lookupIn(offences));
