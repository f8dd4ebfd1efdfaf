import { expect, signIn, test } from "./fixtures.ts";

test.describe("the portal frame", () => {
  test("signs in, shows the series, switches language and remembers it", async ({ page, shot }) => {
    const refused: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") refused.push(message.text());
    });
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await shot("sign-in");

    await page.getByLabel("Username").fill("demo-coordinator");
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert")).toContainText("not right");
    await expect(page.getByLabel("Username")).toHaveValue("demo-coordinator");

    await signIn(page, "demo-coordinator");
    await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Meeting series" }).getByText("Series you coordinate"),
    ).toBeVisible();
    await shot("home");

    await page.getByRole("combobox", { name: "Language" }).selectOption("th");
    await expect(page.getByRole("heading", { level: 1, name: "การประชุม" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "การประชุม" })).toBeVisible();
    await shot("home-thai");
    await page.getByRole("combobox", { name: "ภาษา" }).selectOption("en");
    await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
    // The Content-Security-Policy allows no inline script or style: nothing may have been refused.
    expect(refused.filter((text) => text.includes("Content Security Policy"))).toEqual([]);
  });

  test("fits a 360 px phone", async ({ page, shot }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signIn(page, "demo-member");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shot("home-phone");

    await page.getByRole("region", { name: "Upcoming meetings" }).getByRole("link").first().click();
    await expect(page.getByRole("navigation", { name: "On this page" })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shot("meeting-phone");
  });

  test("is usable from the keyboard: skip link first, focus visible", async ({ page }) => {
    await signIn(page, "demo-observer");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe("solid");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#content$/);
  });
});
