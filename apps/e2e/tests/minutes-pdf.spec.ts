import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures.ts";
import { readPdf, squeeze } from "./pdf-text.ts";

/*
 * Minutes as PDF: the server prints the portal's print view with Chromium, as the requester. The PDF is
 * fetched as a signed-in coordinator would download it, and its text read back (see pdf-text.ts for why
 * the text needs Skia's ActualText to come out in logical order for Thai and Burmese).
 */

interface Localized {
  en: string;
  th: string | null;
  my: string | null;
}
interface HeldMeeting {
  id: string;
  title: Localized | null;
  agenda: { minutes: { language: string; body: string }[] }[];
}

async function gql<T>(request: APIRequestContext, query: string, variables = {}): Promise<T> {
  const r = await request.post("/graphql", { data: { query, variables } });
  const body = (await r.json()) as { data?: T; errors?: unknown };
  expect(r.status(), JSON.stringify(body.errors)).toBe(200);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** A held Mae Sot meeting whose minutes are written in Thai and in Burmese, as the coordinator reads it. */
async function maeSotMeeting(page: Page) {
  const { series } = await gql<{ series: { id: string; name: Localized }[] }>(
    page.request,
    "query PdfSeries { series { id name { en th my } } }",
  );
  const maeSot = series.find((s) => s.name.en.startsWith("Mae Sot"));
  if (!maeSot) throw new Error("No Mae Sot series");
  const { meetings } = await gql<{ meetings: { edges: { node: HeldMeeting }[] } }>(
    page.request,
    `query PdfMeetings($series: ID!) {
      meetings(seriesId: $series, status: [minutes_circulated, minutes_approved], first: 5) {
        edges { node { id title { en th my } agenda { minutes { language body } } } }
      }
    }`,
    { series: maeSot.id },
  );
  const written = (m: HeldMeeting, language: string) =>
    m.agenda.flatMap((item) => item.minutes.filter((x) => x.language === language && x.body.trim()));
  const meeting = meetings.edges
    .map((e) => e.node)
    .find((m) => written(m, "th").length > 1 && written(m, "my").length > 1);
  if (!meeting) throw new Error("No Mae Sot meeting with minutes in Thai and Burmese");
  return {
    id: meeting.id,
    name: {
      th: meeting.title?.th ?? maeSot.name.th ?? "",
      my: meeting.title?.my ?? maeSot.name.my ?? "",
    },
    thai: written(meeting, "th").map((m) => m.body),
    burmese: written(meeting, "my").map((m) => m.body),
  };
}

/** A Thai sentence: Thai separates sentences with a space, so the longest run between spaces. */
const thaiSentence = (body: string) =>
  body
    .split(/\s+/)
    .sort((a, b) => b.length - a.length)
    .at(0) ?? "";

/** The first sentence of a Burmese text, which ends with ။. */
const burmeseSentence = (body: string) => `${body.split("။")[0]?.trim()}။`;

async function downloadPdf(page: Page, meetingId: string, lang: "th" | "my") {
  const started = performance.now();
  const r = await page.request.get(`/export/meetings/${meetingId}/minutes.pdf?lang=${lang}`, {
    timeout: 60_000,
  });
  const ms = Math.round(performance.now() - started);
  expect(r.status(), await r.text().catch(() => "")).toBe(200);
  expect(r.headers()["content-type"]).toBe("application/pdf");
  expect(r.headers()["cache-control"]).toBe("private, no-store");
  expect(r.headers()["content-disposition"]).toMatch(
    new RegExp(
      `^attachment; filename="minutes-mae-sot-ngo-cbo-monthly-coordination-meeting-\\d+(st|nd|rd|th)-${lang}\\.pdf"`,
    ),
  );
  const bytes = await r.body();
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const pdf = await readPdf(bytes);
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  test.info().annotations.push({
    type: `minutes.pdf?lang=${lang}`,
    description: `${pdf.pages} pages, ${bytes.length} bytes, ${ms} ms; fonts ${pdf.fonts.join(", ")}`,
  });
  return pdf;
}

test.describe("minutes as PDF", () => {
  test("a coordinator downloads the minutes of a Mae Sot meeting in Thai and in Burmese, with the text in order", async ({
    page,
    browser,
  }) => {
    await signIn(page, "demo-coordinator");
    const meeting = await maeSotMeeting(page);
    const { me } = await gql<{ me: { id: string } }>(page.request, "{ me { id } }");
    const since = new Date().toISOString();

    const thai = await downloadPdf(page, meeting.id, "th");
    // The self-hosted Noto fonts are embedded; the page numbers use the system's font (the footer
    // template cannot load the page's fonts).
    expect(thai.fonts).toEqual(expect.arrayContaining(["NotoSansThai-Regular", "NotoSans-Regular"]));
    expect(squeeze(thai.text)).toContain(squeeze(meeting.name.th));
    expect(squeeze(thai.text)).toContain(squeeze("รายงานการประชุม"));
    for (const body of meeting.thai.slice(0, 2)) {
      expect(squeeze(thai.text)).toContain(squeeze(thaiSentence(body)));
    }

    const burmese = await downloadPdf(page, meeting.id, "my");
    expect(burmese.fonts).toEqual(expect.arrayContaining(["NotoSansMyanmar-Regular", "NotoSans-Regular"]));
    expect(squeeze(burmese.text)).toContain(squeeze(meeting.name.my));
    for (const body of meeting.burmese.slice(0, 2)) {
      expect(squeeze(burmese.text)).toContain(squeeze(burmeseSentence(body)));
    }
    // No Thai in the Burmese copy: the labels, dates and minutes are all in the language asked for.
    expect(burmese.text).not.toMatch(/[\u0E00-\u0E7F]/);
    // What pdf.js alone reads: glyphs in drawing order (ေ before its consonant), some clusters lost.
    test.info().annotations.push({
      type: "pdf.js without ActualText",
      description: `Burmese sentence found: ${squeeze(burmese.glyphText).includes(squeeze(burmeseSentence(meeting.burmese[0] ?? "")))}`,
    });

    // The audit log, read by an admin: one entry per PDF with its language, and the browser's
    // short-lived sessions, each deleted after its render.
    const admin = await browser.newPage();
    await signIn(admin, "demo-admin");
    const entries = async (operation: string) =>
      (
        await gql<{ auditLog: { edges: { node: { at: string; after: string | null } }[] } }>(
          admin.request,
          `query Audit($actor: ID!, $operation: String!, $from: Instant!) {
            auditLog(actorId: $actor, operation: $operation, from: $from, first: 10) {
              edges { node { at after } }
            }
          }`,
          { actor: me.id, operation, from: since },
        )
      ).auditLog.edges.map((e) => ({ at: e.node.at, after: JSON.parse(e.node.after ?? "{}") }));
    const exports = await entries("export.pdf.minutes");
    expect(exports.map((e) => e.after).sort((a, b) => (a.lang < b.lang ? 1 : -1))).toEqual([
      { lang: "th" },
      { lang: "my" },
    ]);
    const sessions = await entries("session.create");
    expect(sessions.map((e) => Date.parse(e.after.expiresAt) - Date.parse(e.at))).toEqual([120_000, 120_000]);
    expect(await entries("session.delete")).toHaveLength(2);
    await admin.close();
  });

  test("one render at a time: beyond the queue, the server answers 503 EXPORT.BUSY", async ({ page }) => {
    await signIn(page, "demo-coordinator");
    const meeting = await maeSotMeeting(page);
    const answers = await Promise.all(
      Array.from({ length: 7 }, () =>
        // Five renders one after another: longer than one action may take.
        page.request.get(`/export/meetings/${meeting.id}/minutes.pdf?lang=en`, { timeout: 90_000 }),
      ),
    );
    const ok = answers.filter((r) => r.status() === 200);
    const busy = answers.filter((r) => r.status() === 503);
    // One rendering and four waiting are served; the two beyond are refused at once.
    expect([ok.length, busy.length]).toEqual([5, 2]);
    for (const r of busy) expect(await r.text()).toMatch(/^Many documents are being prepared/);
    for (const r of ok) expect((await r.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  test("an anonymous request gets 401 and no PDF", async ({ page, request }) => {
    await signIn(page, "demo-coordinator");
    const meeting = await maeSotMeeting(page);
    const r = await request.get(`/export/meetings/${meeting.id}/minutes.pdf?lang=th&ui=th`);
    expect(r.status()).toBe(401);
    expect(r.headers()["content-type"]).toMatch(/^text\/plain/);
    expect(await r.text()).toMatch(/[\u0E00-\u0E7F]/);
  });
});
