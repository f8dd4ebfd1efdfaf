import type { OpenDataFacts } from "@moei/db";
import type { Instant, PlainDate, SeriesId, TimeZone } from "@moei/domain/shared";
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { heldStatuses, openDataDocument } from "../src/exports/open-data.ts";
import { type SignedIn, signInByUsername, startDemoServer, type TestServer } from "./testing.ts";

/*
 * The open-data file against the real server over the demo data: never a restricted series (whoever asks),
 * public series only for anonymous readers, and figures that agree with a count made independently from
 * the GraphQL API (dates read with Intl in each meeting's zone, held statuses written out here).
 */

const NOW = "2026-11-21T03:00:00Z";
const HELD = ["held", "minutes_draft", "minutes_circulated", "minutes_approved"];

interface OpenData {
  generatedAt: string;
  license: { id: string; name: string; url: string };
  scope: { confidentiality: string[] };
  definitions: Record<string, string>;
  series: {
    id: string;
    name: { en: string };
    kind: string;
    confidentiality: string;
    meetingsHeld: { total: number; byYear: { year: number; count: number }[] };
    actions: { doneOnTime: number; doneLate: number; open: number; cancelled: number };
  }[];
  organizations: {
    id: string;
    name: { en: string };
    acronym?: string;
    invited: number;
    attended: number;
    attendanceRate: number;
  }[];
}

let s: TestServer;
let admin: SignedIn;
let observer: SignedIn;

async function fetchOpenData(who: SignedIn | null) {
  const response = await fetch(`${s.url}/open-data/aggregates.json`, { headers: who?.headers ?? {} });
  const text = await response.text();
  return { response, text, body: JSON.parse(text) as OpenData };
}

async function gql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  who: SignedIn = admin,
): Promise<T> {
  const result = await s.gql<T>(query, variables, who.headers);
  if (result.body.errors) throw new Error(JSON.stringify(result.body.errors));
  return result.body.data as T;
}

/** The calendar date of an instant in a zone, by Intl rather than by the domain. */
const localDate = (instant: string, zone: string) =>
  new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(instant));

interface Listed {
  id: string;
  confidentiality: string;
  meetings: {
    edges: {
      node: {
        status: string;
        start: string;
        zone: string;
        invitations: { organization: { id: string } }[];
        attendance: { status: string; organization: { id: string } }[];
        actions: { status: string; dueOn: string; completedAt: string | null }[];
      };
    }[];
  };
}

const SERIES = /* GraphQL */ `{ series { id confidentiality } }`;
const MEETINGS = /* GraphQL */ `
  query Meetings($id: ID!) {
    node(id: $id) {
      ... on Series {
        meetings(first: 50) { edges { node {
          status start zone
          invitations { organization { id } }
          attendance { status organization { id } }
          actions { status dueOn completedAt }
        } } }
      }
    }
  }
`;

/** The series `who` may read, each with its meetings (the demo series have fewer than 50 each). */
async function listSeries(who: SignedIn = admin): Promise<Listed[]> {
  const { series } = await gql<{ series: Omit<Listed, "meetings">[] }>(SERIES, {}, who);
  return Promise.all(
    series.map(async (x) => {
      const { node } = await gql<{ node: Pick<Listed, "meetings"> }>(MEETINGS, { id: x.id }, who);
      return { ...x, meetings: node.meetings };
    }),
  );
}

beforeAll(async () => {
  s = await startDemoServer({ now: NOW });
  admin = signInByUsername(s, "demo-admin");
  observer = signInByUsername(s, "demo-observer");
});
afterAll(() => s.close());

