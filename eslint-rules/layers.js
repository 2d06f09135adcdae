// Rooms with one-way doors, checked on every import (static, dynamic and
// re-export) in src/. See docs/architecture.md.
//
//   src/app        the composition root: imports anything public; nothing imports it
//   src/<feature>  pathway, directory, encounter, training, person: may use
//                  platform, ui and shared, and another feature only through
//                  its index.ts
//   src/platform   browser services (navigation, settings, i18n, service worker)
//   src/ui         shared components and the form kit
//   src/shared     domain vocabulary used by all; imports nothing else
//
// Inside a feature, the domain (every file outside ui/ and browser/, except
// the entries index.ts and routes.ts) is plain TypeScript: no React, no
// i18next, no platform or ui imports, no DOM globals. browser/ holds the
// feature's adapters to browser APIs (workers, storage): no React either.
import path from "node:path";

export const FEATURES = ["pathway", "directory", "encounter", "training", "person"];
const REACT_PACKAGES = new Set(["react", "react-dom", "react-dom/client", "react-i18next", "i18next", "dexie-react-hooks"]);
const DOM_GLOBALS = new Set(["document", "window", "navigator", "localStorage", "sessionStorage", "location", "history"]);

/** Where a file sits: { room, feature?, part? } with paths relative to the project root. */
export function roomOf(rel) {
  const parts = rel.split("/");
  if (parts[0] !== "src") return { room: "outside" };
  const top = parts[1];
  // "src/main.tsx" is the entry; "src/<room>" alone is a folder import (its index).
  if (parts.length === 2 && !FEATURES.includes(top) && !["app", "platform", "ui", "shared"].includes(top))
    return { room: "entry" };
  if (top === "app" || top === "platform" || top === "ui" || top === "shared") return { room: top };
  if (FEATURES.includes(top)) {
    const inner = parts.slice(2).join("/");
    let part = "domain";
    if (inner === "" || inner === "index" || inner === "index.ts" || inner === "routes" || inner === "routes.ts") part = "entry";
    else if (parts[2] === "ui") part = "ui";
    else if (parts[2] === "browser") part = "browser";
    return { room: "feature", feature: top, part, inner };
  }
  return { room: "unknown", top };
}

function resolveTarget(fromRel, spec) {
  if (!spec.startsWith(".")) return null;
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(fromRel), spec.split("?")[0]));
  return joined.replace(/\.(tsx?|jsx?|mjs)$/, "");
}

/** The problem with importing `spec` from file `fromRel`, or null. Pure, for tests. */
export function layerProblem(fromRel, spec) {
  const from = roomOf(fromRel);
  if (from.room === "outside" || from.room === "unknown") return null;
  const domainLike = from.room === "feature" && (from.part === "domain" || from.part === "browser");
  if (!spec.startsWith(".")) {
    if ((domainLike || from.room === "shared") && REACT_PACKAGES.has(spec)) {
      return `${from.room === "shared" ? "src/shared" : `the ${from.feature} ${from.part} code`} must not use ${spec}: keep React and i18next in ui/ folders`;
    }
    return null;
  }
  const targetRel = resolveTarget(fromRel, spec);
  const to = roomOf(targetRel);
  if (to.room === "app" && from.room !== "app" && from.room !== "entry")
    return "nothing outside src/app imports it: it is the composition root";
  if (from.room === "shared" && to.room !== "shared") return "src/shared imports only src/shared";
  if ((from.room === "platform" || from.room === "ui") && to.room === "feature") {
    return `src/${from.room} serves the features and must not import one (src/${to.feature})`;
  }
  if (from.room === "platform" && to.room === "ui") return "src/platform must not import src/ui";
  if (from.room === "feature" && to.room === "feature" && to.feature !== from.feature) {
    if (to.inner !== "index" && to.inner !== "index.ts" && to.inner !== "") {
      return `import src/${to.feature} only through its public src/${to.feature}/index.ts, not ${targetRel}`;
    }
  }
  if (domainLike) {
    if (to.room === "ui") return `the ${from.feature} ${from.part} code must not import src/ui`;
    if (to.room === "platform" && from.part === "domain")
      return `the ${from.feature} domain must not import src/platform (browser services)`;
    if (to.room === "feature" && to.feature === from.feature && to.part === "ui")
      return `the ${from.feature} ${from.part} code must not import its screens`;
    if (to.room === "feature" && to.feature === from.feature && to.part === "browser" && from.part === "domain") {
      return `the ${from.feature} domain must not import its browser adapters`;
    }
  }
  return null;
}

const rule = {
  meta: {
    type: "problem",
    docs: { description: "Keeps imports flowing one way between src/app, features, platform, ui and shared." },
    schema: [],
  },
  create(context) {
    const rel = path.relative(context.cwd, context.filename).split(path.sep).join("/");
    const from = roomOf(rel);
    const check = (node, source) => {
      if (!source || typeof source.value !== "string") return;
      const problem = layerProblem(rel, source.value);
      if (problem !== null) context.report({ node, message: `${source.value}: ${problem}` });
    };
    const domain = from.room === "feature" && from.part === "domain";
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      "Program:exit"(node) {
        if (!domain) return;
        const globalScope = context.sourceCode.getScope(node);
        for (const ref of globalScope.through) {
          if (DOM_GLOBALS.has(ref.identifier.name)) {
            context.report({
              node: ref.identifier,
              message: `${ref.identifier.name}: the ${from.feature} domain has no DOM; pass what it needs in, or use a browser/ adapter`,
            });
          }
        }
      },
    };
  },
};

export default { rules: { layers: rule } };
