import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrintMinutes } from "../src/features/meeting/PrintMinutes.tsx";
import { findMeeting, gqlOk, type MeetingFacts } from "./meeting-sections.harness.tsx";
import {
  renderWithApi,
  type SignedIn,
  signInByUsername,
  startDemoServer,
  type TestServer,
} from "./render.tsx";

describe("Printable minutes", () => {
  let server: TestServer;
  let coordinator: SignedIn;
  let meeting: MeetingFacts;
  let attendance: { status: string; delegates: string[]; organization: { acronym: string | null } }[];

  beforeAll(async () => {
    server = await startDemoServer();
    coordinator = signInByUsername(server, "demo-coordinator");
    // Circulated minutes in several languages, with attendance recorded.
    meeting = await findMeeting(
      server,
      coordinator.headers,
      ["minutes_circulated", "minutes_approved"],
      (m) => m.series.languages.includes("th") && m.series.languages.length > 2,
    );
    attendance = (
      await gqlOk<{ node: { attendance: typeof attendance } }>(
        server,
        "query($id: ID!) { node(id: $id) { ... on Meeting { attendance { status delegates organization { acronym } } } } }",
        { id: meeting.id },
        coordinator.headers,
      )
    ).node.attendance;
  });
  afterAll(() => server.close());

  it("lays out attendance with delegates, minutes per item, decisions and actions, without the site header", async () => {
    renderWithApi(<PrintMinutes id={meeting.id} />, { server, as: coordinator });
    expect(await screen.findByRole("heading", { level: 1, name: /^Minutes: / })).toBeTruthy();
    expect(screen.queryByRole("banner")).toBeNull();
    expect(screen.queryByRole("navigation")).toBeNull();

    const attendanceRegion = screen.getByRole("region", { name: "Attendance" });
    const rows = within(attendanceRegion).getAllByRole("row");
    expect(rows).toHaveLength(attendance.length + 1);
    const withDelegates = attendance.find((a) => a.delegates.length > 0 && a.organization.acronym);
    expect(withDelegates).toBeTruthy();
    const row = within(attendanceRegion)
      .getAllByRole("rowheader")
      .find((h) => h.textContent?.startsWith(withDelegates?.organization.acronym ?? "?"))
      ?.closest("tr") as HTMLElement;
    expect(within(row).getByText(withDelegates?.delegates.join(", ") ?? "?")).toBeTruthy();

    const agenda = screen.getByRole("region", { name: "Agenda and minutes" });
    const english = meeting.agenda[0]?.minutes.find((m) => m.language === "en")?.body ?? "";
    expect(english).not.toBe("");
    expect(within(agenda).getByText(english.trim())).toBeTruthy();
    expect(
      within(screen.getByRole("region", { name: "Decisions" })).getAllByRole("listitem").length,
    ).toBeGreaterThan(0);
    expect(
      within(screen.getByRole("region", { name: "Actions agreed" })).getAllByRole("row").length,
    ).toBeGreaterThan(1);
  });

  it("switches the minutes to another of the series' languages and prints", async () => {
    const user = userEvent.setup();
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    renderWithApi(<PrintMinutes id={meeting.id} />, { server, as: coordinator });
    const select = await screen.findByRole("combobox", { name: "Language of the minutes" });
    await user.selectOptions(select, "th");
    const thai = meeting.agenda[0]?.minutes.find((m) => m.language === "th")?.body ?? "";
    expect(thai).not.toBe("");
    const agenda = screen.getByRole("region", { name: "Agenda and minutes" });
    expect(within(agenda).getByText(thai.trim())).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Print" }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it("prints in the language of ?lang= whatever the interface's, and marks the page ready for the PDF export", async () => {
    const view = renderWithApi(<PrintMinutes id={meeting.id} />, {
      server,
      as: coordinator,
      language: "en",
      path: `/meetings/${meeting.id}/print?lang=th`,
    });
    expect(await screen.findByRole("heading", { level: 1, name: /^รายงานการประชุม: / })).toBeTruthy();
    const thai = meeting.agenda[0]?.minutes.find((m) => m.language === "th")?.body ?? "";
    expect(thai).not.toBe("");
    expect(screen.getByText(thai.trim())).toBeTruthy();
    expect(document.querySelector("main")?.dataset.print).toBe("ready");
    expect(document.documentElement.lang).toBe("th");
    // Leaving the view gives the page back the interface's language (sent as Accept-Language).
    view.unmount();
    expect(document.documentElement.lang).toBe("en");
  });
});
