import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures.ts";

/** axe-core's WCAG 2.1 A and AA rules (contrast included) on the page as it is now. */
async function violations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  // The rules did run: contrast, labels, names and structure were checked and passed somewhere on the page.
  expect(result.passes.map((p) => p.id)).toEqual(
    expect.arrayContaining(["color-contrast", "document-title"]),
  );
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(" ")),
  }));
}

test.describe("WCAG 2.1 AA (axe-core)", () => {
  test("every page has no violations, in English, Thai and Burmese", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    expect(await violations(page)).toEqual([]);

    await signIn(page, "demo-coordinator");
    const titles = { en: "Meetings", th: "การประชุม", my: "အစည်းအဝေးများ" } as const;
    const seriesRegion = { en: "Meeting series", th: "ชุดการประชุม", my: "အစည်းအဝေး အစဉ်များ" } as const;
    for (const language of ["en", "th", "my"] as const) {
      await page.goto("/");
      await page.getByRole("banner").getByRole("combobox").selectOption(language);
      await expect(page.getByRole("heading", { level: 1, name: titles[language] })).toBeVisible();
      expect({ language, page: "home", found: await violations(page) }).toEqual({
        language,
        page: "home",
        found: [],
      });

      // The coordinator's own series (Mae Sot) comes first among the series.
      await page.getByRole("region", { name: seriesRegion[language] }).getByRole("link").first().click();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("table").first()).toBeVisible();
      expect({ language, page: "series", found: await violations(page) }).toEqual({
        language,
        page: "series",
        found: [],
      });

      await page
        .getByRole("link", { name: /^Open meeting|เปิด|ဖွင့်/ })
        .first()
        .click();
      await expect(page.getByRole("navigation").last()).toBeVisible();
      expect({ language, page: "meeting", found: await violations(page) }).toEqual({
        language,
        page: "meeting",
        found: [],
      });

      await page.goto(`${page.url()}/print`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect({ language, page: "print", found: await violations(page) }).toEqual({
        language,
        page: "print",
        found: [],
      });

      // The partners' pages, each with its data loaded (a table, a list or the search box).
      for (const path of ["/actions", "/agreements", "/organizations", "/search"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(
          page.getByRole("table").or(page.getByRole("list")).or(page.getByRole("searchbox")).first(),
        ).toBeVisible();
        expect({ language, page: path, found: await violations(page) }).toEqual({
          language,
          page: path,
          found: [],
        });
      }
      await page.goto("/agreements");
      await page.getByRole("main").getByRole("link").first().click();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect({ language, page: "agreement", found: await violations(page) }).toEqual({
        language,
        page: "agreement",
        found: [],
      });
    }
    await page.goto("/");
    await page.getByRole("banner").getByRole("combobox").selectOption("en");
    await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  });
});
