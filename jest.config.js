/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // Type checking is done once by `tsc --noEmit` (npm run typecheck); ts-jest only transpiles here.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest, whose main entry pulls ESM-only packages.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  reporters: ["default", "<rootDir>/test/support/summaryLineReporter.js"],
  testTimeout: 30000,
};
