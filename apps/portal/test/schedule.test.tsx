import { screen, waitFor, within } from "@testing-library/react";
import { userEvent } from "@testing-library/user-event";
import { useQuery } from "urql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ScheduleControls,
  ScheduleControlsFields,
} from "../src/features/meeting/schedule/ScheduleControls.tsx";
import { graphql } from "../src/graphql.ts";
import { canManageSeries, useSession } from "../src/session.tsx";
import { renderWithApi, signInByUsername, startDemoServer, type TestServer } from "./render.tsx";

const HarnessQuery = graphql(
  `
  query ScheduleHarness($id: ID!) {
    node(id: $id) { ... on Meeting { id status series { id } ...ScheduleControlsFields } }
  }
`,
  [ScheduleControlsFields],
);

/** The controls as the meeting header renders them: the meeting's fragment, the user's right, a refresh. */
function Harness({ id }: { id: string }) {
  const { me } = useSession();
  const [{ data }, reexecute] = useQuery({ query: HarnessQuery, variables: { id } });
  const meeting = data?.node && "series" in data.node ? data.node : null;
  if (!meeting) return null;
  return (
    <>
      <p>Meeting {meeting.status}</p>
      <ScheduleControls
        meeting={meeting}
        canManage={canManageSeries(me, meeting.series.id)}
        refresh={() => reexecute({ requestPolicy: "network-only" })}
      />
    </>
  );
}

interface MeetingRow {
  id: string;
  version: number;
  status: string;
  start: string;
}

async function meeting(server: TestServer, id: string): Promise<MeetingRow> {
  const { body } = await server.gql<{ node: MeetingRow }>(
    "query ($id: ID!) { node(id: $id) { ... on Meeting { id version status start } } }",
    { id },
    signInByUsername(server, "demo-admin").headers,
  );
  if (!body.data?.node) throw new Error(`No meeting ${id}`);
  return body.data.node;
}

