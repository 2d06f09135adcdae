// The one-way doors between rooms (eslint-rules/layers.js), as lint enforces them.
import { RuleTester } from "eslint";
import { describe, expect, it } from "vitest";
import plugin, { layerProblem } from "../../../eslint-rules/layers.js";

describe("layers: which imports are allowed", () => {
  const allowed: [string, string][] = [
    ["src/app/App.tsx", "../encounter"],
    ["src/app/routes.ts", "../pathway"],
    ["src/main.tsx", "./app/App"],
    ["src/encounter/ui/ResultScreen.tsx", "../../pathway"],
    ["src/encounter/ui/ResultScreen.tsx", "../../ui/form"],
    ["src/encounter/ui/ResultScreen.tsx", "../../platform/navigation/Link"],
    ["src/encounter/ui/ResultScreen.tsx", "react"],
    ["src/encounter/store.ts", "../pathway"],
    ["src/encounter/store.ts", "../shared/zod"],
    ["src/encounter/routes.ts", "./ui/LiveEncounter"],
    ["src/encounter/index.ts", "react"],
    ["src/directory/browser/startImportInWorker.ts", "../../platform/security/trustedScriptUrl"],
    ["src/ui/BackLink.tsx", "../platform/navigation/history"],
    ["src/platform/i18n/i18n.ts", "../settings/settings"],
    ["src/shared/provenance.ts", "./zod"],
  ];
  it.each(allowed)("%s may import %s", (from, spec) => {
    expect(layerProblem(from, spec)).toBeNull();
  });

  const refused: [string, string, RegExp][] = [
    ["src/encounter/ui/X.tsx", "../../app/shell/quickExit", /composition root/],
    ["src/ui/X.tsx", "../app/routes", /composition root/],
    ["src/encounter/ui/X.tsx", "../../pathway/engine/decide", /only through its public src\/pathway\/index.ts/],
    ["src/directory/query/x.ts", "../../pathway/model/facts", /only through its public/],
    ["src/encounter/store.ts", "react", /must not use react/],
    ["src/pathway/engine/x.ts", "react-i18next", /must not use react-i18next/],
    ["src/directory/query/x.ts", "dexie-react-hooks", /must not use dexie-react-hooks/],
    ["src/directory/browser/x.ts", "react", /must not use react/],
    ["src/pathway/engine/x.ts", "../../ui/ProvenanceNote", /must not import src\/ui/],
    ["src/pathway/engine/x.ts", "../../platform/settings/settings", /must not import src\/platform/],
    ["src/encounter/store.ts", "./ui/EncounterContext", /must not import its screens/],
    ["src/ui/X.tsx", "../directory", /must not import one/],
    ["src/platform/x.ts", "../encounter", /must not import one/],
    ["src/platform/x.ts", "../ui/BackLink", /must not import src\/ui/],
    ["src/shared/x.ts", "../platform/clipboard", /imports only src\/shared/],
    ["src/shared/x.ts", "react", /must not use react/],
  ];
  it.each(refused)("%s may not import %s", (from, spec, message) => {
    expect(layerProblem(from, spec)).toMatch(message);
  });
});

describe("layers rule in ESLint", () => {
  const tester = new RuleTester({ languageOptions: { ecmaVersion: 2022, sourceType: "module" } });
  const rule = plugin.rules.layers;
  it("reports imports, dynamic imports and re-exports, and DOM globals in domain code", () => {
    // RuleTester throws when a case does not behave as declared.
    const run = () => {
      tester.run("layers", rule, {
        valid: [
          { code: 'import { decide } from "../pathway";', filename: "src/encounter/store.ts" },
          { code: "document.title = 'x';", filename: "src/encounter/ui/Screen.tsx" },
          { code: "const document = 1; export { document };", filename: "src/pathway/engine/x.ts" },
        ],
        invalid: [
          { code: 'import { quickExit } from "../../app/shell/quickExit";', filename: "src/encounter/ui/X.tsx", errors: 1 },
          { code: 'export { decide } from "../../pathway/engine/decide";', filename: "src/encounter/ui/X.tsx", errors: 1 },
          { code: 'const m = import("../../app/routes");', filename: "src/directory/ui/X.tsx", errors: 1 },
          { code: "export const t = document.title;", filename: "src/pathway/engine/x.ts", errors: 1 },
          { code: "localStorage.clear();", filename: "src/encounter/store.ts", errors: 1 },
        ],
      });
    };
    expect(run).not.toThrow();
  });
});
