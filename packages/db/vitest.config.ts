import { defineConfig } from "vitest/config";

// Resolve @moei/domain to its TypeScript source (the "@moei/source" export condition), so tests run
// against the domain as it is in the working tree.
const conditions = ["@moei/source", "node", "import", "module", "default"];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: ".test-results/vitest.json" }]],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