describe("Schedule controls", () => {
  let server: TestServer;
  /** Fresh Mae Sot meetings, scheduled for this file: one per test that changes one. */
  let scheduled: string[];
  beforeAll(async () => {
    server = await startDemoServer();
    const coordinator = signInByUsername(server, "demo-coordinator");
    const me = await server.gql<{ me: { coordinatedSeries: { id: string }[] } }>(
      "query { me { coordinatedSeries { id } } }",
      {},
      coordinator.headers,
    );
    const { body } = await server.gql<{ scheduleNextMeetings: { meetings: { id: string }[] } }>(
      "mutation ($id: ID!) { scheduleNextMeetings(seriesId: $id, count: 4) { ... on ScheduleNextMeetingsPayload { meetings { id } } } }",
      { id: me.body.data?.me.coordinatedSeries[0]?.id },
      coordinator.headers,
    );
    scheduled = (body.data?.scheduleNextMeetings.meetings ?? []).map((m) => m.id);
    expect(scheduled).toHaveLength(4);
  });
  afterAll(() => server.close());

  it("shows a member no reschedule, postpone or cancel buttons", async () => {
    renderWithApi(<Harness id={scheduled[0] as string} />, {
      server,
      as: signInByUsername(server, "demo-member"),
    });
    // The meeting allows rescheduling, postponing and cancelling, but not to a member.
    expect(await screen.findByText("Meeting scheduled")).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("reschedules a meeting to a new date and time in its zone", async () => {
    const user = userEvent.setup();
    const id = scheduled[0] as string;
    renderWithApi(<Harness id={id} />, { server, as: signInByUsername(server, "demo-coordinator") });
    await user.click(await screen.findByRole("button", { name: "Reschedule" }));
    const form = screen.getByRole("form", { name: "Move the meeting" });
    expect(within(form).getByText(/In Thailand time \(UTC\+7\)/)).toBeTruthy();
    const date = within(form).getByLabelText("Date") as HTMLInputElement;
    expect(date.value).toMatch(/^20\d\d-\d\d-\d\d$/);
    await user.clear(date);
    await user.type(date, "2027-12-17");
    const time = within(form).getByLabelText("Start time");
    await user.clear(time);
    await user.type(time, "13:00");
    await user.click(within(form).getByRole("button", { name: "Move the meeting" }));
    expect(await screen.findByText("The meeting was moved.")).toBeTruthy();
    const after = await meeting(server, id);
    expect(after.start).toBe("2027-12-17T06:00:00Z");
    expect(after.version).toBeGreaterThan(1);
  });

  it("says someone else changed the meeting when the version is stale, then works on the fresh one", async () => {
    const user = userEvent.setup();
    const id = scheduled[1] as string;
    renderWithApi(<Harness id={id} />, { server, as: signInByUsername(server, "demo-coordinator") });
    await user.click(await screen.findByRole("button", { name: "Reschedule" }));
    // Meanwhile another coordinator moves the meeting.
    const before = await meeting(server, id);
    const moved = await server.gql(
      `mutation ($id: ID!, $version: Int!) {
        rescheduleMeeting(id: $id, version: $version, start: "2027-01-14T10:00", zone: "Asia/Bangkok", durationMinutes: 180) { __typename }
      }`,
      { id, version: before.version },
      signInByUsername(server, "demo-admin").headers,
    );
    expect(moved.body.data).toEqual({ rescheduleMeeting: { __typename: "Meeting" } });
    const form = screen.getByRole("form", { name: "Move the meeting" });
    const time = within(form).getByLabelText("Start time") as HTMLInputElement;
    await user.clear(time);
    await user.type(time, "14:00");
    await user.click(within(form).getByRole("button", { name: "Move the meeting" }));
    expect(await within(form).findByText(/Someone else changed this meeting meanwhile/)).toBeTruthy();
    expect(time.value).toBe("14:00");
    expect(await within(form).findByText(/It now starts 14 January 2027, 10:00 \(UTC\+7\)\./)).toBeTruthy();
    // The page reloaded the meeting: the same form now saves against the current version.
    await user.click(within(form).getByRole("button", { name: "Move the meeting" }));
    expect(await screen.findByText("The meeting was moved.")).toBeTruthy();
    expect((await meeting(server, id)).start).toMatch(/T07:00:00Z$/);
  });

  it("cancels a meeting only after confirmation", async () => {
    const user = userEvent.setup();
    const id = scheduled[3] as string;
    renderWithApi(<Harness id={id} />, { server, as: signInByUsername(server, "demo-coordinator") });
    await user.click(await screen.findByRole("button", { name: "Cancel meeting" }));
    expect(screen.getByText(/Cancel this meeting\? This cannot be undone/)).toBeTruthy();
    expect((await meeting(server, id)).status).toBe("scheduled");
    await user.click(screen.getByRole("button", { name: "Keep the meeting" }));
    expect(screen.queryByText(/Cancel this meeting\?/)).toBeNull();
    expect((await meeting(server, id)).status).toBe("scheduled");

    await user.click(screen.getByRole("button", { name: "Cancel meeting" }));
    await user.click(screen.getByRole("button", { name: "Yes, cancel the meeting" }));
    expect(await screen.findByText("The meeting was cancelled.")).toBeTruthy();
    expect((await meeting(server, id)).status).toBe("cancelled");
    // A cancelled meeting allows none of these steps any more.
    await waitFor(() => expect(screen.queryByRole("button", { name: "Reschedule" })).toBeNull());
  });

  it("postpones a meeting after confirmation, in Burmese for a Burmese-speaking admin view", async () => {
    const user = userEvent.setup();
    const id = scheduled[2] as string;
    const admin = signInByUsername(server, "demo-admin");
    await server.gql("mutation { setMyLanguage(language: my) { __typename } }", {}, admin.headers);
    try {
      renderWithApi(<Harness id={id} />, { server, as: admin });
      await user.click(await screen.findByRole("button", { name: "ရွှေ့ဆိုင်းရန်" }));
      await user.click(screen.getByRole("button", { name: "ဟုတ်ကဲ့၊ ရွှေ့ဆိုင်းပါ" }));
      expect(await screen.findByText("အစည်းအဝေးကို ရွှေ့ဆိုင်းပြီးပါပြီ။")).toBeTruthy();
      expect((await meeting(server, id)).status).toBe("postponed");
    } finally {
      await server.gql("mutation { setMyLanguage(language: en) { __typename } }", {}, admin.headers);
    }
  });
});
