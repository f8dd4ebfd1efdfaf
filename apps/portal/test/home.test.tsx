import { screen, within } from "@testing-library/react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Home } from "../src/pages/Home.tsx";
import { renderWithApi, signInByUsername, startDemoServer, type TestServer } from "./render.tsx";

// One demo server for the file: seeding takes most of its time.
let server: TestServer;
beforeAll(async () => {
  server = await startDemoServer();
  // The page asks for meetings from "now" on the device: the device's clock reads the server's.
  vi.setSystemTime(new Date(server.now()));
});
afterAll(() => {
  vi.useRealTimers();
  return server.close();
});

describe("Home", () => {
  it("puts the coordinator's own series first and marks it", async () => {
    renderWithApi(<Home />, { server, as: signInByUsername(server, "demo-coordinator") });
    // The first render in the file also warms the server up.
    const region = await screen.findByRole("region", { name: "Meeting series" }, { timeout: 5000 });
    const cards = within(region).getAllByRole("listitem");
    expect(cards.length).toBeGreaterThan(1);
    expect(within(cards[0] as HTMLElement).getByText("Series you coordinate")).toBeTruthy();
    expect(within(region).getAllByText("Series you coordinate")).toHaveLength(1);
  });

  it("speaks the signed-in user's own language, whatever the device started with", async () => {
    renderWithApi(<Home />, { server, as: signInByUsername(server, "demo-dsw"), language: "en" });
    expect(await screen.findByRole("heading", { level: 1, name: "အစည်းအဝေးများ" })).toBeTruthy();
    expect(document.documentElement.lang).toBe("my");
  });

  it("shows upcoming meetings with their times and links to them", async () => {
    renderWithApi(<Home />, { server, as: signInByUsername(server, "demo-admin") });
    const region = await screen.findByRole("region", { name: "Upcoming meetings" });
    const links = within(region).getAllByRole("link");
    expect(links.length).toBeGreaterThan(0);
    expect(links[0]?.getAttribute("href")).toMatch(/^\/meetings\/.+/);
    expect(within(region).getAllByText(/UTC\+7|UTC\+6:30/).length).toBeGreaterThan(0);
  });
});

interface Edges<T> {
  edges: { node: T }[];
}

describe("Home dashboard of a member organization", () => {
  const text = "Send the clinic's aggregate referral figures to the secretariat.";
  let expiring: { id: string; title: { en: string } }[];
  beforeAll(async () => {
    server = await startDemoServer();
    const member = signInByUsername(server, "demo-member");
    const mine = await server.gql<{ me: { organization: { id: string } } }>(
      "query { me { organization { id } } }",
      {},
      member.headers,
    );
    const orgId = mine.body.data?.me.organization.id as string;
    // The demo clinic has no open action: the coordinator records one, already overdue, at a past meeting.
    const past = await server.gql<{ meetings: Edges<{ id: string }> }>(
      `query ($org: ID!, $to: Instant!) {
        meetings(invitedOrganizationId: $org, to: $to, status: [minutes_approved], first: 1) { edges { node { id } } }
      }`,
      { org: orgId, to: server.now() },
      member.headers,
    );
    const meetingId = past.body.data?.meetings.edges[0]?.node.id as string;
    const created = await server.gql<{ createAction: { __typename: string } }>(
      `mutation ($input: CreateActionInput!) { createAction(input: $input) { __typename } }`,
      { input: { ownerIds: [orgId], dueOn: "2026-10-01", text, source: { meetingId } } },
      signInByUsername(server, "demo-coordinator").headers,
    );
    expect(created.body.data?.createAction.__typename).toBe("CreateActionPayload");
    const agreements = await server.gql<{ agreements: Edges<{ id: string; title: { en: string } }> }>(
      "query { agreements(expiringWithinDays: 180) { edges { node { id title { en } } } } }",
      {},
      member.headers,
    );
    expiring = agreements.body.data?.agreements.edges.map((e) => e.node) ?? [];
  });

  it("shows the organization's overdue action with its due date, linked to the meeting that agreed it", async () => {
    renderWithApi(<Home />, { server, as: signInByUsername(server, "demo-member") });
    const region = await screen.findByRole("region", { name: "Your organization's actions" });
    expect(within(region).getByText(/1 open action, 1 overdue/)).toBeTruthy();
    const link = within(region).getByRole("link", { name: text });
    expect(link.getAttribute("href")).toMatch(/^\/meetings\/.+/);
    const card = link.closest("li") as HTMLElement;
    expect(within(card).getByText("Overdue by 51 days")).toBeTruthy();
    expect(within(card).getByText(/Due 1 October 2026/)).toBeTruthy();
    expect(within(region).getByRole("link", { name: "All actions" }).getAttribute("href")).toBe("/actions");
  });

  it("lists the agreements expiring within 180 days, each linked to its page", async () => {
    expect(expiring.length).toBeGreaterThan(0);
    renderWithApi(<Home />, { server, as: signInByUsername(server, "demo-member") });
    const region = await screen.findByRole("region", { name: "Agreements expiring within 180 days" });
    for (const agreement of expiring) {
      const link = within(region).getByRole("link", { name: agreement.title.en });
      expect(link.getAttribute("href")).toBe(`/agreements/${agreement.id}`);
    }
    expect(within(region).getAllByText(/^Expires /)).toHaveLength(expiring.length);
  });

  it("shows recent decisions of the organization's meetings, newest first, linked to the meeting", async () => {
    renderWithApi(<Home />, { server, as: signInByUsername(server, "demo-member") });
    const region = await screen.findByRole("region", { name: "Recent decisions" });
    const headings = within(region).getAllByRole("heading", { level: 3 });
    expect(headings.length).toBeGreaterThan(0);
    expect(
      within(headings[0] as HTMLElement)
        .getByRole("link")
        .getAttribute("href"),
    ).toMatch(/^\/meetings\/.+/);
    expect(within(region).getAllByText(/^Decision \d+$/).length).toBeGreaterThan(0);
  });
});
