import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  findMeeting,
  type MeetingFacts,
  MeetingSections,
  meetingFacts,
  saveMinutesAs,
  step,
} from "./meeting-sections.harness.tsx";
import {
  renderWithApi,
  type SignedIn,
  signInByUsername,
  startDemoServer,
  type TestServer,
} from "./render.tsx";

const SAVE_WAIT = { timeout: 6000 };

describe("Minutes section", () => {
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
    // Circulated minutes of the coordinator's own series, reopened so that they can be written again.
    meeting = await findMeeting(server, coordinator.headers, ["minutes_circulated"], (m) =>
      mine.has(m.series.id),
    );
    await step(server, coordinator.headers, meeting.id, "reopen_minutes");
  });
  afterAll(() => server.close());
  afterEach(() => sessionStorage.clear());

  const minutesOf = async (position: number, language: string) => {
    const facts = await meetingFacts(server, coordinator.headers, meeting.id);
    const item = facts.agenda.find((i) => i.position === position);
    if (!item) throw new Error(`No item ${position}`);
    return { item, minutes: item.minutes.find((m) => m.language === language) };
  };

  it("autosaves typed minutes after a pause, announces it, and shows them after a reload", async () => {
    const user = userEvent.setup();
    const view = renderWithApi(<MeetingSections id={meeting.id} />, { server, as: coordinator });
    const field = await screen.findByRole("textbox", { name: "Minutes of item 1 in English" });
    await user.clear(field);
    await user.type(field, "Partners reviewed shelter capacity in Mae Sot.");
    const status = within(field.closest(".minutes-editor") as HTMLElement).getByRole("status");
    expect(status.textContent).toMatch(/Unsaved changes|Saving…/);
    await waitFor(() => expect(status.textContent).toMatch(/^Saved at \d\d:\d\d$/), SAVE_WAIT);
    expect((await minutesOf(1, "en")).minutes?.body).toBe("Partners reviewed shelter capacity in Mae Sot.");
    expect(sessionStorage.length).toBe(0);

    view.unmount();
    renderWithApi(<MeetingSections id={meeting.id} />, { server, as: coordinator });
    const again = await screen.findByRole("textbox", { name: "Minutes of item 1 in English" });
    expect((again as HTMLTextAreaElement).value).toBe("Partners reviewed shelter capacity in Mae Sot.");
  });

  it("keeps an unsaved draft of an open meeting across a reload of the tab", async () => {
    const user = userEvent.setup();
    const view = renderWithApi(<MeetingSections id={meeting.id} />, { server, as: coordinator });
    const field = await screen.findByRole("textbox", { name: "Minutes of item 4 in English" });
    await user.clear(field);
    await user.type(field, "Draft before the reload");
    // The tab reloads before the autosave: the text comes back from this tab's session storage.
    view.unmount();
    renderWithApi(<MeetingSections id={meeting.id} />, { server, as: coordinator });
    const again = await screen.findByRole("textbox", { name: "Minutes of item 4 in English" });
    expect((again as HTMLTextAreaElement).value).toBe("Draft before the reload");
    const stored = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i));
    expect(stored.filter((k) => k?.includes("minutes"))).toEqual([]);
  });

  it("shows both texts when someone else saved first, and 'keep mine' wins", async () => {
    const user = userEvent.setup();
    renderWithApi(<MeetingSections id={meeting.id} />, { server, as: coordinator });
    const field = await screen.findByRole("textbox", { name: "Minutes of item 2 in English" });
    const loaded = await minutesOf(2, "en");

    // Someone else, in another session, saves between this load and our save.
    const other = signInByUsername(server, "demo-admin");
    expect(
      await saveMinutesAs(server, other.headers, {
        meetingId: meeting.id,
        agendaItemId: loaded.item.id,
        language: "en",
        body: "Their text: DSW confirmed two returns.",
        baseVersion: loaded.minutes?.version ?? 0,
      }),
    ).toBe("SaveMinutesPayload");

    await user.clear(field);
    await user.type(field, "My text: three returns were confirmed.");
    const conflict = await screen.findByRole(
      "region",
      { name: "Someone else saved these minutes first" },
      SAVE_WAIT,
    );
    expect(await within(conflict).findByText("Their text: DSW confirmed two returns.")).toBeTruthy();
    const mine = within(conflict).getByRole("textbox", { name: "Your text (edit it to merge)" });
    expect((mine as HTMLTextAreaElement).value).toBe("My text: three returns were confirmed.");

    await user.click(within(conflict).getByRole("button", { name: "Keep mine" }));
    await waitFor(
      async () =>
        expect((await minutesOf(2, "en")).minutes?.body).toBe("My text: three returns were confirmed."),
      SAVE_WAIT,
    );
    expect(screen.queryByRole("region", { name: "Someone else saved these minutes first" })).toBeNull();
  });

  it("offers to convert Zawgyi typed in a Burmese field, then saves Unicode", async () => {
    const user = userEvent.setup();
    renderWithApi(<MeetingSections id={meeting.id} />, { server, as: coordinator });
    await screen.findByRole("textbox", { name: "Minutes of item 3 in English" });
    const tabs = screen.getAllByRole("tablist")[2] as HTMLElement;
    await user.click(within(tabs).getByRole("tab", { name: "Burmese" }));
    const field = screen.getByRole("textbox", { name: "Minutes of item 3 in Burmese" });
    await user.clear(field);
    await user.click(field);
    await user.paste("အျပည္ျပည္ဆိုင္ရာ လူ႔အခြင့္အေရး ေၾကညာစာတမ္း");
    const offer = await screen.findByRole("button", { name: "Convert to Unicode" });
    expect(screen.getByText(/looks typed in Zawgyi/)).toBeTruthy();
    await user.click(offer);
    expect((field as HTMLTextAreaElement).value).toBe("အပြည်ပြည်ဆိုင်ရာ လူ့အခွင့်အရေး ကြေညာစာတမ်း");
    expect(screen.queryByRole("button", { name: "Convert to Unicode" })).toBeNull();
    await waitFor(
      async () => expect((await minutesOf(3, "my")).minutes?.body).toBe("အပြည်ပြည်ဆိုင်ရာ လူ့အခွင့်အရေး ကြေညာစာတမ်း"),
      SAVE_WAIT,
    );
  });

  it("warns about personal data while typing in an open meeting, naming the kind and not the value", async () => {
    const user = userEvent.setup();
    renderWithApi(<MeetingSections id={meeting.id} />, { server, as: coordinator });
    const field = await screen.findByRole("textbox", { name: "Minutes of item 5 in English" });
    await user.clear(field);
    await user.type(field, "Call the focal point on 081 234 5678 tomorrow.");
    const warning = await screen.findByText(/seems to contain personal data \(phone number\)/);
    expect(warning.textContent).not.toMatch(/081/);
  });

  it("shows members the minutes read-only", async () => {
    renderWithApi(<MeetingSections id={meeting.id} />, {
      server,
      as: signInByUsername(server, "demo-member"),
    });
    await screen.findByRole("heading", { level: 2, name: "Minutes" });
    expect(screen.queryAllByRole("textbox")).toHaveLength(0);
    expect(screen.getAllByRole("tabpanel").length).toBeGreaterThan(0);
  });
});
