import { configure, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MeetingPage } from "../src/features/meeting/MeetingPage.tsx";
import { api, firstMeeting, maeSotSeries } from "./meeting-page.fixtures.ts";
import {
  renderWithApi,
  type SignedIn,
  signInByUsername,
  startDemoServer,
  type TestServer,
} from "./render.tsx";

// The real server answers while other suites run: give it time.
configure({ asyncUtilTimeout: 5000 });

interface AgendaItem {
  id: string;
  position: number;
  title: { en: string; th: string | null; my: string | null };
  durationMinutes: number | null;
  presenter: { acronym: string | null } | null;
  link: { clause: string | null; sopStepKey: string | null; agreement: { id: string } } | null;
}

describe("Meeting agenda", () => {
  let server: TestServer;
  let coordinator: SignedIn;
  let meetingId: string;
  beforeAll(async () => {
    server = await startDemoServer();
    coordinator = signInByUsername(server, "demo-coordinator");
    const meeting = await firstMeeting(server, coordinator, await maeSotSeries(server, coordinator), [
      "scheduled",
    ]);
    meetingId = meeting.id;
  });
  afterAll(() => server.close());

  const open = (as: SignedIn = coordinator) =>
    renderWithApi(<MeetingPage id={meetingId} />, { server, as, path: `/meetings/${meetingId}` });
  const agendaNow = async () =>
    (
      await api<{ node: { agenda: AgendaItem[] } }>(
        server,
        coordinator,
        `query ($id: ID!) { node(id: $id) { ... on Meeting { agenda {
          id position title { en th my } durationMinutes presenter { acronym } link { clause sopStepKey agreement { id } }
        } } } }`,
        { id: meetingId },
      )
    ).node.agenda;
  const titlesIn = (region: HTMLElement) =>
    within(within(region).getAllByRole("list")[0] as HTMLElement)
      .getAllByRole("listitem")
      .map((li) => li.querySelector(".agenda-item__title")?.textContent);

  it("adds an item with its presenter, duration and the agreement clause it discusses", async () => {
    const user = userEvent.setup();
    const before = await agendaNow();
    open();
    const region = await screen.findByRole("region", { name: "Agenda" });
    const total = before.reduce((n, i) => n + (i.durationMinutes ?? 0), 0);
    expect(within(region).getByText(`Planned time: ${total} minutes`)).toBeTruthy();
    await user.click(await within(region).findByRole("button", { name: "Add an agenda item" }));
    const form = within(region).getByRole("form", { name: "New agenda item" });
    await user.type(
      within(form).getByRole("textbox", { name: "Title (English)" }),
      "Hotline referral figures",
    );
    await user.click(within(form).getByRole("button", { name: "Title in other languages (optional)" }));
    await user.type(within(form).getByRole("textbox", { name: "Title (Thai)" }), "สถิติการส่งต่อจากสายด่วน");
    await user.selectOptions(within(form).getByRole("combobox", { name: "Presenting organization" }), [
      within(form).getByRole("option", { name: /^IOM/ }),
    ]);
    await user.type(within(form).getByRole("spinbutton", { name: "Duration (minutes)" }), "25");
    const agreement = within(form).getByRole("combobox", { name: "Agreement discussed" });
    const sop = await within(agreement).findByRole("option", {
      name: /^Thailand–Myanmar SOP on Case Management/,
    });
    await user.selectOptions(agreement, [sop]);
    await user.type(within(form).getByRole("textbox", { name: "Clause" }), "3.1");
    // The SOP's steps, from its latest version.
    const step = await within(form).findByRole("combobox", { name: "SOP step" });
    await user.selectOptions(step, [within(step).getByRole("option", { name: /^1\. Identification/ })]);
    await user.click(within(form).getByRole("button", { name: "Save the item" }));

    expect(
      await within(region).findByText("“Hotline referral figures” is added to the agenda."),
    ).toBeTruthy();
    expect(await within(region).findByText(`Planned time: ${total + 25} minutes`)).toBeTruthy();
    expect(titlesIn(region).at(-1)).toBe("Hotline referral figures");
    expect(within(region).getByText(/clause 3\.1 · SOP step: Identification in Thailand/)).toBeTruthy();
    const added = (await agendaNow()).at(-1);
    expect(added).toMatchObject({
      position: before.length + 1,
      title: { en: "Hotline referral figures", th: "สถิติการส่งต่อจากสายด่วน" },
      durationMinutes: 25,
      presenter: { acronym: "IOM" },
      link: { clause: "3.1", sopStepKey: "identification" },
    });
  });

  it("offers to convert a Burmese title typed in Zawgyi, and saves it in Unicode", async () => {
    const user = userEvent.setup();
    open();
    const region = await screen.findByRole("region", { name: "Agenda" });
    await user.click(await within(region).findByRole("button", { name: "Add an agenda item" }));
    const form = within(region).getByRole("form", { name: "New agenda item" });
    await user.type(within(form).getByRole("textbox", { name: "Title (English)" }), "Human rights briefing");
    await user.click(within(form).getByRole("button", { name: "Title in other languages (optional)" }));
    const burmese = within(form).getByRole("textbox", { name: "Title (Burmese)" });
    await user.click(burmese);
    await user.paste("အျပည္ျပည္ဆိုင္ရာ လူ႔အခြင့္အေရး ေၾကညာစာတမ္း");
    await user.click(await within(form).findByRole("button", { name: "Convert to Unicode" }));
    expect((burmese as HTMLInputElement).value).toBe("အပြည်ပြည်ဆိုင်ရာ လူ့အခွင့်အရေး ကြေညာစာတမ်း");
    expect(within(form).queryByRole("button", { name: "Convert to Unicode" })).toBeNull();
    await user.click(within(form).getByRole("button", { name: "Save the item" }));
    await within(region).findByText("“Human rights briefing” is added to the agenda.");
    expect((await agendaNow()).at(-1)?.title).toMatchObject({
      en: "Human rights briefing",
      my: "အပြည်ပြည်ဆိုင်ရာ လူ့အခွင့်အရေး ကြေညာစာတမ်း",
    });
  });

  it("keeps what was typed when the API refuses the item", async () => {
    const user = userEvent.setup();
    open();
    const region = await screen.findByRole("region", { name: "Agenda" });
    await user.click(await within(region).findByRole("button", { name: "Add an agenda item" }));
    const form = within(region).getByRole("form", { name: "New agenda item" });
    const title = within(form).getByRole("textbox", { name: "Title (English)" });
    await user.type(title, "Far too long an item");
    await user.type(within(form).getByRole("spinbutton", { name: "Duration (minutes)" }), "100000");
    await user.click(within(form).getByRole("button", { name: "Save the item" }));
    const duration = within(form).getByRole("spinbutton", { name: "Duration (minutes)" });
    await within(form).findByText("Check the fields marked below.", { exact: false });
    expect(duration.getAttribute("aria-invalid")).toBe("true");
    expect((title as HTMLInputElement).value).toBe("Far too long an item");
    expect((duration as HTMLInputElement).value).toBe("100000");
  });

  it("moves items up and down with the whole order saved, keeping focus on the moved item", async () => {
    const user = userEvent.setup();
    const before = await agendaNow();
    open();
    const region = await screen.findByRole("region", { name: "Agenda" });
    const second = before[1]?.title.en as string;
    const first = before[0]?.title.en as string;
    const up = await within(region).findByRole("button", { name: `Move “${second}” up` });
    expect(
      within(region)
        .getByRole("button", { name: `Move “${first}” up` })
        .hasAttribute("disabled"),
    ).toBe(true);
    await user.click(up);
    expect(await within(region).findByText(`“${second}” is now item 1.`)).toBeTruthy();
    await waitFor(() => expect(titlesIn(region).slice(0, 2)).toEqual([second, first]));
    expect((await agendaNow()).map((i) => i.id)).toEqual([
      before[1]?.id,
      before[0]?.id,
      ...before.slice(2).map((i) => i.id),
    ]);
    await waitFor(() =>
      expect(document.activeElement?.getAttribute("aria-label")).toBe(`Move “${second}” down`),
    );

    await user.click(within(region).getByRole("button", { name: `Move “${second}” down` }));
    expect(await within(region).findByText(`“${second}” is now item 2.`)).toBeTruthy();
    expect((await agendaNow()).map((i) => i.id)).toEqual(before.map((i) => i.id));
  });

  it("edits an item's title and duration", async () => {
    const user = userEvent.setup();
    const before = await agendaNow();
    const item = before.find((i) => i.title.en === "Hotline referral figures") as AgendaItem;
    open();
    const region = await screen.findByRole("region", { name: "Agenda" });
    await user.click(await within(region).findByRole("button", { name: "Edit “Hotline referral figures”" }));
    const form = within(region).getByRole("form", { name: "Edit “Hotline referral figures”" });
    const title = within(form).getByRole("textbox", { name: "Title (English)" });
    await user.clear(title);
    await user.type(title, "Hotline referrals: October figures");
    const duration = within(form).getByRole("spinbutton", { name: "Duration (minutes)" });
    await user.clear(duration);
    await user.type(duration, "15");
    await user.click(within(form).getByRole("button", { name: "Save the item" }));
    expect(await within(region).findByText("“Hotline referrals: October figures” is saved.")).toBeTruthy();
    const after = (await agendaNow()).find((i) => i.id === item.id);
    expect(after).toMatchObject({
      title: { en: "Hotline referrals: October figures" },
      durationMinutes: 15,
      position: item.position,
    });
  });

  it("removes an item only after confirmation", async () => {
    const user = userEvent.setup();
    const before = await agendaNow();
    open();
    const region = await screen.findByRole("region", { name: "Agenda" });
    const name = "Hotline referrals: October figures";
    await user.click(await within(region).findByRole("button", { name: `Remove “${name}”` }));
    const confirm = within(region).getByRole("group", {
      name: `Remove “${name}” from the agenda, with its minutes?`,
    });
    await user.click(within(confirm).getByRole("button", { name: "Keep it" }));
    expect(await agendaNow()).toHaveLength(before.length);
    await user.click(within(region).getByRole("button", { name: `Remove “${name}”` }));
    await user.click(within(region).getByRole("button", { name: "Yes, remove it" }));
    expect(await within(region).findByText(`“${name}” is removed from the agenda.`)).toBeTruthy();
    await waitFor(() => expect(titlesIn(region)).not.toContain(name));
    expect(await agendaNow()).toHaveLength(before.length - 1);
  });

  it("shows a member the agenda read-only", async () => {
    open(signInByUsername(server, "demo-member"));
    const region = await screen.findByRole("region", { name: "Agenda" });
    expect(titlesIn(region).length).toBeGreaterThan(0);
    expect(within(region).queryByRole("button")).toBeNull();
  });
});
