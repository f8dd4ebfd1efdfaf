import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

// Resolve @moei/* to their TypeScript source (the "@moei/source" export condition). Vitest hands these to
// Node as --conditions too, where "import" or "module" would make require() inside CommonJS packages load
// their ESM build (@fastify/helmet's require("helmet") would get a namespace, not the function).
const conditions = ["@moei/source", "node"];
// graphql ships both index.mjs and index.js; Pothos and Apollo load the CommonJS one through Node, so
// tests must too, or two copies of graphql meet ("Cannot use GraphQLObjectType from another module").
const graphql = createRequire(import.meta.url).resolve("graphql");

export default defineConfig({
  resolve: { conditions, alias: [{ find: /^graphql$/, replacement: graphql }] },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ["test/**/*.test.ts"],
    reporters: ["default", ["json", { outputFile: ".test-results/vitest.json" }]],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
