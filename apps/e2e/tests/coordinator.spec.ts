import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures.ts";

/** Wall-clock date and time in Bangkok (UTC+7, no daylight saving) `hoursFromNow` hours from now. */
function bangkok(hoursFromNow: number): { date: string; time: string } {
  const local = new Date(Date.now() + (hoursFromNow + 7) * 3_600_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

async function scheduleMaeSotMeeting(page: Page, when: { date: string; time: string }, venue: string) {
  const form = page.getByRole("form", { name: "Schedule a meeting" });
  await form.getByLabel("Date").fill(when.date);
  await form.getByLabel("Start time").fill(when.time);
  await form.getByLabel("Venue").fill(venue);
  await form.getByRole("button", { name: "Schedule the meeting" }).click();
  await expect(page).toHaveURL(/\/meetings\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

async function openMaeSotSeries(page: Page) {
  await page.goto("/");
  await page
    .getByRole("region", { name: "Meeting series" })
    .getByRole("link", { name: /Mae Sot/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: /Mae Sot/ })).toBeVisible();
}

test.describe("a coordinator runs the monthly Mae Sot meeting", () => {
  test("schedule, invite, attendance, minutes in Thai and Burmese, decisions, actions, circulate, approve; the next meeting brings the actions back", async ({
    page,
    shot,
  }) => {
    await signIn(page, "demo-coordinator");
    await openMaeSotSeries(page);
    await expect(page.getByRole("heading", { name: "Members (24)" })).toBeVisible();
    await shot("series");

    // Scheduled to have started two hours ago, so it can be held and minuted now.
    await scheduleMaeSotMeeting(page, bangkok(-2), "Mae Sot, IOM sub-office meeting room");
    const meetingUrl = page.url();
    await shot("scheduled");

    const invitations = page.getByRole("region", { name: "Invitations" });
    await invitations.getByRole("button", { name: "Invite all series members" }).click();
    await expect(invitations.getByText(/24 organizations invited/).first()).toBeVisible();
    await shot("invited");

    // The agenda: two items to minute.
    const agenda = page.getByRole("region", { name: "Agenda" });
    for (const title of ["Referral of cases to shelters", "Health services for migrant workers"]) {
      await agenda.getByRole("button", { name: "Add an agenda item" }).click();
      const form = agenda.getByRole("form", { name: "New agenda item" });
      await form.getByLabel(/^Title \(/).fill(title);
      await form.getByRole("button", { name: "Save the item" }).click();
      await expect(agenda.getByText(`“${title}” is added to the agenda.`)).toBeVisible();
    }
    await shot("agenda");

    await page.getByRole("button", { name: "Mark as held" }).click();
    await expect(page.getByText("The meeting is marked as held.")).toBeVisible();

    const attendance = page.getByRole("region", { name: "Attendance" });
    await attendance.getByRole("button", { name: "Mark all present" }).click();
    await attendance.getByRole("textbox").first().fill("Naw Say Paw, Ko Min Thu");
    await attendance.getByRole("button", { name: "Save attendance" }).click();
    await expect(attendance.getByText("Attendance saved.")).toBeVisible();
    await expect(page.getByText(/Quorum met|attended/).first()).toBeVisible();
    await shot("attendance");

    // Minutes of the first item in Thai and in Burmese, saved automatically.
    const minutes = page.getByRole("region", { name: "Minutes" });
    await minutes.getByRole("tab", { name: "Thai" }).first().click();
    await minutes
      .getByLabel("Minutes of item 1 in Thai")
      .fill("ที่ประชุมรับทราบสถานการณ์การส่งต่อผู้เสียหายไปยังบ้านพักเด็กและครอบครัวจังหวัดตาก");
    await expect(
      minutes
        .getByRole("status")
        .filter({ hasText: /Saved at/, visible: true })
        .first(),
    ).toBeVisible();
    await minutes.getByRole("tab", { name: "Burmese" }).first().click();
    await minutes
      .getByLabel("Minutes of item 1 in Burmese")
      .fill("အစည်းအဝေးသည် ကယ်ဆယ်ရေးစခန်းများသို့ လွှဲပြောင်းပေးမှု အခြေအနေကို သိရှိခဲ့သည်။");
    await expect(
      minutes
        .getByRole("status")
        .filter({ hasText: /Saved at/, visible: true })
        .first(),
    ).toBeVisible();
    await shot("minutes");

    const decisions = page.getByRole("region", { name: "Decisions" });
    for (const text of [
      "Shelters confirm places within three working days of a referral.",
      "The health working group meets before the next coordination meeting.",
    ]) {
      await decisions.getByLabel("Decision in English").fill(text);
      await decisions.getByRole("button", { name: "Add decision" }).click();
      await expect(decisions.getByText(text)).toBeVisible();
    }
    await shot("decisions");

    const actions = page.getByRole("region", { name: "Actions agreed" });
    const agreed = [
      "Share the updated shelter contact list with all members",
      "Map health services for migrant workers in Phop Phra",
      "Draft the referral form in Thai and Burmese",
    ];
    for (const [index, text] of agreed.entries()) {
      await actions.getByLabel("What will be done").fill(text);
      await actions
        .getByRole("group", { name: "Owner organizations" })
        .getByRole("checkbox")
        .nth(index + 1)
        .check();
      await actions.getByLabel("Due date").fill(bangkok(24 * 20).date);
      await actions.getByRole("button", { name: "Add action" }).click();
      await expect(actions.getByRole("cell", { name: text })).toBeVisible();
    }
    await shot("actions");

    // Writing minutes opened the draft; before circulating, the page lists the languages still missing.
    const steps = page.getByRole("region", { name: "Meeting steps" });
    await expect(
      steps.getByRole("heading", { name: "Before circulating: minutes still missing" }),
    ).toBeVisible();
    await expect(steps.getByText(/^1\. Referral of cases to shelters: missing in/)).not.toContainText("Thai");
    await page.getByRole("button", { name: "Circulate the minutes" }).click();
    await expect(page.getByText("The minutes are circulated.")).toBeVisible();
    await page.getByRole("button", { name: "Approve the minutes" }).click();
    await expect(page.getByText("The minutes are approved.")).toBeVisible();
    await shot("approved");

    await page.goto(`${meetingUrl}/print`);
    await expect(page.getByText("Naw Say Paw, Ko Min Thu")).toBeVisible();
    await page.getByLabel("Language of the minutes").selectOption("th");
    await expect(page.getByText(/ที่ประชุมรับทราบสถานการณ์การส่งต่อผู้เสียหาย/)).toBeVisible();
    await shot("print");

    // The next meeting: the three open actions come back under matters arising.
    await openMaeSotSeries(page);
    await scheduleMaeSotMeeting(page, bangkok(24 * 30), "Mae Sot, IOM sub-office meeting room");
    const matters = page.getByRole("region", { name: "Matters arising" });
    for (const text of agreed) await expect(matters.getByText(text)).toBeVisible();
    await shot("next-meeting");
  });
});
