// Lint rules for the whole tree (docs/decisions/011-lint-and-format.md). Formatting is Prettier's
// job, so no rule here is about layout.
import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import simpleImportSort from "eslint-plugin-simple-import-sort";
import globals from "globals";
import tseslint from "typescript-eslint";

// "Now" comes from app/utils/clock.server.ts only (docs/decisions/010-one-clock.md).
const oneClock = [
  "error",
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: "Read the time from ~/utils/clock.server (clock.now()), not new Date().",
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: "Read the time from ~/utils/clock.server (clock.nowMs()), not Date.now().",
  },
];

export default tseslint.config(
  { ignores: ["build/", "public/build/", ".cache/", "data/", "node_modules/", "test-results/", "playwright-report/", "tests/.tmp/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "simple-import-sort": simpleImportSort },
    rules: {
      "simple-import-sort/imports": "error",
      "simple-import-sort/exports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "smart"],
    },
  },
  {
    files: ["app/**/*.tsx"],
    ...react.configs.flat.recommended,
    ...react.configs.flat["jsx-runtime"],
    settings: { react: { version: "18.3" } },
  },
  {
    files: ["app/**/*.tsx"],
    plugins: { "react-hooks": reactHooks, "jsx-a11y": jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      "react/prop-types": "off",
      // A scrollable table region must be reachable by keyboard to scroll it (WCAG 2.1.1).
      "jsx-a11y/no-noninteractive-tabindex": ["error", { roles: ["region"], tags: [] }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "db/seed.ts", "db/schema.ts"],
    ignores: ["app/utils/clock.server.ts", "app/components/**"],
    rules: { "no-restricted-syntax": oneClock },
  },
  {
    // Playwright reads a fixture's dependencies from its first parameter: `async ({}, use)` is how
    // a fixture says it needs none.
    files: ["tests/e2e/**/*.ts"],
    rules: { "no-empty-pattern": ["error", { allowObjectPatternsAsParameters: true }] },
  },
);
