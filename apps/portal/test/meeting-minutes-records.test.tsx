import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMeeting, type MeetingFacts, MeetingSections, step } from "./meeting-sections.harness.tsx";
import {
  renderWithApi,
  type SignedIn,
  signInByUsername,
  startDemoServer,
  type TestServer,
} from "./render.tsx";

describe("Decisions and actions of a meeting", () => {
  let server: TestServer;
  let coordinator: SignedIn;
  let meeting: MeetingFacts;

  beforeAll(async () => {
    server = await startDemoServer();
    coordinator = signInByUsername(server, "demo-coordinator");
    const me = (
      await server.gql<{ me: { coordinatedSeries: { id: string }[] } }>(
        "{ me { coordinatedSeries { id } } }",
        {},
        coordinator.headers,
      )
    ).body.data?.me;
    const mine = new Set(me?.coordinatedSeries.map((s) => s.id));
    meeting = await findMeeting(server, coordinator.headers, ["minutes_circulated"], (m) =>
      mine.has(m.series.id),
    );
    await step(server, coordinator.headers, meeting.id, "reopen_minutes");
  });
  afterAll(() => server.close());

  it("records a decision under an agenda item and lists it with its number", async () => {
    const user = userEvent.setup();
    renderWithApi(<MeetingSections id={meeting.id} />, { server, as: coordinator });
    const form = await screen.findByRole("form", { name: "Record a decision" });
    const before = within(screen.getByRole("region", { name: "Decisions" })).queryAllByRole(
      "listitem",
    ).length;
    await user.selectOptions(within(form).getByRole("combobox", { name: "Agenda item" }), [
      within(form).getAllByRole("option")[2] as HTMLOptionElement,
    ]);
    // Submitting without the English text names the field and keeps the rest.
    await user.type(within(form).getByRole("textbox", { name: "Decision in Thai (optional)" }), "ให้ส่งรายชื่อ");
    await user.click(within(form).getByRole("button", { name: "Add decision" }));
    expect(within(form).getByText("Write the decision in English.")).toBeTruthy();
    await user.type(
      within(form).getByRole("textbox", { name: "Decision in English" }),
      "Partners exchange the nationality-verification list before the next meeting.",
    );
    await user.click(within(form).getByRole("button", { name: "Add decision" }));
    expect(await within(form).findByText(`Decision ${before + 1} recorded.`)).toBeTruthy();
    const region = screen.getByRole("region", { name: "Decisions" });
    await waitFor(() =>
      expect(
        within(region).getByText(
          "Partners exchange the nationality-verification list before the next meeting.",
        ),
      ).toBeTruthy(),
    );
    expect(within(region).getByText(`Decision ${before + 1}`)).toBeTruthy();
    expect(
      (within(form).getByRole("textbox", { name: "Decision in English" }) as HTMLTextAreaElement).value,
    ).toBe("");
  });

  it("records an action from a decision for several owner organizations with a due date", async () => {
    const user = userEvent.setup();
    renderWithApi(<MeetingSections id={meeting.id} />, { server, as: coordinator });
    const form = await screen.findByRole("form", { name: "Record an action" });
    await user.selectOptions(within(form).getByRole("combobox", { name: "Agreed under" }), [
      within(form).getByRole("option", { name: /^Decision 1:/ }) as HTMLOptionElement,
    ]);
    await user.type(
      within(form).getByRole("textbox", { name: "What will be done" }),
      "Confirm Burmese and S'gaw Karen interpreters for MDT interviews.",
    );
    const owners = within(form).getByRole("group", { name: "Owner organizations" });
    const boxes = within(owners).getAllByRole("checkbox");
    expect(boxes.length).toBeGreaterThan(5);
    await user.click(within(form).getByRole("button", { name: "Add action" }));
    expect(within(form).getByText("Choose at least one owner organization.")).toBeTruthy();
    await user.click(boxes[0] as HTMLElement);
    await user.click(boxes[1] as HTMLElement);
    await user.type(within(form).getByLabelText("Due date"), "2026-12-31");
    expect(within(form).getByText("Due on 31 December 2026")).toBeTruthy();
    await user.click(within(form).getByRole("button", { name: "Add action" }));
    expect(await within(form).findByText("Action recorded.")).toBeTruthy();

    const region = screen.getByRole("region", { name: "Actions agreed" });
    const cell = await within(region).findByText(
      "Confirm Burmese and S'gaw Karen interpreters for MDT interviews.",
    );
    const row = cell.closest("tr") as HTMLElement;
    expect(within(row).getAllByRole("listitem")).toHaveLength(2);
    expect(within(row).getByText("From decision 1")).toBeTruthy();
    expect(within(row).getByText("Open")).toBeTruthy();
  });

  it("shows the due dates in Buddhist Era to a Thai reader", async () => {
    // The portal speaks the signed-in user's own language: make the coordinator a Thai reader for this test.
    const setLanguage = (language: string) =>
      server.gql(
        "mutation($l: UiLanguage!) { setMyLanguage(language: $l) { __typename } }",
        { l: language },
        coordinator.headers,
      );
    await setLanguage("th");
    try {
      renderWithApi(<MeetingSections id={meeting.id} />, { server, as: coordinator, language: "th" });
      const region = await screen.findByRole("region", { name: "งานที่ตกลงให้ดำเนินการ" });
      expect(within(region).getAllByText(/พ\.ศ\. 25\d\d/).length).toBeGreaterThan(0);
      expect(within(region).getByRole("columnheader", { name: "กำหนดเสร็จ" })).toBeTruthy();
    } finally {
      await setLanguage("en");
    }
  });
});
