import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgreementPage } from "../src/features/agreements/AgreementPage.tsx";
import {
  renderWithApi,
  type SignedIn,
  signInByUsername,
  startDemoServer,
  type TestServer,
} from "./render.tsx";

const MOU_TITLE =
  "Thailand–Myanmar MOU on Cooperation to Combat Trafficking in Persons, Especially Women and Children";

interface Found {
  agreements: { edges: { node: { id: string; title: { en: string } } }[] };
  meetings: { edges: { node: { id: string; invitations: { organization: { id: string } }[] } }[] };
}

describe("Agreement page", () => {
  let server: TestServer;
  let admin: SignedIn;
  let mouId: string;
  let actionText: string;
  beforeAll(async () => {
    server = await startDemoServer();
    admin = signInByUsername(server, "demo-admin");
    const found = await server.gql<Found>(
      `query ($q: String!) {
        agreements(query: $q, kind: [mou], first: 5) { edges { node { id title { en } } } }
        meetings(status: [held, minutes_draft, minutes_circulated, minutes_approved], first: 1) {
          edges { node { id invitations { organization { id } } } }
        }
      }`,
      { q: "Thailand–Myanmar MOU on Cooperation to Combat" },
      admin.headers,
    );
    const mou = found.body.data?.agreements.edges.find((e) => e.node.title.en === MOU_TITLE);
    const meeting = found.body.data?.meetings.edges[0]?.node;
    if (!mou || !meeting) throw new Error(`demo data missing: ${JSON.stringify(found.body)}`);
    mouId = mou.node.id;
    // An action carrying out clause 2 (protection, recovery and reintegration) of the MOU.
    actionText = "Share the list of cases ready for return before the next case management meeting";
    const created = await server.gql<{ createAction: { __typename: string } }>(
      `mutation ($input: CreateActionInput!) { createAction(input: $input) { __typename ... on Error { message } } }`,
      {
        input: {
          source: { meetingId: meeting.id },
          ownerIds: [meeting.invitations[0]?.organization.id],
          dueOn: "2026-10-31",
          text: actionText,
          links: [{ agreementId: mouId, clause: "2.1" }],
        },
      },
      admin.headers,
    );
    expect(created.body.data?.createAction.__typename).toBe("CreateActionPayload");
  });
  afterAll(() => server.close());

  it("shows the 2009 Thailand–Myanmar MOU with its parties, signatories, kind and status", async () => {
    renderWithApi(<AgreementPage id={mouId} />, { server, as: signInByUsername(server, "demo-member") });
    expect(await screen.findByRole("heading", { level: 1, name: MOU_TITLE }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText("In force", { selector: "dd" })).toBeTruthy();
    expect(screen.getByText("MOU", { selector: "dd" })).toBeTruthy();
    const parties = screen.getByRole("region", { name: "Parties and signatories" });
    expect(
      within(parties).getByRole("link", {
        name: "Government of Thailand, represented by Ministry of Social Development and Human Security",
      }),
    ).toBeTruthy();
    expect(
      within(parties).getByText(/Government of Myanmar, represented by Ministry of Home Affairs/),
    ).toBeTruthy();
    expect(within(parties).getByText("Minister of Home Affairs")).toBeTruthy();
    expect(within(parties).getAllByText(/signed 24 April 2009/)).toHaveLength(2);
  });

  it("lays out the timeline as an ordered list with today marked after the past dates", async () => {
    renderWithApi(<AgreementPage id={mouId} />, { server, as: signInByUsername(server, "demo-member") });
    const timeline = await screen.findByRole("region", { name: "Timeline" }, { timeout: 5000 });
    const list = within(timeline).getByRole("list");
    expect(list.tagName).toBe("OL");
    const items = within(list).getAllByRole("listitem");
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/24 April 2009 Signed/),
      expect.stringMatching(/24 April 2009 In force/),
      expect.stringMatching(/Today/),
    ]);
    expect(items[2]?.getAttribute("aria-current")).toBe("date");
    expect(within(timeline).getByText("Renewal needs a new decision by the parties.")).toBeTruthy();
  });

  it("lists the cooperation areas with the actions linked to each, their progress and meeting", async () => {
    renderWithApi(<AgreementPage id={mouId} />, { server, as: signInByUsername(server, "demo-admin") });
    const areas = await screen.findByRole(
      "region",
      { name: "Cooperation areas and actions" },
      { timeout: 5000 },
    );
    const headings = within(areas)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      "1. Prevention",
      "2. Protection, recovery and reintegration",
      "3. Law enforcement and criminal justice",
      "4. Joint actions",
    ]);
    const protection = within(areas).getByRole("listitem", {
      name: "2. Protection, recovery and reintegration",
    });
    expect(within(protection).getByText("1 action")).toBeTruthy();
    expect(within(protection).getByText("Open: 1")).toBeTruthy();
    expect(within(protection).getByText("1 overdue")).toBeTruthy();
    expect(within(protection).getByText(new RegExp(actionText))).toBeTruthy();
    expect(
      within(protection)
        .getByRole("link", { name: /^agreed at/ })
        .getAttribute("href"),
    ).toMatch(/^\/meetings\/.+/);
    const prevention = within(areas).getByRole("listitem", { name: "1. Prevention" });
    expect(within(prevention).getByText("no actions")).toBeTruthy();
    const related = screen.getByRole("region", { name: "Related agreements" });
    expect(
      within(related)
        .getByRole("link", { name: /Thailand–Myanmar SOP on Case Management/ })
        .getAttribute("href"),
    ).toMatch(/^\/agreements\/.+/);
  });

  it("offers admins the lifecycle steps the API allows, and members none", async () => {
    const found = await server.gql<Found>(
      '{ agreements(query: "Thailand–Viet Nam", first: 1) { edges { node { id title { en } } } } }',
      {},
      admin.headers,
    );
    const id = found.body.data?.agreements.edges[0]?.node.id ?? "";
    const member = renderWithApi(<AgreementPage id={id} />, {
      server,
      as: signInByUsername(server, "demo-member"),
    });
    await screen.findByRole("region", { name: "Timeline" }, { timeout: 5000 });
    expect(screen.queryByRole("region", { name: "Lifecycle" })).toBeNull();
    member.unmount();

    const user = userEvent.setup();
    renderWithApi(<AgreementPage id={id} />, { server, as: admin });
    const lifecycle = await screen.findByRole("region", { name: "Lifecycle" }, { timeout: 5000 });
    expect(within(lifecycle).queryByRole("button", { name: "Sign" })).toBeNull();
    const date = within(lifecycle).getByLabelText("Date of the step");
    await user.clear(date);
    await user.type(date, "2026-11-01");
    await user.click(within(lifecycle).getByRole("button", { name: "Start review" }));
    expect(await screen.findByText("Under review", { selector: "dd" }, { timeout: 5000 })).toBeTruthy();
    const timeline = screen.getByRole("region", { name: "Timeline" });
    expect(within(timeline).getByText("Review started").parentElement?.textContent).toContain(
      "1 November 2026",
    );
    expect(
      within(screen.getByRole("region", { name: "Lifecycle" })).getByRole("button", {
        name: "Complete review",
      }),
    ).toBeTruthy();
  });

  it("says so when the agreement does not exist", async () => {
    renderWithApi(<AgreementPage id="QWdyZWVtZW50Om5vbmU=" />, {
      server,
      as: signInByUsername(server, "demo-member"),
    });
    expect(
      await screen.findByText("This agreement does not exist or you may not see it.", {}, { timeout: 5000 }),
    ).toBeTruthy();
  });
});
