import { defineConfig } from "@playwright/test";

// Debian's Chromium, never a downloaded browser; these flags keep it off the network (no update, sync or
// DNS lookups beyond 127.0.0.1), as measured in shared/toolchain.md.
const args = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
];

export default defineConfig({
  testDir: "./tests",
  // One server, one database: the scenarios build on each other's data, in order.
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  globalSetup: "./global-setup.ts",
  outputDir: ".test-results/artifacts",
  reporter: [["list"], ["json", { outputFile: ".test-results/playwright.json" }]],
  use: {
    browserName: "chromium",
    viewport: { width: 1280, height: 900 },
    locale: "en-GB",
    timezoneId: "Asia/Bangkok",
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args },
  },
});
