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

const TITLES = { en: "Meetings", th: "การประชุม", my: "အစည်းအဝေးများ" } as const;
const SERIES_REGION = { en: "Meeting series", th: "ชุดการประชุม", my: "အစည်းအဝေး အစဉ်များ" } as const;

/**
 * The language switcher saves the user's language on the server; put English back after each test, even
 * one that failed half-way, so that the other specs find the demo coordinator as they expect.
 */
async function restoreEnglish(page: Page) {
  await page.request.post("/graphql", {
    data: { query: "mutation { setMyLanguage(language: en) { __typename } }" },
  });
}

test.describe("WCAG 2.1 AA (axe-core)", () => {
  test.afterEach(async ({ page }) => restoreEnglish(page));

  test("the sign-in page has no violations", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  // One test per language: each visits eleven pages and scans them, within its own time limit.
  for (const language of ["en", "th", "my"] as const) {
    test(`every page has no violations, in ${language}`, async ({ page }) => {
      await signIn(page, "demo-coordinator");
      await page.goto("/");
      await page.getByRole("banner").getByRole("combobox").selectOption(language);
      await expect(page.getByRole("heading", { level: 1, name: TITLES[language] })).toBeVisible();
      expect({ language, page: "home", found: await violations(page) }).toEqual({
        language,
        page: "home",
        found: [],
      });

      // The coordinator's own series (Mae Sot) comes first among the series.
      await page.getByRole("region", { name: SERIES_REGION[language] }).getByRole("link").first().click();
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
    });
  }
});
