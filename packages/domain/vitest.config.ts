import { defineConfig } from "vitest/config";

// Every test runs twice: in UTC and in Asia/Yangon (UTC+6:30), so that no rule depends on the machine's zone.
const zones = ["UTC", "Asia/Yangon"] as const;

export default defineConfig({
  test: {
    projects: [
      ...zones.map((zone) => ({
        extends: true,
        test: { name: zone, env: { TZ: zone }, include: ["src/**/*.test.ts"] },
      })),
      // The built package, used as another project would use it (needs `pnpm build` first; turbo does it).
      { extends: true, test: { name: "package", include: ["test/**/*.test.ts"], testTimeout: 60_000 } },
    ],
    reporters: ["default", ["json", { outputFile: ".test-results/vitest.json" }]],
    // Property tests expand decades of occurrences; CI runs them beside other packages on two cores.
    testTimeout: 30_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      exclude: ["src/**/*.test.ts", "src/**/index.ts"],
      reporter: ["text-summary"],
      thresholds: { lines: 90 },
    },
  },
});
