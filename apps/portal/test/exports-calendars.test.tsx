import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OrganizationPage } from "../src/features/directory/OrganizationPage.tsx";
import { CalendarsPage } from "../src/features/exports/CalendarsPage.tsx";
import { SeriesPage } from "../src/features/series/SeriesPage.tsx";
import {
  renderWithApi,
  type SignedIn,
  signInByUsername,
  startDemoServer,
  type TestServer,
} from "./render.tsx";

interface Feed {
  id: string;
  language: string;
  revokedAt: string | null;
  series: { id: string } | null;
  organization: { id: string } | null;
}

async function feedsOf(server: TestServer, as: SignedIn): Promise<Feed[]> {
  const r = await server.gql<{ calendarFeeds: Feed[] }>(
    "{ calendarFeeds { id language revokedAt series { id } organization { id } } }",
    {},
    as.headers,
  );
  return r.body.data?.calendarFeeds ?? [];
}

describe("Calendar subscriptions", () => {
  let server: TestServer;
  let maeSot: { id: string; name: { en: string } };
  beforeAll(async () => {
    server = await startDemoServer();
    const r = await server.gql<{ series: { id: string; name: { en: string } }[] }>(
      "{ series { id name { en } } }",
      {},
      signInByUsername(server, "demo-admin").headers,
    );
    const found = r.body.data?.series.find((s) => s.name.en.startsWith("Mae Sot"));
    if (!found) throw new Error("No Mae Sot series in the demo data");
    maeSot = found;
  });
  afterAll(() => server.close());

  it("creates a series feed in Thai and shows its URL once, with a copy button, webcal and help", async () => {
    const user = userEvent.setup();
    const coordinator = signInByUsername(server, "demo-coordinator");
    const first = renderWithApi(<SeriesPage id={maeSot.id} />, { server, as: coordinator });
    const block = await screen.findByRole("region", { name: "Downloads and calendar" }, { timeout: 10_000 });
    expect(within(block).getByRole("link", { name: "Attendance at every meeting (CSV)" })).toBeTruthy();
    await user.click(within(block).getByRole("button", { name: "Subscribe in your calendar" }));
    const form = within(block).getByRole("form", { name: "Subscribe in your calendar" });
    await user.selectOptions(within(form).getByLabelText("Language of the calendar"), "th");
    await user.click(within(form).getByRole("button", { name: "Create the calendar link" }));

    expect(
      await within(block).findByText("Here is your calendar link. It is shown only this once: copy it now."),
    ).toBeTruthy();
    const field = within(block).getByLabelText("Calendar link") as HTMLInputElement;
    const url = field.value;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[^/]+\.ics$/);
    expect(within(block).getByRole("link", { name: "Open in your calendar app" }).getAttribute("href")).toBe(
      url.replace(/^http:/, "webcal:"),
    );
    expect(
      within(block).getByText(
        "Add it in Google Calendar under Other calendars → From URL, in Outlook under Add calendar → Subscribe from web.",
      ),
    ).toBeTruthy();
    expect(
      within(block).getByText("Keep it private: anyone with the link sees these meetings."),
    ).toBeTruthy();
    await user.click(within(block).getByRole("button", { name: "Copy the link" }));
    expect(await within(block).findByText("The link is copied.")).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe(url);

    const feeds = await feedsOf(server, coordinator);
    expect(feeds[0]).toMatchObject({ language: "th", revokedAt: null, series: { id: maeSot.id } });

    // The URL is not kept anywhere the page can show it again: a new visit offers a new link only.
    first.unmount();
    renderWithApi(<SeriesPage id={maeSot.id} />, { server, as: coordinator });
    const again = await screen.findByRole("region", { name: "Downloads and calendar" }, { timeout: 10_000 });
    await user.click(within(again).getByRole("button", { name: "Subscribe in your calendar" }));
    expect(within(again).queryByLabelText("Calendar link")).toBeNull();
    expect(document.body.textContent).not.toContain(url);
  });

  it("creates an organization's feed from its page", async () => {
    const user = userEvent.setup();
    const member = signInByUsername(server, "demo-member");
    const me = await server.gql<{ me: { organization: { id: string } } }>(
      "{ me { organization { id } } }",
      {},
      member.headers,
    );
    const organizationId = me.body.data?.me.organization.id ?? "";
    renderWithApi(<OrganizationPage id={organizationId} />, { server, as: member });
    await user.click(
      await screen.findByRole(
        "button",
        { name: "Subscribe to this organization's meetings" },
        { timeout: 10_000 },
      ),
    );
    const form = screen.getByRole("form", { name: "Subscribe to this organization's meetings" });
    expect((within(form).getByLabelText("Language of the calendar") as HTMLSelectElement).value).toBe("en");
    await user.click(within(form).getByRole("button", { name: "Create the calendar link" }));
    expect(((await screen.findByLabelText("Calendar link")) as HTMLInputElement).value).toMatch(
      /\/calendar\/[^/]+\.ics$/,
    );
    expect(await feedsOf(server, member)).toMatchObject([
      { language: "en", series: null, organization: { id: organizationId }, revokedAt: null },
    ]);
  });

  it("lists the user's feeds with when they were last fetched, and revokes one after asking", async () => {
    const user = userEvent.setup();
    const coordinator = signInByUsername(server, "demo-coordinator");
    const created = await server.gql<{ createCalendarFeed: { url: string } }>(
      `mutation ($input: CreateCalendarFeedInput!) {
        createCalendarFeed(input: $input) { ... on CreateCalendarFeedPayload { url } }
      }`,
      { input: { seriesId: maeSot.id, language: "my" } },
      coordinator.headers,
    );
    const url = created.body.data?.createCalendarFeed.url ?? "";
    expect(url).toMatch(/\/calendar\/.+\.ics$/);
    // A calendar app fetches it, without a session.
    const fetched = await fetch(url);
    expect(fetched.status).toBe(200);
    expect(await fetched.text()).toContain("BEGIN:VCALENDAR");
    renderWithApi(<CalendarsPage />, { server, as: coordinator });
    expect(await screen.findByRole("heading", { level: 1, name: "My calendars" })).toBeTruthy();
    const cards = await screen.findAllByRole("listitem");
    // Newest first: the Burmese feed, then the Thai one from the first test.
    expect(cards).toHaveLength(2);
    const [burmese, thai] = cards as [HTMLElement, HTMLElement];
    expect(within(burmese).getByRole("link", { name: `Series: ${maeSot.name.en}` })).toBeTruthy();
    expect(within(burmese).getByText("Language: မြန်မာ")).toBeTruthy();
    expect(within(thai).getByText("Language: ไทย")).toBeTruthy();
    expect(
      within(burmese).getByText(/^Last fetched by a calendar \d+ November 2026, \d\d:\d\d/),
    ).toBeTruthy();
    expect(within(thai).getByText("Not fetched by a calendar yet")).toBeTruthy();
    expect(document.body.textContent).not.toContain(url);

    await user.click(within(burmese).getByRole("button", { name: "Revoke" }));
    expect(
      within(burmese).getByText(
        "Revoke this link? Calendars that use it stop showing these meetings. This cannot be undone.",
      ),
    ).toBe(document.activeElement);
    // Changing one's mind leaves the feed alone.
    await user.click(within(burmese).getByRole("button", { name: "Cancel" }));
    expect((await feedsOf(server, coordinator)).every((f) => f.revokedAt === null)).toBe(true);

    await user.click(within(burmese).getByRole("button", { name: "Revoke" }));
    await user.click(within(burmese).getByRole("button", { name: "Yes, revoke the link" }));
    expect(await screen.findByText("The link is revoked.")).toBeTruthy();
    expect(await screen.findByText(/^Revoked /)).toBeTruthy();
    expect(within(thai).getByRole("button", { name: "Revoke" })).toBeTruthy();
    const feeds = await feedsOf(server, coordinator);
    expect(feeds.map((f) => f.revokedAt !== null)).toEqual([true, false]);
    expect((await fetch(url)).status).toBe(410);
  });
});
