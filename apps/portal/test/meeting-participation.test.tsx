import { configure, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MeetingPage } from "../src/features/meeting/MeetingPage.tsx";
import { api, firstMeeting, maeSotSeries, seriesOfKind } from "./meeting-page.fixtures.ts";
import {
  renderWithApi,
  type SignedIn,
  signInByUsername,
  startDemoServer,
  type TestServer,
} from "./render.tsx";

// The real server answers while other suites run: give it time.
configure({ asyncUtilTimeout: 5000 });

describe("Meeting invitations and attendance", () => {
  let server: TestServer;
  let coordinator: SignedIn;
  let member: SignedIn;
  let maeSot: string;
  beforeAll(async () => {
    server = await startDemoServer();
    coordinator = signInByUsername(server, "demo-coordinator");
    member = signInByUsername(server, "demo-member");
    maeSot = await maeSotSeries(server, coordinator);
  });
  afterAll(() => server.close());

  const open = (id: string, as: SignedIn) =>
    renderWithApi(<MeetingPage id={id} />, { server, as, path: `/meetings/${id}` });

  it("invites all 24 members of the series to a new meeting", async () => {
    const user = userEvent.setup();
    const scheduled = await api<{ scheduleMeeting: { __typename: string; id?: string; message?: string } }>(
      server,
      coordinator,
      `mutation ($input: ScheduleMeetingInput!) {
        scheduleMeeting(input: $input) { __typename ... on Meeting { id } ... on Error { message } }
      }`,
      {
        input: {
          seriesId: maeSot,
          start: "2027-03-24T13:30",
          zone: "Asia/Bangkok",
          durationMinutes: 90,
          mode: "in_person",
          venue: "Extra session on the hotline referrals",
        },
      },
    );
    expect(scheduled.scheduleMeeting).toMatchObject({ __typename: "Meeting" });
    open(String(scheduled.scheduleMeeting.id), coordinator);
    const region = await screen.findByRole("region", { name: "Invitations" });
    expect(within(region).getByText("No organization is invited yet.")).toBeTruthy();
    // The coordinator's tools load on demand.
    expect(await within(region).findByText("24 members are not invited yet.")).toBeTruthy();
    await user.click(within(region).getByRole("button", { name: "Invite all series members" }));
    expect(await within(region).findByText("24 organizations invited.")).toBeTruthy();
    expect(await within(region).findByText(/^24 organizations invited: 0 accepted/)).toBeTruthy();
    expect(within(region).getAllByRole("row")).toHaveLength(25);
    expect(within(region).queryByRole("button", { name: "Invite all series members" })).toBeNull();
  });

  it("invites a particular organization from the list of those not yet invited", async () => {
    const user = userEvent.setup();
    const meeting = await firstMeeting(server, coordinator, maeSot, ["scheduled"]);
    open(meeting.id, coordinator);
    const region = await screen.findByRole("region", { name: "Invitations" });
    const before = within(region).getAllByRole("row").length;
    await user.click(await within(region).findByRole("button", { name: "Invite other organizations" }));
    await user.type(await within(region).findByRole("searchbox", { name: "Find an organization" }), "UNICEF");
    const candidates = within(region).getByRole("group", { name: "Organizations not yet invited" });
    await user.click(within(candidates).getByRole("checkbox", { name: /UNICEF/ }));
    await user.click(within(region).getByRole("button", { name: "Invite 1 organization" }));
    expect(await within(region).findByText("1 organization invited.")).toBeTruthy();
    await within(region).findByRole("rowheader", { name: /UNICEF/ });
    expect(within(region).getAllByRole("row")).toHaveLength(before + 1);
  });

  it("lets a member reply for their own organization, and not invite anyone", async () => {
    const user = userEvent.setup();
    const meeting = await firstMeeting(server, coordinator, maeSot, ["scheduled"]);
    open(meeting.id, member);
    const region = await screen.findByRole("region", { name: "Invitations" });
    expect(within(region).queryByRole("button", { name: "Invite all series members" })).toBeNull();
    expect(within(region).queryByRole("button", { name: "Invite other organizations" })).toBeNull();
    const reply = within(region).getByRole("group", { name: /^Reply for / });
    await user.click(within(reply).getByRole("button", { name: "Maybe" }));
    expect(await within(reply).findByText("Your reply is saved.")).toBeTruthy();
    expect(await within(reply).findByText("Your reply now: Tentative")).toBeTruthy();
    expect(within(reply).getByRole("button", { name: "Maybe" }).getAttribute("aria-pressed")).toBe("true");
    const own = within(region).getByText("Your organization").closest("tr") as HTMLElement;
    expect(within(own).getByText("Tentative")).toBeTruthy();
  });

  describe("once the meeting has started", () => {
    let meetingId: string;
    beforeAll(async () => {
      const meeting = await firstMeeting(server, coordinator, maeSot, ["scheduled"]);
      meetingId = meeting.id;
      server.setNow(new Date(Date.parse(meeting.start) + 20 * 60_000).toISOString().replace(/\.\d+Z$/, "Z"));
      // Sessions end after a while: sign in again on the meeting day.
      coordinator = signInByUsername(server, "demo-coordinator");
      member = signInByUsername(server, "demo-member");
    });

    it("records the attendance checklist with delegates in one save, shows quorum, and keeps it on reload", async () => {
      const user = userEvent.setup();
      const view = open(meetingId, coordinator);
      const region = await screen.findByRole("region", { name: "Attendance" });
      const rows = await within(region).findAllByRole("group");
      expect(rows.length).toBeGreaterThanOrEqual(24);
      await user.click(within(region).getByRole("button", { name: "Mark all present" }));
      expect(within(region).getByText(`${rows.length} of ${rows.length} organizations marked`)).toBeTruthy();
      const [first, second, third] = rows as [HTMLElement, HTMLElement, HTMLElement];
      await user.click(within(second).getByRole("radio", { name: "Excused" }));
      await user.click(within(third).getByRole("radio", { name: "Online" }));
      await user.type(within(first).getByRole("textbox"), "Somchai Jaidee, Naw Htoo Paw");
      await user.type(within(third).getByRole("textbox"), "Ma Hnin Wai{Enter}Ko Zaw Min");
      await user.click(within(region).getByRole("button", { name: "Save attendance" }));
      expect(await within(region).findByText("Attendance saved.")).toBeTruthy();
      // 24 members, one excused; organizations invited beyond the members do not count.
      expect(
        await within(region).findByText("Quorum met: 23 of 24 members attended (12 needed)."),
      ).toBeTruthy();
      view.unmount();

      open(meetingId, coordinator);
      const again = await screen.findByRole("region", { name: "Attendance" });
      const [a, b, c, d] = (await within(again).findAllByRole("group")) as [
        HTMLElement,
        HTMLElement,
        HTMLElement,
        HTMLElement,
      ];
      expect((within(a).getByRole("radio", { name: "Present" }) as HTMLInputElement).checked).toBe(true);
      expect((within(a).getByRole("textbox") as HTMLTextAreaElement).value).toBe(
        "Somchai Jaidee, Naw Htoo Paw",
      );
      expect((within(b).getByRole("radio", { name: "Excused" }) as HTMLInputElement).checked).toBe(true);
      expect((within(c).getByRole("radio", { name: "Online" }) as HTMLInputElement).checked).toBe(true);
      expect((within(c).getByRole("textbox") as HTMLTextAreaElement).value).toBe("Ma Hnin Wai, Ko Zaw Min");
      expect((within(d).getByRole("radio", { name: "Present" }) as HTMLInputElement).checked).toBe(true);
      const header = screen.getByRole("banner");
      expect(within(header).getByText(/^Quorum met: 23 of 24 members attended/)).toBeTruthy();
    });

    it("shows a member the attendance read-only", async () => {
      open(meetingId, member);
      const region = await screen.findByRole("region", { name: "Attendance" });
      expect(within(region).queryByRole("button", { name: "Save attendance" })).toBeNull();
      expect(within(region).getByRole("columnheader", { name: "Delegates" })).toBeTruthy();
      expect(within(region).getByRole("cell", { name: "Somchai Jaidee, Naw Htoo Paw" })).toBeTruthy();
    });
  });

  it("shows the data-protection refusal of a restricted meeting next to the row, keeping what was typed", async () => {
    const user = userEvent.setup();
    const admin = signInByUsername(server, "demo-admin");
    const cmm = await seriesOfKind(server, admin, "case_management");
    const meeting = await firstMeeting(server, admin, cmm, ["scheduled"]);
    server.setNow(new Date(Date.parse(meeting.start) + 20 * 60_000).toISOString().replace(/\.\d+Z$/, "Z"));
    open(meeting.id, signInByUsername(server, "demo-admin"));
    const region = await screen.findByRole("region", { name: "Attendance" });
    await user.click(await within(region).findByRole("button", { name: "Mark all present" }));
    const [, second] = within(region).getAllByRole("group") as [HTMLElement, HTMLElement];
    const delegates = within(second).getByRole("textbox");
    await user.type(delegates, "Somchai, call 081-234-5678");
    await user.click(within(region).getByRole("button", { name: "Save attendance" }));
    expect(await within(second).findByText(/looks like personal data/)).toBeTruthy();
    expect(delegates.getAttribute("aria-invalid")).toBe("true");
    expect((delegates as HTMLTextAreaElement).value).toBe("Somchai, call 081-234-5678");
    expect(within(region).queryByText("Attendance saved.")).toBeNull();
  });
});
