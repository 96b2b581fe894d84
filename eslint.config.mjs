// ESLint 9 flat config: eslint-plugin-office-addins (its `react` config, which includes
// `recommended`: Office.js rules, prettier, eslint-plugin-react) on top of typescript-eslint.
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import tseslint from "typescript-eslint";

const SOURCE_FILES = "**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}";

/**
 * eslint-plugin-office-addins bundles an older typescript-eslint of its own. A flat config may hold
 * only one plugin object per name, so its configs are re-pointed at the project's typescript-eslint,
 * and its rule block (written for js/ts only) is widened to .tsx/.jsx.
 */
function adaptOfficeAddinsConfig(config) {
  const out = { ...config };
  if (config.plugins?.["@typescript-eslint"]) {
    out.plugins = { ...config.plugins, "@typescript-eslint": tseslint.plugin };
  }
  if (config.languageOptions?.parser) {
    out.languageOptions = { ...config.languageOptions, parser: tseslint.parser, ecmaVersion: "latest" };
  }
  if (config.files && config.rules?.["office-addins/call-sync-after-load"]) {
    out.files = [SOURCE_FILES];
  }
  return out;
}

const nodeGlobals = {
  require: "readonly",
  module: "writable",
  exports: "writable",
  process: "readonly",
  console: "readonly",
  Buffer: "readonly",
  __dirname: "readonly",
  __filename: "readonly",
  URL: "readonly",
  URLSearchParams: "readonly",
  TextEncoder: "readonly",
  TextDecoder: "readonly",
  setTimeout: "readonly",
  clearTimeout: "readonly",
  setInterval: "readonly",
  clearInterval: "readonly",
  structuredClone: "readonly",
};

// The Office.js rules guess proxies from call shapes (`x = y.getRow(1); x.value`) and misfire on
// ExcelJS and plain data. DESIGN §1 keeps Excel.* calls in src/render/office (plus the task pane and
// custom functions shells), so the rules are off where Office.js cannot appear.
const NO_OFFICE_JS = [
  "src/core/**",
  "src/plan/**",
  "src/i18n/**",
  "src/render/xlsx/**",
  "src/cli/**",
  "scripts/**",
  "bin/**",
];
const officeJsRulesOff = Object.fromEntries(
  Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "off"]),
);

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "docs/", "out/", ".tmp/"] },
  ...officeAddins.configs.react.map(adaptOfficeAddinsConfig),
  ...tseslint.configs.recommended,
  // React 18 with the automatic JSX runtime (tsconfig "jsx": "react-jsx"): no `React` in scope needed.
  react.configs.flat["jsx-runtime"],
  {
    // Build and tool scripts run in Node.
    files: ["*.{js,cjs,mjs}", "scripts/**/*.{js,cjs,mjs}", "test/**/*.{js,cjs,mjs}", "bin/**/*.{js,cjs,mjs}"],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  { files: NO_OFFICE_JS, rules: officeJsRulesOff },
  {
    // Test doubles of Office.js and CustomFunctions are untyped property bags (DESIGN §7: the mock
    // is a property bag), so `any`, `Function` and `this` aliases are allowed in tests only.
    files: ["test/**"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-function-type": "off",
      "@typescript-eslint/no-this-alias": "off",
    },
  },
  {
    // `_`-prefixed parameters and variables are deliberately unused (callbacks with fixed signatures).
    files: [SOURCE_FILES],
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
);