describe("open data", () => {
  it("gives signed-in readers every public and partners series, and never the restricted one, even to admins", async () => {
    const listed = await listSeries();
    const secret = listed.filter((x) => x.confidentiality === "restricted");
    expect(secret).toHaveLength(1);
    const { response, text, body } = await fetchOpenData(admin);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(body.series.map((x) => x.id).sort()).toEqual(
      listed
        .filter((x) => x.confidentiality !== "restricted")
        .map((x) => x.id)
        .sort(),
    );
    for (const x of secret) {
      expect(text).not.toContain(x.id);
      expect(text).not.toContain(decodeGlobalID(x.id).id);
    }
    expect(body.scope).toEqual({ confidentiality: ["public", "partners"] });
    expect(body.generatedAt).toBe(NOW);
    expect(body.license).toMatchObject({ id: "CC-BY-4.0" });
    expect(Object.keys(body.definitions)).toEqual(
      expect.arrayContaining([
        "series[].meetingsHeld",
        "series[].actions.doneOnTime",
        "organizations[].attendanceRate",
      ]),
    );
    // Organizations show up by global id, which node(id:) takes.
    const first = body.organizations[0] as OpenData["organizations"][number];
    const node = await gql<{ node: { name: { en: string } } }>(
      "query N($id: ID!) { node(id: $id) { ... on Organization { name { en } } } }",
      { id: first.id },
    );
    expect(node.node.name.en).toBe(first.name.en);
  });

  it("agrees with a count made from the API for one series and one organization", async () => {
    const listed = (await listSeries()).filter((x) => x.confidentiality !== "restricted");
    const { body } = await fetchOpenData(admin);

    const maeSot = listed.find((x) => x.meetings.edges.length > 20) as Listed;
    const meetings = maeSot.meetings.edges.map((e) => e.node);
    const byYear = new Map<number, number>();
    for (const m of meetings.filter((m) => HELD.includes(m.status))) {
      const year = Number(localDate(m.start, m.zone).slice(0, 4));
      byYear.set(year, (byYear.get(year) ?? 0) + 1);
    }
    const actions = { doneOnTime: 0, doneLate: 0, open: 0, cancelled: 0 };
    for (const m of meetings) {
      for (const a of m.actions) {
        if (a.status === "cancelled") actions.cancelled += 1;
        else if (a.status !== "done") actions.open += 1;
        else if (a.completedAt !== null && localDate(a.completedAt, m.zone) <= a.dueOn)
          actions.doneOnTime += 1;
        else actions.doneLate += 1;
      }
    }
    const figures = body.series.find((x) => x.id === maeSot.id);
    expect(figures?.meetingsHeld).toEqual({
      total: [...byYear.values()].reduce((a, b) => a + b, 0),
      byYear: [...byYear].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count })),
    });
    expect(figures?.actions).toEqual(actions);
    expect(actions.doneOnTime + actions.doneLate).toBeGreaterThan(0);
    expect(actions.open).toBeGreaterThan(0);

    // An organization invited to meetings of several series: all held meetings of the public and partners series.
    const organization = body.organizations.find(
      (o) => o.acronym === "DSW",
    ) as OpenData["organizations"][number];
    let invited = 0;
    let attended = 0;
    for (const m of listed.flatMap((x) => x.meetings.edges.map((e) => e.node))) {
      if (!HELD.includes(m.status) || !m.invitations.some((i) => i.organization.id === organization.id))
        continue;
      invited += 1;
      const status = m.attendance.find((a) => a.organization.id === organization.id)?.status;
      if (status === "present" || status === "remote") attended += 1;
    }
    expect(invited).toBeGreaterThan(0);
    expect(organization).toMatchObject({
      invited,
      attended,
      attendanceRate: Math.round((attended / invited) * 1000) / 1000,
    });
  });

  it("reads years and due dates in each meeting's own zone, with the domain's idea of held", () => {
    expect(heldStatuses()).toEqual(HELD);
    const series = "ser_zones" as SeriesId;
    const at = (i: string) => i as Instant;
    const facts: OpenDataFacts = {
      series: [{ id: series, kind: "bcatip", confidentiality: "partners", name: { en: "Zones" } }],
      heldMeetings: [
        // 00:15 on 1 January in Yangon (UTC+6:30), still 31 December in UTC.
        { seriesId: series, zone: "Asia/Yangon" as TimeZone, start: at("2025-12-31T17:45:00Z"), count: 1 },
        // 23:30 on 31 December in Yangon, but 00:00 on 1 January in Bangkok (UTC+7).
        { seriesId: series, zone: "Asia/Yangon" as TimeZone, start: at("2025-12-31T17:00:00Z"), count: 2 },
        { seriesId: series, zone: "Asia/Bangkok" as TimeZone, start: at("2025-12-31T17:00:00Z"), count: 4 },
      ],
      attendance: [],
      actions: [
        // Done at 23:50 on the due date in Yangon: on time; the same instant is 00:20 the next day in Bangkok.
        {
          seriesId: series,
          status: "done",
          count: 3,
          completion: {
            dueOn: "2026-03-01" as PlainDate,
            zone: "Asia/Yangon" as TimeZone,
            at: at("2026-03-01T17:20:00Z"),
          },
        },
        {
          seriesId: series,
          status: "done",
          count: 5,
          completion: {
            dueOn: "2026-03-01" as PlainDate,
            zone: "Asia/Bangkok" as TimeZone,
            at: at("2026-03-01T17:20:00Z"),
          },
        },
        { seriesId: series, status: "blocked", count: 7 },
        { seriesId: series, status: "cancelled", count: 11 },
      ],
    };
    const document = openDataDocument(facts, ["partners"], NOW);
    expect(document.series[0]).toMatchObject({
      id: encodeGlobalID("Series", series),
      meetingsHeld: {
        total: 7,
        byYear: [
          { year: 2025, count: 2 },
          { year: 2026, count: 5 },
        ],
      },
      actions: { doneOnTime: 3, doneLate: 5, open: 7, cancelled: 11 },
    });
  });
});

