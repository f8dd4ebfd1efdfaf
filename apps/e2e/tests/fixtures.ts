import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { test as base, expect, type Page } from "@playwright/test";

/** Every demo user's password (demo mode only; see the README). */
export const DEMO_PASSWORD = "moei-demo-password";
const screenshots = join(dirname(fileURLToPath(import.meta.url)), "../.test-results/screenshots");

export const test = base.extend<{ shot: (name: string) => Promise<void> }>({
  // The server global-setup started, on whatever port was free.
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a fixture needs from this pattern.
  baseURL: async ({}, use) => {
    const url = process.env.MOEI_E2E_URL;
    if (!url) throw new Error("MOEI_E2E_URL is not set: global-setup did not run");
    await use(url);
  },
  /** Saves a full-page screenshot of this step: .test-results/screenshots/<test>-<name>.png. */
  shot: async ({ page }, use, testInfo) => {
    mkdirSync(screenshots, { recursive: true });
    const prefix = testInfo.titlePath
      .slice(1)
      .join("-")
      .replace(/[^\w-]+/g, "_")
      .slice(0, 80);
    let step = 0;
    await use(async (name) => {
      step += 1;
      await page.screenshot({
        path: join(screenshots, `${prefix}-${String(step).padStart(2, "0")}-${name}.png`),
        fullPage: true,
      });
    });
  },
});
export { expect };

/** Signs in through the form, as a person would, and waits for the signed-in frame. */
export async function signIn(page: Page, username: string): Promise<void> {
  await page.goto("/");
  await page.getByLabel(/Username|ชื่อผู้ใช้|အသုံးပြုသူအမည်/).fill(username);
  await page.getByLabel(/Password|รหัสผ่าน|စကားဝှက်/).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /Sign in|เข้าสู่ระบบ|ဝင်ရောက်ရန်/ }).click();
  await expect(page.getByRole("banner")).toBeVisible();
}
