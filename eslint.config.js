// Flat ESLint config. Every rule is an error or off (STYLE.md §8): a warning is a review comment nobody reads.
import js from "@eslint/js";
import comments from "@eslint-community/eslint-plugin-eslint-comments/configs";
import vitest from "@vitest/eslint-plugin";
import prettier from "eslint-config-prettier";
import checkFile from "eslint-plugin-check-file";
import {
  createNodeResolver,
  flatConfigs as importX,
} from "eslint-plugin-import-x";
import jestDom from "eslint-plugin-jest-dom";
import jsxA11y from "eslint-plugin-jsx-a11y";
import reactHooks from "eslint-plugin-react-hooks";
import testingLibrary from "eslint-plugin-testing-library";
import globals from "globals";
import tseslint from "typescript-eslint";

const testFiles = ["**/*.test.{ts,tsx}", "tests/**/*.{ts,tsx}"];

export default tseslint.config(
  { ignores: ["dist", "dist-ssr", "coverage", "node_modules", ".tmp"] },
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  importX.recommended,
  importX.typescript,
  {
    settings: {
      "import-x/resolver-next": [
        createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] }),
      ],
    },
  },
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.strict,
  comments.recommended,
  {
    plugins: { "check-file": checkFile },
    rules: {
      "@eslint-community/eslint-comments/require-description": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/restrict-template-expressions": [
        "error",
        { allowNumber: true },
      ],
      "import-x/no-cycle": "error",
      "import-x/no-default-export": "error",
      "import-x/no-duplicates": "error",
      "import-x/no-named-as-default": "error",
      "import-x/no-named-as-default-member": "off", // false positives on CommonJS-shaped packages
      "import-x/no-unresolved": "off", // TypeScript resolves imports (and knows virtual modules)
      "no-restricted-syntax": [
        "error",
        {
          selector: "TSEnumDeclaration",
          message: "Use a union of string literals.",
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Article text is always rendered as text, never as HTML.",
        },
      ],
      "check-file/filename-naming-convention": [
        "error",
        { "**/*.{ts,tsx,js,css}": "KEBAB_CASE" },
        { ignoreMiddleExtensions: true },
      ],
      "check-file/folder-naming-convention": [
        "error",
        { "{src,tooling,tests}/**/": "KEBAB_CASE" },
      ],
      // Dependencies run one way: content → highlights/preferences → ui → routes (STYLE.md §2).
      "import-x/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./src/content",
              from: "./src",
              except: ["./content"],
              message:
                "content/ is the pure core: it imports nothing else from src/.",
            },
            {
              target: "./src/content",
              from: "./tooling",
              message: "content/ never imports build code.",
            },
            {
              target: [
                "./src/highlights",
                "./src/preferences",
                "./src/progress",
                "./src/keyboard",
                "./src/storage",
                "./src/dom",
              ],
              from: ["./src/ui", "./src/routes", "./src/routes.tsx"],
              message: "State modules sit below the UI.",
            },
            {
              target: "./src/ui",
              from: [
                "./src/routes",
                "./src/routes.tsx",
                "./src/highlights/highlight-store.ts",
                "./src/highlights/use-highlights.ts",
                "./src/preferences/preference-store.ts",
                "./src/preferences/use-preferences.ts",
                "./src/preferences/use-applied-preferences.ts",
                "./src/progress/progress-store.ts",
                "./src/progress/use-progress.ts",
                "./src/keyboard/use-shortcuts.ts",
                "./src/keyboard/move-focus.ts",
              ],
              message:
                "ui/ is presentational: state arrives through props from routes/.",
            },
            {
              target: "./src",
              from: "./tooling",
              message: "Build code stays out of the app bundle.",
            },
            {
              target: "./tooling",
              from: "./src",
              except: ["./content"],
              message:
                "tooling/ uses the pure content core only; the app reaches it through the SSR bundle.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/content/**"],
    rules: {
      "max-lines": [
        "error",
        { max: 300, skipBlankLines: true, skipComments: true },
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["node:*"], message: "content/ runs in the browser too." },
            {
              group: ["react", "react-dom", "react-dom/*", "react-router"],
              message: "content/ knows no UI.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        ...[
          "window",
          "document",
          "localStorage",
          "sessionStorage",
          "navigator",
          "location",
          "fetch",
        ].map((name) => ({
          name,
          message: "content/ is pure: no DOM, no I/O.",
        })),
      ],
    },
  },
  {
    files: ["src/ui/**", "src/routes/**"],
    ignores: ["**/*.test.tsx"],
    rules: {
      "max-lines": [
        "error",
        { max: 200, skipBlankLines: true, skipComments: true },
      ],
    },
  },
  {
    files: [
      "tooling/**",
      "tests/build/**",
      "tests/e2e/**",
      "tests/content/**",
      "tests/support/site-setup.ts",
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Tools that require a default export.
    files: ["*.config.{js,ts}", "tests/support/site-setup.ts"],
    rules: { "import-x/no-default-export": "off" },
  },
  {
    files: testFiles,
    ...vitest.configs.recommended,
    rules: {
      ...vitest.configs.recommended.rules,
      "vitest/expect-expect": "error",
      "vitest/no-focused-tests": "error",
      "vitest/no-disabled-tests": "error",
      "vitest/valid-title": "error",
      "vitest/no-standalone-expect": [
        "error",
        { additionalTestBlockFunctions: ["test.prop", "it.prop"] },
      ],
    },
  },
  {
    files: ["src/**/*.test.tsx", "tests/unit/**", "tests/support/render.tsx"],
    ...testingLibrary.configs["flat/react"],
  },
  {
    files: ["src/**/*.test.tsx", "tests/unit/**"],
    ...jestDom.configs["flat/recommended"],
  },
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
  prettier,
);
