import { configure, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MeetingPage } from "../src/features/meeting/MeetingPage.tsx";
import { api, firstMeeting, maeSotSeries, meetingsOf, seriesOfKind } from "./meeting-page.fixtures.ts";
import {
  renderWithApi,
  type SignedIn,
  signInByUsername,
  startDemoServer,
  type TestServer,
} from "./render.tsx";

// The real server answers while other suites run: give it time.
configure({ asyncUtilTimeout: 5000 });

describe("MeetingPage", () => {
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

  it("shows the next Mae Sot meeting: series, title, number, status, time, venue and every section", async () => {
    const meeting = await firstMeeting(server, coordinator, maeSot, ["scheduled"]);
    open(meeting.id, coordinator);
    const heading = await screen.findByRole("heading", { level: 1 });
    expect(heading.textContent).toMatch(/Mae Sot/);
    const seriesLink = screen.getByRole("link", { name: /Mae Sot NGO\/CBO Monthly/ });
    expect(seriesLink.getAttribute("href")).toBe(`/series/${maeSot}`);
    expect(screen.getByText(/^\d+(st|nd|rd|th)$/)).toBeTruthy();
    expect(screen.getByText("Scheduled")).toBeTruthy();
    expect(screen.getByText(/UTC\+7/)).toBeTruthy();
    expect(screen.getByText("In person")).toBeTruthy();
    for (const name of ["Invitations", "Attendance", "Agenda", "Matters arising"]) {
      expect(screen.getByRole("heading", { level: 2, name })).toBeTruthy();
    }
    const nav = screen.getByRole("navigation", { name: "On this page" });
    const anchors = within(nav)
      .getAllByRole("link")
      .map((a) => a.getAttribute("href"));
    expect(anchors).toContain("#meeting-attendance");
    expect(anchors).toContain(`/meetings/${meeting.id}/print`);
    for (const href of anchors.filter((a) => a?.startsWith("#"))) {
      expect(document.getElementById(String(href).slice(1))).not.toBeNull();
    }
  });

  it("gives a cross-border meeting's time in Thailand and in Myanmar", async () => {
    const bcatip = await seriesOfKind(server, coordinator, "bcatip");
    const [meeting] = await meetingsOf(server, coordinator, bcatip, ["scheduled", "minutes_approved"]);
    open(String(meeting?.id), coordinator);
    await screen.findByRole("heading", { level: 1 });
    expect(screen.getByText(/Thailand.*Myanmar/)).toBeTruthy();
  });

  it("offers the coordinator only the steps the API allows, and a member none", async () => {
    const [circulated] = await meetingsOf(server, coordinator, maeSot, ["minutes_circulated"]);
    const view = open(String(circulated?.id), coordinator);
    expect(await screen.findByRole("button", { name: "Approve the minutes" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Reopen the minutes" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Mark as held" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Circulate the minutes" })).toBeNull();
    view.unmount();

    open(String(circulated?.id), member);
    await screen.findByRole("heading", { level: 1 });
    expect(screen.queryByRole("button", { name: /minutes/ })).toBeNull();
    expect(screen.queryByRole("button", { name: "Mark as held" })).toBeNull();
  });

  it("reopens the minutes, lists what is missing before circulating, and circulates them again", async () => {
    const user = userEvent.setup();
    const [circulated] = await meetingsOf(server, coordinator, maeSot, ["minutes_circulated"]);
    open(String(circulated?.id), coordinator);
    await user.click(await screen.findByRole("button", { name: "Reopen the minutes" }));
    expect(await screen.findByText("The minutes are open again for corrections.")).toBeTruthy();
    expect(
      await screen.findByRole("heading", { name: "Before circulating: minutes still missing" }),
    ).toBeTruthy();
    expect(screen.getAllByText(/missing in S'gaw Karen/).length).toBeGreaterThan(0);
    await user.click(await screen.findByRole("button", { name: "Circulate the minutes" }));
    expect(await screen.findByText("The minutes are circulated.")).toBeTruthy();
    expect(await screen.findByRole("button", { name: "Approve the minutes" })).toBeTruthy();
  });

  it("shows the API's refusal when someone else changed the meeting meanwhile", async () => {
    const user = userEvent.setup();
    const [circulated] = await meetingsOf(server, coordinator, maeSot, ["minutes_circulated"]);
    const id = String(circulated?.id);
    open(id, coordinator);
    const approve = await screen.findByRole("button", { name: "Approve the minutes" });
    // Another coordinator reopens the minutes in another browser.
    await api(
      server,
      coordinator,
      "mutation ($id: ID!, $v: Int!) { changeMeetingStatus(id: $id, version: $v, event: reopen_minutes) { __typename } }",
      {
        id,
        v: circulated?.version,
      },
    );
    await user.click(approve);
    // The lifecycle refuses the step from the new status, in the API's words; the page then shows that status.
    expect((await screen.findByRole("alert")).textContent).toMatch(/“Approve the minutes” is not possible/);
    expect(await screen.findByRole("button", { name: "Circulate the minutes" })).toBeTruthy();
  });

  it("says 'not found' alike for a missing meeting and for one the user may not see", async () => {
    const view = open("TWVldGluZzpub3BlX25vdF9oZXJl", coordinator);
    expect(await screen.findByRole("heading", { level: 1, name: "Not found" })).toBeTruthy();
    expect(screen.getByText("This page does not exist or you may not see it.")).toBeTruthy();
    view.unmount();

    const admin = signInByUsername(server, "demo-admin");
    const cmm = await seriesOfKind(server, admin, "case_management");
    const restricted = await firstMeeting(server, admin, cmm, ["scheduled", "minutes_approved"]);
    open(restricted.id, signInByUsername(server, "demo-observer"));
    expect(await screen.findByRole("heading", { level: 1, name: "Not found" })).toBeTruthy();
  });

  it("lists the open actions of earlier meetings with owners, due dates, overdue badges and carry-overs", async () => {
    const meeting = await firstMeeting(server, coordinator, maeSot, ["scheduled"]);
    const expected = await api<{
      node: {
        mattersArising: {
          carriedOver: number;
          overdue: boolean;
          action: { text: string; meeting: { id: string } };
        }[];
      };
    }>(
      server,
      coordinator,
      "query ($id: ID!) { node(id: $id) { ... on Meeting { mattersArising { carriedOver overdue action { text meeting { id } } } } } }",
      { id: meeting.id },
    );
    const matters = expected.node.mattersArising;
    expect(matters.length).toBeGreaterThan(2);
    open(meeting.id, member);
    const region = await screen.findByRole("region", { name: "Matters arising" });
    const items = within(region).getAllByRole("listitem");
    expect(items).toHaveLength(matters.length);
    const [first] = matters;
    const firstItem = items[0] as HTMLElement;
    expect(within(firstItem).getByText(String(first?.action.text))).toBeTruthy();
    expect(within(firstItem).getByText(`Came back ${first?.carriedOver} times`)).toBeTruthy();
    expect(within(firstItem).getByText(/^Due /)).toBeTruthy();
    expect(within(firstItem).getByRole("link").getAttribute("href")).toBe(
      `/meetings/${first?.action.meeting.id}`,
    );
    expect(within(region).getAllByText(/^Overdue/)).toHaveLength(matters.filter((m) => m.overdue).length);
  });

  it("writes due dates in the Buddhist Era in Thai", async () => {
    const meeting = await firstMeeting(server, coordinator, maeSot, ["scheduled"]);
    // The page speaks the signed-in user's own language: an observer who chose Thai.
    const observer = signInByUsername(server, "demo-observer");
    const setLanguage = "mutation ($l: UiLanguage!) { setMyLanguage(language: $l) { __typename } }";
    await api(server, observer, setLanguage, { l: "th" });
    try {
      open(meeting.id, observer);
      const region = await screen.findByRole("region", { name: "เรื่องสืบเนื่องจากการประชุมครั้งก่อน" });
      expect(within(region).getAllByText(/กำหนดเสร็จ .*25\d\d/).length).toBeGreaterThan(0);
      expect(within(region).getAllByText(/ยกมาแล้ว \d+ ครั้ง/).length).toBeGreaterThan(0);
      expect(screen.getByRole("heading", { level: 2, name: "การเข้าประชุม" })).toBeTruthy();
    } finally {
      await api(server, observer, setLanguage, { l: "en" });
    }
  });
});
