import { createRequire } from "node:module";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Component tests render in jsdom and talk to the real server (started in the same process, on 127.0.0.1),
// so the server's own resolution applies: @moei/* from TypeScript source, graphql from its CommonJS entry.
const conditions = ["@moei/source", "node"];
const graphql = createRequire(import.meta.url).resolve("graphql");

export default defineConfig({
  plugins: [react()],
  resolve: { conditions, alias: [{ find: /^graphql$/, replacement: graphql }] },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    environment: "jsdom",
    setupFiles: ["test/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    reporters: ["default", ["json", { outputFile: ".test-results/vitest.json" }]],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
