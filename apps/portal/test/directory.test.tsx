import { screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Directory } from "../src/features/directory/Directory.tsx";
import { OrganizationPage } from "../src/features/directory/OrganizationPage.tsx";
import { renderWithApi, signInByUsername, startDemoServer, type TestServer } from "./render.tsx";

interface Org {
  id: string;
  acronym: string | null;
  kind: string;
  country: string | null;
  name: { en: string; th: string | null };
  contacts: { name: string; title: string | null }[];
  /** Open, in progress or blocked. */
  openActions: { text: string; overdue: boolean }[];
}

// One demo server for the file: seeding takes most of its time.
let server: TestServer;
let orgs: Org[];
beforeAll(async () => {
  server = await startDemoServer();
  const member = signInByUsername(server, "demo-member").headers;
  const { body } = await server.gql<{ organizations: { edges: { node: Org }[] } }>(
    "query { organizations(first: 200) { edges { node { id acronym kind country name { en th } contacts { name title } } } } }",
    {},
    member,
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const open = await server.gql<{
    actions: { edges: { node: { text: string; overdue: boolean; owners: { id: string }[] } }[] };
  }>(
    "query { actions(first: 200, status: [open, in_progress, blocked]) { edges { node { text overdue owners { id } } } } }",
    {},
    member,
  );
  const actions = open.body.data?.actions.edges.map((e) => e.node) ?? [];
  orgs = (body.data?.organizations.edges.map((e) => e.node) ?? []).map((o) => ({
    ...o,
    openActions: actions.filter((a) => a.owners.some((owner) => owner.id === o.id)),
  }));
});
afterAll(() => server.close());

const linkNames = (region: HTMLElement) =>
  within(region)
    .getAllByRole("link")
    .map((a) => a.getAttribute("href"));

describe("Directory", () => {
  it("filters by kind and by country, grouping under headings, each organization linked", async () => {
    const user = userEvent.setup();
    renderWithApi(<Directory />, { server, as: signInByUsername(server, "demo-member") });
    await screen.findByText(`${orgs.length} organizations`, {}, { timeout: 5000 });

    await user.selectOptions(screen.getByLabelText("Kind"), "Clinic");
    const clinics = orgs.filter((o) => o.kind === "clinic");
    await screen.findByText(`${clinics.length} organizations`);
    const group = screen.getByRole("region", { name: `Clinic (${clinics.length})` });
    expect(linkNames(group).sort()).toEqual(clinics.map((o) => `/organizations/${o.id}`).sort());
    expect(screen.getAllByRole("heading", { level: 2 })).toHaveLength(1);

    await user.selectOptions(screen.getByLabelText("Kind"), "All");
    await user.selectOptions(screen.getByLabelText("Country"), "Myanmar");
    const myanmar = orgs.filter((o) => o.country === "MM");
    await screen.findByText(`${myanmar.length} organizations`);
    const shown = screen.getAllByRole("region").flatMap((r) => linkNames(r));
    expect(shown.sort()).toEqual(myanmar.map((o) => `/organizations/${o.id}`).sort());

    await user.selectOptions(screen.getByLabelText("Group by"), "Country");
    expect(screen.getByRole("region", { name: `Myanmar (${myanmar.length})` })).toBeTruthy();
  });

  it("narrows the list by a Thai name typed in the box, without touching the address", async () => {
    const user = userEvent.setup();
    const { location } = renderWithApi(<Directory />, {
      server,
      as: signInByUsername(server, "demo-member"),
      path: "/organizations",
    });
    await screen.findByText(`${orgs.length} organizations`, {}, { timeout: 5000 });
    const target = orgs.find((o) => o.name.th && o.kind === "shelter") as Org;
    const word = (target.name.th as string).slice(0, 8);
    const expected = orgs.filter((o) => o.name.th?.includes(word));
    await user.type(screen.getByLabelText("Name or acronym"), word);
    await screen.findByText(expected.length === 1 ? "1 organization" : `${expected.length} organizations`);
    expect(screen.getByRole("link", { name: new RegExp(target.name.en) })).toBeTruthy();
    expect(location.history?.at(-1)).toBe("/organizations");
  });
});

describe("Organization page", () => {
  it("shows names, contacts, the series it belongs to and its open actions with due dates", async () => {
    const org = orgs.find((o) => o.contacts.length > 0 && o.openActions.length > 0) as Org;
    expect(org).toBeTruthy();
    const seriesOf = await server.gql<{ series: { id: string; name: { en: string } }[] }>(
      "query ($id: ID!) { series(memberId: $id) { id name { en } } }",
      { id: org.id },
      signInByUsername(server, "demo-member").headers,
    );
    const series = seriesOf.body.data?.series ?? [];
    expect(series.length).toBeGreaterThan(0);

    renderWithApi(<OrganizationPage id={org.id} />, { server, as: signInByUsername(server, "demo-member") });
    expect(await screen.findByRole("heading", { level: 1 }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(org.name.th as string)).toBeTruthy();

    const contacts = screen.getByRole("region", { name: "Contacts" });
    for (const c of org.contacts)
      expect(within(contacts).getByRole("rowheader", { name: c.name })).toBeTruthy();

    const member = screen.getByRole("region", { name: "Meeting series" });
    for (const s of series) {
      expect(within(member).getByRole("link", { name: s.name.en }).getAttribute("href")).toBe(
        `/series/${s.id}`,
      );
    }

    const actions = screen.getByRole("region", { name: `Open actions (${org.openActions.length})` });
    const rows = within(actions).getAllByRole("row");
    expect(rows).toHaveLength(org.openActions.length + 1);
    for (const row of rows.slice(1)) {
      expect(within(row).getByRole("link").getAttribute("href")).toMatch(/^\/meetings\/.+/);
    }
    const overdue = org.openActions.filter((a) => a.overdue).length;
    expect(within(actions).queryAllByText(/overdue by \d+ days?/)).toHaveLength(overdue);
  });

  it("writes due dates in the Buddhist Era for a Thai reader", async () => {
    const org = orgs.find((o) => o.openActions.length > 0) as Org;
    await server.gql(
      "mutation { setMyLanguage(language: th) { __typename } }",
      {},
      signInByUsername(server, "demo-member").headers,
    );
    try {
      renderWithApi(<OrganizationPage id={org.id} />, {
        server,
        as: signInByUsername(server, "demo-member"),
        language: "th",
      });
      const actions = await screen.findByRole("region", { name: /^งานที่ยังไม่เสร็จ/ }, { timeout: 5000 });
      await waitFor(() => expect(within(actions).getAllByText(/25[67]\d/).length).toBeGreaterThan(0));
    } finally {
      await server.gql(
        "mutation { setMyLanguage(language: en) { __typename } }",
        {},
        signInByUsername(server, "demo-member").headers,
      );
    }
  });

  it("says not found for an unknown organization and for an id of something else", async () => {
    const meetings = await server.gql<{ meetings: { edges: { node: { id: string } }[] } }>(
      "query { meetings(first: 1) { edges { node { id } } } }",
      {},
      signInByUsername(server, "demo-member").headers,
    );
    const meetingId = meetings.body.data?.meetings.edges[0]?.node.id as string;
    for (const id of [btoa("Organization:org_none"), meetingId]) {
      const { unmount } = renderWithApi(<OrganizationPage id={id} />, {
        server,
        as: signInByUsername(server, "demo-member"),
      });
      const alert = await screen.findByRole("alert", {}, { timeout: 5000 });
      expect(alert.textContent).toBe("This page does not exist or you may not see it.");
      unmount();
    }
  });
});
