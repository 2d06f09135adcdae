// Whether the interface's language is a draft translation: read from the
// officer locales' meta.json (small, so bundled), shown on the start and About
// screens. A draft is never presented as reviewed.

const metas = import.meta.glob<{ status: string }>(["../../../locales/en-GB/meta.json", "../../../locales/cy/meta.json"], {
  import: "default",
  eager: true,
});

export function isDraftLocale(code: string): boolean {
  return metas[`../../../locales/${code}/meta.json`]?.status === "draft";
}
