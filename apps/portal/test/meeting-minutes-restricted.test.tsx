import { thaiIdCheckDigit } from "@moei/domain/data-protection";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  findMeeting,
  type MeetingFacts,
  MeetingSections,
  meetingFacts,
  step,
} from "./meeting-sections.harness.tsx";
import {
  renderWithApi,
  type SignedIn,
  signInByUsername,
  startDemoServer,
  type TestServer,
} from "./render.tsx";

describe("Minutes and decisions of a restricted meeting", () => {
  let server: TestServer;
  let admin: SignedIn;
  let meeting: MeetingFacts;

  beforeAll(async () => {
    server = await startDemoServer();
    const early = signInByUsername(server, "demo-admin");
    meeting = await findMeeting(
      server,
      early.headers,
      ["scheduled"],
      (m) => m.series.confidentiality === "restricted" && m.agenda.length > 0,
    );
    const start = (
      await server.gql<{ node: { start: string } }>(
        "query($id: ID!) { node(id: $id) { ... on Meeting { start } } }",
        { id: meeting.id },
        early.headers,
      )
    ).body.data?.node.start as string;
    // An hour into the case management meeting, which the admin marks as held.
    server.setNow(new Date(Date.parse(start) + 3_600_000).toISOString().replace(/\.\d{3}Z$/, "Z"));
    admin = signInByUsername(server, "demo-admin");
    await step(server, admin.headers, meeting.id, "hold");
  });
  afterAll(() => server.close());

  it("warns while a valid Thai ID number is typed and saves nothing while it remains", async () => {
    const user = userEvent.setup();
    renderWithApi(<MeetingSections id={meeting.id} />, { server, as: admin });
    const field = await screen.findByRole("textbox", { name: "Minutes of item 1 in English" });
    const first12 = "310050012345";
    const id = `${first12}${thaiIdCheckDigit(first12)}`;
    await user.type(field, `Case CMM30-L017 holds ID ${id} for the referral.`);
    const warning = await screen.findByText(
      /Restricted meeting: text with personal data \(Thai ID number\) is refused/,
    );
    expect(warning.textContent).not.toContain(id);
    await user.tab();
    const status = within(field.closest(".minutes-editor") as HTMLElement).getByRole("status");
    await waitFor(() =>
      expect(status.textContent).toBe("Not saved: personal data must be removed first (Thai ID number)."),
    );
    // Past the autosave delay, still nothing on the server, and nothing kept in the tab's storage.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const facts = await meetingFacts(server, admin.headers, meeting.id);
    expect(facts.agenda.find((i) => i.position === 1)?.minutes).toEqual([]);
    expect(sessionStorage.length).toBe(0);
    expect((field as HTMLTextAreaElement).value).toContain(id);

    // Once the number is gone, the minutes save.
    await user.clear(field);
    await user.type(field, "Case CMM30-L017: referral confirmed by DSW.");
    await waitFor(() => expect(status.textContent).toMatch(/^Saved at/), { timeout: 6000 });
    expect(screen.queryByText(/Restricted meeting: text with personal data/)).toBeNull();
  });

  it("holds back a decision with a phone number and says why, without echoing it", async () => {
    const user = userEvent.setup();
    renderWithApi(<MeetingSections id={meeting.id} />, { server, as: admin });
    const form = await screen.findByRole("form", { name: "Record a decision" });
    await user.type(
      within(form).getByRole("textbox", { name: "Decision in English" }),
      "DSW to call the family on +95 9 421 234 567.",
    );
    const warning = await within(form).findByText(
      /Restricted meeting: text with personal data \(phone number\)/,
    );
    expect(warning.textContent).not.toMatch(/421/);
    expect((within(form).getByRole("button", { name: "Add decision" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(
      within(screen.getByRole("region", { name: "Decisions" })).getByText("No decisions recorded."),
    ).toBeTruthy();
  });
});
