import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActionTracker } from "../src/features/actions/ActionTracker.tsx";
import { renderWithApi, signInByUsername, startDemoServer, type TestServer } from "./render.tsx";

interface Action {
  id: string;
  version: number;
  status: string;
  progress: { comment: string }[];
}

const actionById = async (server: TestServer, id: string): Promise<Action> => {
  const r = (await server.gql(
    "query ($id: ID!) { node(id: $id) { ... on Action { id version status progress { comment } } } }",
    { id },
    signInByUsername(server, "demo-admin").headers,
  )) as { body: { data: { node: Action } } };
  return r.body.data.node;
};

/** The action row whose select checkbox is `box`. */
const rowOf = (box: HTMLElement) => box.closest("tr") as HTMLElement;

describe("Action tracker, the secretariat", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startDemoServer();
  });
  afterAll(() => server.close());

  it("lists every organization's actions by default and starts two open ones at once, with each result", async () => {
    const user = userEvent.setup();
    renderWithApi(<ActionTracker />, { server, as: signInByUsername(server, "demo-coordinator") });
    expect(await screen.findByText("74 actions match", {}, { timeout: 8000 })).toBeTruthy();
    expect((screen.getByLabelText("Owner organization") as HTMLSelectElement).value).toBe("");
    const statuses = screen.getByRole("group", { name: "Status" });
    await user.click(within(statuses).getByRole("checkbox", { name: "Open" }));
    const open = (await server.gql(
      "{ actions(first: 1, status: [open]) { totalCount } }",
      {},
      signInByUsername(server, "demo-coordinator").headers,
    )) as { body: { data: { actions: { totalCount: number } } } };
    expect(
      await screen.findByText(`${open.body.data.actions.totalCount} actions match`, {}, { timeout: 5000 }),
    ).toBeTruthy();
    const boxes = screen.getAllByRole("checkbox", { name: /^Select:/ });
    expect(boxes.length).toBeGreaterThan(1);
    const chosen = boxes.slice(0, 2);
    for (const box of chosen) await user.click(box);
    const bulk = screen.getByRole("region", { name: "Change the selected actions" });
    expect(within(bulk).getByText("2 actions selected")).toBeTruthy();
    await user.selectOptions(within(bulk).getByLabelText("Step for all selected"), "Start");
    await user.type(within(bulk).getByLabelText("Comment"), "Started after the November meeting.");
    await user.click(within(bulk).getByRole("button", { name: "Apply to the selected actions" }));
    expect(await within(bulk).findByText("2 actions changed of 2.")).toBeTruthy();
    const results = within(bulk).getByRole("list");
    expect(within(results).getAllByText("Changed: now In progress")).toHaveLength(2);
    // The rows show the new status and the selection is cleared.
    for (const box of chosen) expect(within(rowOf(box)).getByText("In progress")).toBeTruthy();
    expect(within(bulk).getByText("No actions selected")).toBeTruthy();
  });

  it("says someone else changed the action when its version is stale, reloads it and keeps the comment", async () => {
    const user = userEvent.setup();
    renderWithApi(<ActionTracker />, { server, as: signInByUsername(server, "demo-coordinator") });
    await screen.findByText("74 actions match", {}, { timeout: 8000 });
    const statuses = screen.getByRole("group", { name: "Status" });
    await user.click(within(statuses).getByRole("checkbox", { name: "Blocked" }));
    expect(await screen.findByText("7 actions match", {}, { timeout: 5000 })).toBeTruthy();
    const row = rowOf(screen.getAllByRole("checkbox", { name: /^Select:/ })[0] as HTMLElement);
    await user.click(within(row).getByRole("button", { name: "Details" }));
    const form = await screen.findByRole("form", { name: "Report progress or change the status" });
    // Meanwhile an admin reports progress on the same action.
    const id = await idOfRow(server, row);
    const before = await actionById(server, id);
    const other = (await server.gql(
      `mutation ($id: ID!, $version: Int!) {
        changeActionStatus(id: $id, version: $version, event: report, comment: "Waiting for the provincial office's reply.") { __typename }
      }`,
      { id, version: before.version },
      signInByUsername(server, "demo-admin").headers,
    )) as { body: { data: { changeActionStatus: { __typename: string } } } };
    expect(other.body.data.changeActionStatus.__typename).toBe("ChangeActionStatusPayload");
    await user.selectOptions(within(form).getByLabelText("What happened"), "Unblock");
    const comment = within(form).getByLabelText("Comment") as HTMLTextAreaElement;
    await user.type(comment, "The shelter reopened its intake.");
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(
      await within(form).findByText(
        `Someone changed this action meanwhile (now version ${before.version + 1}). It has been reloaded: check it and save again. Your comment is kept.`,
      ),
    ).toBeTruthy();
    expect(comment.value).toBe("The shelter reopened its intake.");
    expect(await screen.findByText("Waiting for the provincial office's reply.")).toBeTruthy();
    // The second try goes against the fresh version.
    await user.click(within(form).getByRole("button", { name: "Save" }));
    expect(await within(form).findByText("Saved. The action is now In progress.")).toBeTruthy();
    expect((await actionById(server, id)).status).toBe("in_progress");
  });
});

/** The id of the action in `row`, found by its text and meeting among the blocked actions. */
async function idOfRow(server: TestServer, row: HTMLElement): Promise<string> {
  const text = (row.querySelector(".act-row__text") as HTMLElement).textContent;
  const meeting = (within(row).getByRole("link").getAttribute("href") as string).replace("/meetings/", "");
  const r = (await server.gql(
    "{ actions(first: 50, status: [blocked]) { edges { node { id text meeting { id } } } } }",
    {},
    signInByUsername(server, "demo-admin").headers,
  )) as {
    body: { data: { actions: { edges: { node: { id: string; text: string; meeting: { id: string } } }[] } } };
  };
  const found = r.body.data.actions.edges.find((e) => e.node.text === text && e.node.meeting.id === meeting);
  if (!found) throw new Error("The row's action was not found");
  return found.node.id;
}
