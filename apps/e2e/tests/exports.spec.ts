import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Download, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures.ts";

/*
 * Exports from the portal, as the Mae Sot coordinator uses them: the minutes of a held meeting as a Word
 * document in Thai, the tracker's actions as CSV, and a calendar subscription to the series that stops
 * working once revoked. Downloads go through the portal's Download control (fetched with the session,
 * saved under the server's file name), so these are the files a person gets.
 */

interface Localized {
  en: string;
}

async function gql<T>(page: Page, query: string, variables = {}): Promise<T> {
  const r = await page.request.post("/graphql", { data: { query, variables } });
  const body = (await r.json()) as { data?: T; errors?: unknown };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/** The latest held Mae Sot meeting with minutes written in Thai, as the signed-in coordinator reads it. */
async function heldMaeSotMeeting(page: Page): Promise<string> {
  const { series } = await gql<{ series: { id: string; name: Localized }[] }>(
    page,
    "query ExportsSeries { series { id name { en } } }",
  );
  const maeSot = series.find((s) => s.name.en.startsWith("Mae Sot"));
  if (!maeSot) throw new Error("No Mae Sot series");
  const { meetings } = await gql<{
    meetings: {
      edges: { node: { id: string; agenda: { minutes: { language: string; body: string }[] }[] } }[];
    };
  }>(
    page,
    `query ExportsMeetings($series: ID!) {
      meetings(seriesId: $series, status: [held, minutes_draft, minutes_circulated, minutes_approved], first: 50) {
        edges { node { id agenda { minutes { language body } } } }
      }
    }`,
    { series: maeSot.id },
  );
  const withThai = meetings.edges
    .map((e) => e.node)
    .filter((m) => m.agenda.some((item) => item.minutes.some((x) => x.language === "th" && x.body.trim())));
  const latest = withThai.at(-1);
  if (!latest) throw new Error("No held Mae Sot meeting with Thai minutes");
  return latest.id;
}

/** axe-core's WCAG 2.1 A and AA violations in the part of the page `selector` names (all of it if absent). */
async function violations(page: Page, selector?: string) {
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  const result = await (selector ? builder.include(selector) : builder).analyze();
  return result.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}

const bytesOf = async (download: Download) => readFile(await download.path());

test.describe("exports", () => {
  test("the coordinator downloads the minutes in Thai and the actions, subscribes to the series' calendar and revokes it", async ({
    page,
    request,
    shot,
  }) => {
    await signIn(page, "demo-coordinator");

    // Minutes as Word, in Thai, from the keyboard.
    await page.goto(`/meetings/${await heldMaeSotMeeting(page)}`);
    await page
      .getByRole("navigation", { name: "On this page" })
      .getByRole("link", { name: "Documents" })
      .click();
    const documents = page.getByRole("region", { name: "Documents" });
    await documents.getByLabel("Language of the minutes").selectOption("th");
    await shot("documents");
    const docxLink = documents.getByRole("link", { name: "Minutes as Word (DOCX)" });
    await docxLink.focus();
    const docxDownload = page.waitForEvent("download");
    await page.keyboard.press("Enter");
    const docx = await docxDownload;
    expect(docx.suggestedFilename()).toMatch(/^minutes-[a-z0-9-]+-th\.docx$/);
    expect((await bytesOf(docx)).subarray(0, 2).toString("latin1")).toBe("PK");
    await expect(documents.getByText(`Downloaded ${docx.suggestedFilename()}.`)).toBeVisible();
    await shot("docx-downloaded");
    expect(await violations(page, ".export-block")).toEqual([]);

    // The block fits a phone.
    await page.setViewportSize({ width: 360, height: 800 });
    await documents.scrollIntoViewIfNeeded();
    const box = await documents.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
    await shot("documents-phone");
    await page.setViewportSize({ width: 1280, height: 900 });

    // The tracker's actions as CSV, with the byte order mark Excel needs to read Thai and Burmese.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Actions" }).click();
    await expect(page.getByText(/\d+ actions match/)).toBeVisible();
    await page.getByLabel("Text contains").fill("shelter");
    await expect(page.getByText(/leaves out the text search/)).toBeVisible();
    const csvLink = page.getByRole("link", { name: "Download the actions (CSV)" });
    expect(await csvLink.getAttribute("href")).not.toContain("shelter");
    const csvDownload = page.waitForEvent("download");
    await csvLink.click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect([...(await bytesOf(csv)).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await shot("actions-csv");

    // The dashboard points to the open data, which anyone may fetch.
    await page.goto("/");
    const openData = page
      .getByRole("region", { name: "Open data" })
      .getByRole("link", { name: "Open data (JSON)" });
    const aggregates = await request.get((await openData.getAttribute("href")) ?? "");
    expect(aggregates.status()).toBe(200);
    expect(aggregates.headers()["content-type"]).toMatch(/^application\/json/);

    // A calendar subscription to the series: its URL is shown once and works without a session.
    await page
      .getByRole("region", { name: "Meeting series" })
      .getByRole("link", { name: /Mae Sot/ })
      .click();
    const block = page.getByRole("region", { name: "Downloads and calendar" });
    await block.getByRole("button", { name: "Subscribe in your calendar" }).click();
    await block.getByLabel("Language of the calendar").selectOption("th");
    await block.getByRole("button", { name: "Create the calendar link" }).click();
    await expect(block.getByText(/shown only this once/)).toBeVisible();
    const url = await block.getByLabel("Calendar link").inputValue();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[^/]+\.ics$/);
    await expect(block.getByRole("link", { name: "Open in your calendar app" })).toHaveAttribute(
      "href",
      url.replace(/^http:/, "webcal:"),
    );
    await shot("feed-created");
    expect(await violations(page, ".export-feed")).toEqual([]);
    const feed = await request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toMatch(/^text\/calendar/);
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");

    // Revoked from My calendars: the URL then answers 410 Gone.
    await page.getByRole("link", { name: "My calendars" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "My calendars" })).toBeVisible();
    const card = page.getByRole("listitem").filter({ hasText: "Language: ไทย" }).first();
    await expect(card.getByText(/^Last fetched by a calendar /)).toBeVisible();
    await card.getByRole("button", { name: "Revoke" }).click();
    await shot("revoke-confirm");
    expect(await violations(page)).toEqual([]);
    await card.getByRole("button", { name: "Yes, revoke the link" }).click();
    await expect(card.getByText("The link is revoked.")).toBeVisible();
    await expect(card.getByText(/^Revoked /)).toBeVisible();
    await shot("feed-revoked");
    const gone = await request.get(url);
    expect(gone.status()).toBe(410);
  });
});
