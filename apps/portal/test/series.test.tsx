import { screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SeriesPage } from "../src/features/series/SeriesPage.tsx";
import { renderWithApi, signInByUsername, startDemoServer, type TestServer } from "./render.tsx";

interface SeriesRow {
  id: string;
  name: { en: string };
  members: { id: string }[];
}

/** The demo series by English name (ids are new on every seed). */
async function seriesNamed(server: TestServer, part: string): Promise<SeriesRow> {
  const as = signInByUsername(server, "demo-admin");
  const { body } = await server.gql<{ series: SeriesRow[] }>(
    "query { series { id name { en } members { id } } }",
    {},
    as.headers,
  );
  const found = body.data?.series.find((s) => s.name.en.includes(part));
  if (!found) throw new Error(`No series ${part}`);
  return found;
}

/** The session speaks the user's own language: set it through the API, as the language switcher does. */
async function setLanguage(server: TestServer, username: string, language: "en" | "th" | "my") {
  await server.gql(
    "mutation ($language: UiLanguage!) { setMyLanguage(language: $language) { __typename } }",
    { language },
    signInByUsername(server, username).headers,
  );
}

describe("Series page", () => {
  let server: TestServer;
  let maeSot: SeriesRow;
  beforeAll(async () => {
    server = await startDemoServer();
    maeSot = await seriesNamed(server, "Mae Sot");
  });
  afterAll(() => server.close());
  afterEach(() => setLanguage(server, "demo-coordinator", "en"));

  it("lists the 24 Mae Sot members and the next occurrences with their Thai number labels", async () => {
    await setLanguage(server, "demo-coordinator", "th");
    renderWithApi(<SeriesPage id={maeSot.id} />, {
      server,
      as: signInByUsername(server, "demo-coordinator"),
      language: "th",
    });
    const members = await screen.findByRole("region", { name: "สมาชิก (24)" });
    const rows = within(members).getAllByRole("row");
    expect(rows).toHaveLength(25); // the header and 24 organizations
    expect(within(members).getByRole("rowheader", { name: /^SLMC/ })).toBeTruthy();
    expect(within(members).getAllByText("คลินิก").length).toBeGreaterThan(0);

    const upcoming = screen.getByRole("region", { name: "กำหนดการประชุมครั้งถัดไป" });
    const items = within(upcoming).getAllByRole("listitem");
    expect(items).toHaveLength(6);
    const first = items[0] as HTMLElement;
    expect(
      within(first)
        .getByRole("link", { name: /ครั้งที่ 24/ })
        .getAttribute("href"),
    ).toMatch(/^\/meetings\//);
    expect(within(first).getByText(/พ\.ศ\. 2569/)).toBeTruthy();
    expect(within(upcoming).getAllByText("ยังไม่ได้กำหนดการประชุม").length).toBeGreaterThan(0);
    expect(screen.getByText("ทุกวันพฤหัสบดีที่สองของเดือน")).toBeTruthy();
  });

  it("shows a member the series read-only: no scheduling, no member changes", async () => {
    renderWithApi(<SeriesPage id={maeSot.id} />, { server, as: signInByUsername(server, "demo-member") });
    await screen.findByRole("region", { name: "Members (24)" });
    expect(screen.queryByRole("region", { name: "Scheduling" })).toBeNull();
    expect(screen.queryByRole("button", { name: /Schedule/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Remove/ })).toBeNull();
    expect(screen.queryByLabelText("Find an organization")).toBeNull();
    expect(screen.getByRole("region", { name: "Recent and upcoming meetings" })).toBeTruthy();
  });

  it("lets the coordinator schedule the next occurrences and shows them", async () => {
    const user = userEvent.setup();
    renderWithApi(<SeriesPage id={maeSot.id} />, {
      server,
      as: signInByUsername(server, "demo-coordinator"),
    });
    const upcoming = await screen.findByRole("region", { name: "Next occurrences" });
    const free = within(upcoming).getAllByText("Not scheduled yet").length;
    expect(free).toBeGreaterThan(0);
    const form = screen.getByRole("form", { name: "Schedule the next occurrences" });
    await user.selectOptions(within(form).getByLabelText("How many"), String(free));
    await user.click(within(form).getByRole("button", { name: "Schedule" }));
    expect(await within(form).findByText(new RegExp(`Scheduled ${free} meetings?: \\d+th`))).toBeTruthy();
    await waitFor(() => expect(within(upcoming).queryAllByText("Not scheduled yet")).toHaveLength(0));
    expect(within(upcoming).getAllByRole("link")).toHaveLength(6);
  });

  it("schedules one meeting in the series zone, with the Buddhist Era date in Thai, and opens it", async () => {
    const user = userEvent.setup();
    await setLanguage(server, "demo-coordinator", "th");
    const { location } = renderWithApi(<SeriesPage id={maeSot.id} />, {
      server,
      as: signInByUsername(server, "demo-coordinator"),
      language: "th",
    });
    const form = await screen.findByRole("form", { name: "กำหนดการประชุมหนึ่งครั้ง" });
    expect(within(form).getByText("ตามเวลาไทย (UTC+7) ซึ่งเป็นสถานที่จัดประชุม")).toBeTruthy();
    await user.type(within(form).getByLabelText("วันที่"), "2027-01-05");
    expect(within(form).getByText("5 มกราคม พ.ศ. 2570")).toBeTruthy();
    await user.type(within(form).getByLabelText("สถานที่"), "Mae Sot town hall");
    await user.click(within(form).getByRole("button", { name: "กำหนดการประชุม" }));
    await waitFor(() => expect(location.history?.at(-1)).toMatch(/^\/meetings\/.+/));
  });

  it("keeps what was typed and marks the field when the API refuses it", async () => {
    const user = userEvent.setup();
    renderWithApi(<SeriesPage id={maeSot.id} />, {
      server,
      as: signInByUsername(server, "demo-coordinator"),
    });
    const form = await screen.findByRole("form", { name: "Schedule a meeting" });
    await user.type(within(form).getByLabelText("Date"), "2027-02-02");
    await user.selectOptions(within(form).getByLabelText("How people take part"), "online");
    await user.type(within(form).getByLabelText(/Online meeting link/), "http://example.org/room");
    await user.click(within(form).getByRole("button", { name: "Schedule the meeting" }));
    const link = within(form).getByLabelText(/Online meeting link/) as HTMLInputElement;
    await waitFor(() => expect(link.getAttribute("aria-invalid")).toBe("true"));
    expect(link.value).toBe("http://example.org/room");
  });

  it("shows a cross-border series' times on both sides of the border, live while typing", async () => {
    const user = userEvent.setup();
    const bcatip = await seriesNamed(server, "Tak–Myawaddy");
    renderWithApi(<SeriesPage id={bcatip.id} />, { server, as: signInByUsername(server, "demo-admin") });
    const upcoming = await screen.findByRole("region", { name: "Next occurrences" });
    expect(within(upcoming).getAllByText(/Thailand \(UTC\+7\) · .* Myanmar \(UTC\+6:30\)/).length).toBe(6);
    const form = screen.getByRole("form", { name: "Schedule a meeting" });
    expect(within(form).getByLabelText("Held in")).toBeTruthy();
    await user.type(within(form).getByLabelText("Date"), "2027-05-20");
    const time = within(form).getByLabelText("Start time");
    await user.clear(time);
    await user.type(time, "10:00");
    expect(
      within(form).getByText("Across the border: 10:00 Thailand (UTC+7) · 09:30 Myanmar (UTC+6:30)"),
    ).toBeTruthy();
    await user.selectOptions(within(form).getByLabelText("Held in"), "MM");
    expect(within(form).getByText(/In Myanmar time \(UTC\+6:30\)/)).toBeTruthy();
    expect(
      within(form).getByText("Across the border: 10:30 Thailand (UTC+7) · 10:00 Myanmar (UTC+6:30)"),
    ).toBeTruthy();
  });

  it("lets the coordinator add an organization as a member and remove it again", async () => {
    const user = userEvent.setup();
    renderWithApi(<SeriesPage id={maeSot.id} />, {
      server,
      as: signInByUsername(server, "demo-coordinator"),
    });
    await screen.findByRole("region", { name: "Members (24)" });
    await user.type(screen.getByLabelText("Find an organization"), "UNODC");
    await user.click(await screen.findByRole("button", { name: /^Add UNODC/ }));
    const members = await screen.findByRole("region", { name: "Members (25)" });
    expect(await within(members).findByText(/^UNODC — .* is now a member\.$/)).toBeTruthy();
    await user.click(within(members).getByRole("button", { name: /^Remove UNODC/ }));
    const after = await screen.findByRole("region", { name: "Members (24)" });
    expect(await within(after).findByText(/^UNODC — .* is no longer a member\.$/)).toBeTruthy();
    // The secretariat cannot leave the series, so it has no remove button.
    expect(within(after).queryByRole("button", { name: /^Remove IOM/ })).toBeNull();
  });
});
