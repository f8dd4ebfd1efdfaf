import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActionTracker } from "../src/features/actions/ActionTracker.tsx";
import { renderWithApi, signInByUsername, startDemoServer, type TestServer } from "./render.tsx";

interface Gql<T> {
  body: { data: T };
}

/** The row of the tracker's table that shows `marker` (the action texts of the demo repeat). */
const rowWith = (marker: RegExp | string): HTMLElement => {
  const row = screen.getAllByRole("row").find((r) => within(r).queryByText(marker) !== null);
  if (!row) throw new Error(`No row shows ${marker}`);
  return row;
};

describe("Action tracker, a member", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startDemoServer();
    // The member's clinic owns two actions, both done; the secretariat reopens the later one, overdue since April.
    const member = signInByUsername(server, "demo-member");
    const me = (await server.gql("{ me { organization { id } } }", {}, member.headers)) as Gql<{
      me: { organization: { id: string } };
    }>;
    const list = (await server.gql(
      "query ($o: ID) { actions(first: 10, organizationId: $o) { edges { node { id version dueOn } } } }",
      { o: me.body.data.me.organization.id },
      member.headers,
    )) as Gql<{ actions: { edges: { node: { id: string; version: number; dueOn: string } }[] } }>;
    const later = list.body.data.actions.edges.map((e) => e.node).find((a) => a.dueOn === "2026-04-05");
    if (!later) throw new Error("The demo data changed: no action of the clinic due on 2026-04-05");
    const reopened = (await server.gql(
      `mutation ($id: ID!, $version: Int!) {
        changeActionStatus(id: $id, version: $version, event: reopen, comment: "The new clinic staff still need the session.") { __typename }
      }`,
      { id: later.id, version: later.version },
      signInByUsername(server, "demo-coordinator").headers,
    )) as Gql<{ changeActionStatus: { __typename: string } }>;
    expect(reopened.body.data.changeActionStatus.__typename).toBe("ChangeActionStatusPayload");
  });
  afterAll(() => server.close());

  it("shows the member's own organization's actions by default, the overdue one with its days and meeting", async () => {
    renderWithApi(<ActionTracker />, { server, as: signInByUsername(server, "demo-member") });
    expect(await screen.findByText("2 actions match")).toBeTruthy();
    const organization = screen.getByLabelText("Owner organization") as HTMLSelectElement;
    expect(organization.selectedOptions[0]?.textContent).toBe("SLMC");
    const row = rowWith(/Overdue by \d+ days/);
    expect(within(row).getByText("Overdue by 230 days")).toBeTruthy();
    expect(within(row).getByText("In progress")).toBeTruthy();
    expect(within(row).getByText("5 April 2026")).toBeTruthy();
    expect(within(row).getByRole("link").getAttribute("href")).toMatch(/^\/meetings\/.+/);
    // Members follow up; they do not get the coordinators' bulk change.
    expect(screen.queryByRole("checkbox", { name: /^Select:/ })).toBeNull();
  });

  it("filters by overdue and by status, and across all organizations", async () => {
    const user = userEvent.setup();
    renderWithApi(<ActionTracker />, { server, as: signInByUsername(server, "demo-member") });
    expect(await screen.findByText("2 actions match")).toBeTruthy();
    await user.click(screen.getByRole("checkbox", { name: "Overdue only" }));
    expect(await screen.findByText("1 action matches")).toBeTruthy();
    expect(screen.getByText("Overdue by 230 days")).toBeTruthy();
    await user.click(screen.getByRole("checkbox", { name: "Overdue only" }));
    const statuses = screen.getByRole("group", { name: "Status" });
    await user.click(within(statuses).getByRole("checkbox", { name: "Done" }));
    expect(await screen.findByText("1 action matches")).toBeTruthy();
    expect(screen.queryByText(/Overdue by/)).toBeNull();
    await user.click(within(statuses).getByRole("checkbox", { name: "Done" }));
    await user.selectOptions(screen.getByLabelText("Owner organization"), "All organizations");
    await user.click(screen.getByRole("checkbox", { name: "Overdue only" }));
    // The demo's 17 overdue actions and the one reopened above.
    expect(await screen.findByText("18 actions match")).toBeTruthy();
  });

  it("marks the overdue action done with a comment, which the history then shows", async () => {
    const user = userEvent.setup();
    renderWithApi(<ActionTracker />, { server, as: signInByUsername(server, "demo-member") });
    await screen.findByText("2 actions match");
    await user.click(within(rowWith(/Overdue by/)).getByRole("button", { name: "Details" }));
    const form = await screen.findByRole("form", { name: "Report progress or change the status" });
    await user.selectOptions(within(form).getByLabelText("What happened"), "Mark done");
    await user.type(
      within(form).getByLabelText("Comment"),
      "Session held on 18 November for 12 clinic staff.",
    );
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(await within(form).findByText("Saved. The action is now Done.")).toBeTruthy();
    const entry = await screen.findByText("Session held on 18 November for 12 clinic staff.");
    const item = entry.closest("li") as HTMLElement;
    expect(within(item).getByText("Status: In progress → Done")).toBeTruthy();
    expect(await within(item).findByText(/Demo Member \(SLMC\)/)).toBeTruthy();
    // The row above the details shows the new status, no longer overdue.
    const actionRow = (form.closest("tr") as HTMLElement).previousElementSibling as HTMLElement;
    expect(within(actionRow).getByText("Done")).toBeTruthy();
    expect(within(actionRow).queryByText(/Overdue by/)).toBeNull();
  });
});