describe("anonymous readers", () => {
  let publicSeries: string;
  let publicMeeting: string;

  /** A public series with one held meeting, attended by two of three members, and one action done on time. */
  beforeAll(async () => {
    const members = (
      await gql<{ organizations: { edges: { node: { id: string } }[] } }>(
        "{ organizations(first: 3) { edges { node { id } } } }",
      )
    ).organizations.edges.map((e) => e.node.id);
    type Typed = { __typename: string; id: string; version: number };
    const call = async (
      mutation: string,
      variables: Record<string, unknown>,
      field: string,
    ): Promise<Typed> => {
      const data = await gql<Record<string, Typed>>(mutation, variables);
      const value = data[field] as Typed;
      if (value.__typename.endsWith("Error")) throw new Error(`${field}: ${JSON.stringify(value)}`);
      return value;
    };
    publicSeries = (
      await call(
        `mutation($input: SeriesInput!) { createSeries(input: $input) { __typename ... on Series { id } } }`,
        {
          input: {
            kind: "workshop",
            name: { en: "Open border health forum", th: "เวทีสุขภาพชายแดนแบบเปิด" },
            memberIds: members,
            secretariatId: members[0],
            countries: ["TH", "MM"],
            numbering: "sequential",
            confidentiality: "public",
            languages: ["en"],
          },
        },
        "createSeries",
      )
    ).id;
    const meeting = await call(
      `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { __typename ... on Meeting { id version } } }`,
      {
        input: {
          seriesId: publicSeries,
          start: "2026-11-25T10:00",
          zone: "Asia/Bangkok",
          durationMinutes: 120,
          mode: "in_person",
        },
      },
      "scheduleMeeting",
    );
    publicMeeting = meeting.id;
    await call(
      `mutation($id: ID!) { inviteSeriesMembers(meetingId: $id) { __typename ... on Meeting { id } } }`,
      { id: meeting.id },
      "inviteSeriesMembers",
    );
    // Attendance and "held" wait for the start; sessions idle that long have ended, so sign in again.
    s.setNow("2026-11-25T03:30:00Z");
    admin = signInByUsername(s, "demo-admin");
    await call(
      `mutation($id: ID!, $rows: [AttendanceRowInput!]!) { recordAttendance(meetingId: $id, rows: $rows) { __typename ... on Meeting { id } } }`,
      {
        id: meeting.id,
        rows: [
          { organizationId: members[0], status: "present", delegates: ["Ms Kanokwan Boonmee"] },
          { organizationId: members[1], status: "remote", delegates: ["Saw Eh Htoo"] },
          { organizationId: members[2], status: "absent" },
        ],
      },
      "recordAttendance",
    );
    await call(
      `mutation($id: ID!, $version: Int!) { changeMeetingStatus(id: $id, version: $version, event: hold) { __typename ... on Meeting { id version } } }`,
      { id: meeting.id, version: meeting.version },
      "changeMeetingStatus",
    );
    const action = await gql<{ createAction: { action: { id: string; version: number } } }>(
      `mutation($input: CreateActionInput!) { createAction(input: $input) { ... on CreateActionPayload { action { id version } } } }`,
      {
        input: {
          text: "Share the forum's notes.",
          ownerIds: [members[0]],
          dueOn: "2026-11-30",
          source: { meetingId: meeting.id },
        },
      },
    );
    await call(
      `mutation($id: ID!, $version: Int!) { changeActionStatus(id: $id, version: $version, event: complete) { __typename ... on ChangeActionStatusPayload { action { id version } } } }`,
      action.createAction.action,
      "changeActionStatus",
    );
    s.setNow(NOW);
    admin = signInByUsername(s, "demo-admin");
  });

  it("see public series only, in a file any cache may keep for five minutes", async () => {
    const { response, body, text } = await fetchOpenData(null);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect(response.headers.get("vary")).toBe("cookie");
    expect(body.scope).toEqual({ confidentiality: ["public"] });
    expect(body.series).toEqual([
      {
        id: publicSeries,
        name: { en: "Open border health forum", th: "เวทีสุขภาพชายแดนแบบเปิด" },
        kind: "workshop",
        confidentiality: "public",
        meetingsHeld: { total: 1, byYear: [{ year: 2026, count: 1 }] },
        actions: { doneOnTime: 1, doneLate: 0, open: 0, cancelled: 0 },
      },
    ]);
    expect(body.organizations.map((o) => [o.invited, o.attended, o.attendanceRate])).toEqual(
      expect.arrayContaining([
        [1, 1, 1],
        [1, 1, 1],
        [1, 0, 0],
      ]),
    );
    expect(body.organizations).toHaveLength(3);
    // Nothing of the partners series reaches them, not even a name.
    const partners = (await listSeries()).filter((x) => x.confidentiality !== "public");
    for (const x of partners) expect(text).not.toContain(x.id);

    // A signed-in observer sees the public series and the partners series.
    const theirs = await fetchOpenData(observer);
    const readable = await listSeries(observer);
    expect(theirs.body.series.map((x) => x.id).sort()).toEqual(
      readable
        .filter((x) => x.confidentiality !== "restricted")
        .map((x) => x.id)
        .sort(),
    );
    expect(theirs.body.series.map((x) => x.confidentiality)).toContain("public");
  });

  it("may download a public meeting's attendance, without the delegates' names the API keeps from them", async () => {
    const response = await fetch(
      `${s.url}/export/meetings/${encodeURIComponent(publicMeeting)}/attendance.csv`,
    );
    expect(response.status).toBe(200);
    const text = (await response.text()).replace(/^\uFEFF/, "");
    // The last three cells (attendance, delegate count, delegates) hold no commas here.
    const rows = text
      .trimEnd()
      .split("\r\n")
      .map((line) => line.split(",").slice(-3));
    expect(rows).toHaveLength(4);
    expect(rows.slice(1)).toEqual([
      ["Present", "", ""],
      ["Online", "", ""],
      ["Absent", "", ""],
    ]);
    expect(text).not.toContain("Kanokwan");
  });

  it("are audited without an actor; signed-in readers with theirs", async () => {
    await fetchOpenData(null);
    await fetchOpenData(observer);
    const entries = (
      await gql<{
        auditLog: {
          edges: { node: { entityType: string; after: string; actor: { username: string } | null } }[];
        };
      }>(
        `{ auditLog(operation: "export.open-data", first: 2) { edges { node { entityType after actor { username } } } } }`,
      )
    ).auditLog.edges.map((e) => ({ ...e.node, after: JSON.parse(e.node.after) }));
    expect(entries).toEqual([
      {
        entityType: "open_data",
        actor: { username: "demo-observer" },
        after: { levels: ["public", "partners"], series: 6, organizations: expect.any(Number) },
      },
      { entityType: "open_data", actor: null, after: { levels: ["public"], series: 1, organizations: 3 } },
    ]);
  });
});
