// Type-aware lint for the whole project. The bans below back the CSP and
// the "no HTML from content" rule: content packs are untrusted text.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import waymark from "./eslint-rules/layers.js";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "dev-dist/", ".tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Three programs: the app (DOM only), unit tests (DOM + Node),
        // and Node-side tooling (configs, scripts, browser-test driver).
        project: ["./tsconfig.json", "./tsconfig.test.json", "./tsconfig.node.json"],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { "react-hooks": reactHooks, waymark },
    rules: {
      // One-way doors between src/app, features, platform, ui and shared (eslint-rules/layers.js).
      "waymark/layers": "error",
      ...reactHooks.configs.recommended.rules,
      "no-eval": "error",
      "no-implied-eval": "off",
      "@typescript-eslint/no-implied-eval": "error",
      "no-new-func": "error",
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Content is untrusted text: never render it as HTML.",
        },
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: "Use textContent; content is untrusted text.",
        },
      ],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/consistent-type-definitions": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
);
