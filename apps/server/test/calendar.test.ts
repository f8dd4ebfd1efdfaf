import { createHash } from "node:crypto";
import { type Cadence, occurrencesBetween } from "@moei/domain/meeting";
import { addMinutes, type Instant, instantOf, type LocalDateTime } from "@moei/domain/shared";
import { decodeGlobalID } from "@pothos/plugin-relay";
import ICAL from "ical.js";
import nodeIcal, { type CalendarResponse, type VEvent } from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../src/http.ts";
import {
  type SignedIn,
  signInAsUser,
  signInByUsername,
  startDemoServer,
  type TestServer,
} from "./testing.ts";

/*
 * Calendar feeds and invitations against the real server over the demo data (clock 2026-11-21). Every
 * file is parsed with two independent readers, ical.js (Mozilla's, used by Thunderbird) and node-ical
 * (rrule.js underneath), and the times are checked in both zones of the border.
 */

type ICalComponent = InstanceType<typeof ICAL.Component>;
type ICalEvent = InstanceType<typeof ICAL.Event>;
type ICalTimezone = InstanceType<typeof ICAL.Timezone>;

interface Parsed {
  readonly text: string;
  readonly ical: ICalComponent;
  /** ical.js events by UID. */
  readonly events: Map<string, ICalEvent>;
  readonly zones: Map<string, ICalTimezone>;
  /** node-ical's reading, by UID. */
  readonly node: CalendarResponse;
}

/** Parses with both readers; ical.js learns the file's own VTIMEZONEs (not a built-in database). */
function parse(text: string): Parsed {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const zones = new Map<string, ICalTimezone>();
  for (const vtimezone of root.getAllSubcomponents("vtimezone")) {
    const zone = new ICAL.Timezone(vtimezone);
    zones.set(zone.tzid, zone);
    ICAL.TimezoneService.register(zone);
  }
  const events = new Map<string, ICalEvent>();
  for (const vevent of root.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(vevent);
    events.set(event.uid, event);
  }
  return { text, ical: root, events, zones, node: nodeIcal.sync.parseICS(text) };
}

const nodeEvent = (p: Parsed, uid: string): VEvent => {
  const found = p.node[uid];
  if (found?.type !== "VEVENT") throw new Error(`node-ical has no VEVENT ${uid}`);
  return found as VEvent;
};

const nodeEvents = (p: Parsed): VEvent[] =>
  Object.values(p.node).filter((c): c is VEvent => (c as { type?: string } | undefined)?.type === "VEVENT");

const iso = (d: Date) => d.toISOString().replace(".000Z", "Z");
const meetingUid = (globalId: string) => `meeting-${decodeGlobalID(globalId).id}@moei`;
const seriesUid = (globalId: string) => `series-${decodeGlobalID(globalId).id}@moei`;

/** A property's raw lines of one VEVENT, unfolded. */
function lines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, "").split("\r\n");
}
function veventLines(text: string, uid: string): string[] {
  const all = lines(text);
  const at = all.indexOf(`UID:${uid}`);
  if (at < 0) return [];
  const start = all.lastIndexOf("BEGIN:VEVENT", at);
  return all.slice(start, all.indexOf("END:VEVENT", at) + 1);
}

/** The instants at which ical.js expands an event's rule (EXDATEs applied), before `until`. */
function icalExpansion(event: ICalEvent, until: Instant): string[] {
  const out: string[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    const at = iso(next.toJSDate());
    if (at >= until) break;
    out.push(at);
  }
  return out;
}

let s: TestServer;
let coordinator: SignedIn;
let admin: SignedIn;
let member: SignedIn;
let observer: SignedIn;
let dsw: SignedIn;

interface SeriesInfo {
  id: string;
  name: { en: string; th: string | null };
  cadence: { rrule: string; zone: string; firstStart: string; durationMinutes: number };
  secretariat: { name: { en: string }; contacts: { name: string; email: string | null }[] };
}
let maeSot: SeriesInfo;
let cmm: SeriesInfo;

interface MeetingInfo {
  id: string;
  start: Instant;
  status: string;
  version: number;
  occurrence: string | null;
  zone: string;
}

async function gql<T>(
  who: SignedIn | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const r = await s.gql<T>(query, variables, who?.headers ?? {});
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return r.body.data as T;
}

async function seriesMeetings(who: SignedIn, seriesId: string): Promise<MeetingInfo[]> {
  const data = await gql<{ meetings: { edges: { node: MeetingInfo }[] } }>(
    who,
    `query($id: ID!) { meetings(seriesId: $id, first: 200) { edges { node { id start status version occurrence zone } } } }`,
    { id: seriesId },
  );
  return data.meetings.edges.map((e) => e.node);
}

const CREATE = `mutation($input: CreateCalendarFeedInput!) {
  createCalendarFeed(input: $input) {
    __typename
    ... on CreateCalendarFeedPayload { url feed { id language createdAt revokedAt series { id } organization { id } } }
    ... on Error { code message }
    ... on ValidationError { fields { path key } }
  }
}`;

interface Created {
  readonly __typename: string;
  readonly url?: string;
  readonly feed?: {
    id: string;
    language: string;
    series: { id: string } | null;
    organization: { id: string } | null;
  };
  readonly code?: string;
  readonly message?: string;
  readonly fields?: { path: string; key: string }[];
}

async function createFeed(who: SignedIn, input: Record<string, unknown>): Promise<Created> {
  return (await gql<{ createCalendarFeed: Created }>(who, CREATE, { input })).createCalendarFeed;
}

async function feedUrl(who: SignedIn, input: Record<string, unknown>): Promise<{ url: string; id: string }> {
  const created = await createFeed(who, input);
  if (created.url === undefined || created.feed === undefined) throw new Error(JSON.stringify(created));
  return { url: created.url, id: created.feed.id };
}

async function fetchFeed(url: string): Promise<Parsed> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  expect(response.headers.get("content-disposition")).toMatch(/^inline;/);
  return parse(await response.text());
}

const auditRows = (operation: string) =>
  s.db.$client
    .prepare("SELECT actor_id, entity_type, entity_id, after FROM audit_log WHERE operation = ? ORDER BY id")
    .all(operation) as { actor_id: string; entity_type: string; entity_id: string; after: string }[];

const SERIES_FIELDS = `id name { en th } cadence { rrule zone firstStart durationMinutes }
  secretariat { name { en } contacts { name email } }`;

beforeAll(async () => {
  s = await startDemoServer();
  coordinator = signInByUsername(s, "demo-coordinator");
  admin = signInByUsername(s, "demo-admin");
  member = signInByUsername(s, "demo-member");
  observer = signInByUsername(s, "demo-observer");
  dsw = signInByUsername(s, "demo-dsw");
  const all = await gql<{ series: (SeriesInfo & { kind: string })[] }>(
    admin,
    `{ series { kind ${SERIES_FIELDS} } }`,
  );
  maeSot = all.series.find((x) => x.name.en.startsWith("Mae Sot")) as SeriesInfo;
  cmm = all.series.find((x) => x.kind === "case_management") as SeriesInfo;
}, 60_000);

afterAll(async () => {
  await s?.close();
});

describe("calendar feeds in the API", () => {
  it("creates a feed with an absolute URL shown once, keeps only the token's SHA-256, and lists the user's feeds newest first", async () => {
    const first = await feedUrl(member, { seriesId: maeSot.id, language: "en" });
    s.setNow("2026-11-21T03:05:00Z");
    const orgId = (
      await gql<{ me: { organization: { id: string } } }>(member, "{ me { organization { id } } }")
    ).me.organization.id;
    const second = await createFeed(member, { organizationId: orgId, language: "th" });
    expect(second.__typename).toBe("CreateCalendarFeedPayload");
    expect(second.feed?.organization?.id).toBe(orgId);
    expect(second.feed?.series).toBeNull();
    const token = /^http:\/\/127\.0\.0\.1:\d+\/calendar\/([A-Za-z0-9_-]{43})\.ics$/.exec(first.url)?.[1];
    expect(first.url.startsWith(`${s.url}/calendar/`)).toBe(true);
    expect(token).toBeDefined();
    const rows = s.db.$client.prepare("SELECT * FROM calendar_feeds").all() as Record<string, unknown>[];
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(token);
    expect(rows.map((r) => r.token_hash)).toContain(
      createHash("sha256")
        .update(token ?? "")
        .digest("base64url"),
    );
    // Neither the token nor its hash reaches the audit log.
    const audit = JSON.stringify(
      s.db.$client.prepare("SELECT * FROM audit_log WHERE entity_type = 'calendar_feed'").all(),
    );
    expect(audit).toContain("calendar_feed.create");
    expect(audit).not.toContain(token);
    expect(audit).not.toContain(
      createHash("sha256")
        .update(token ?? "")
        .digest("base64url"),
    );

    const listed = await gql<{ calendarFeeds: { id: string; language: string }[] }>(
      member,
      "{ calendarFeeds { id language series { id } organization { id } createdAt lastFetchedAt revokedAt } }",
    );
    expect(listed.calendarFeeds.map((f) => f.id)).toEqual([second.feed?.id, first.id]);
    // Another user's list does not have them.
    const others = await gql<{ calendarFeeds: { id: string }[] }>(observer, "{ calendarFeeds { id } }");
    expect(others.calendarFeeds.map((f) => f.id)).not.toContain(first.id);
  });

  it("asks anonymous users to sign in, refuses a restricted series the user may not read as an unknown one, and wants exactly one scope", async () => {
    const anonymous = await s.gql(CREATE, { input: { seriesId: maeSot.id, language: "en" } });
    expect(anonymous.body.data).toMatchObject({
      createCalendarFeed: { __typename: "ForbiddenError", code: "UNAUTHENTICATED" },
    });
    const list = await s.gql("{ calendarFeeds { id } }");
    expect(list.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const hidden = await createFeed(member, { seriesId: cmm.id, language: "en" });
    expect(hidden).toMatchObject({
      __typename: "ValidationError",
      fields: [{ path: "seriesId", key: "UNKNOWN_REFERENCE" }],
    });
    const unknown = await createFeed(member, {
      seriesId: Buffer.from("Series:ser_doesnotexist").toString("base64"),
      language: "en",
    });
    expect(unknown).toEqual({ ...hidden, message: unknown.message });
    // DSW is invited to the case management meetings, so it may subscribe to them.
    expect((await createFeed(dsw, { seriesId: cmm.id, language: "my" })).__typename).toBe(
      "CreateCalendarFeedPayload",
    );

    expect(await createFeed(member, { language: "en" })).toMatchObject({
      __typename: "ValidationError",
      fields: [{ path: "seriesId", key: "validation.required" }],
    });
    const org = (
      await gql<{ me: { organization: { id: string } } }>(member, "{ me { organization { id } } }")
    ).me.organization.id;
    expect(
      await createFeed(member, { seriesId: maeSot.id, organizationId: org, language: "en" }),
    ).toMatchObject({
      __typename: "ValidationError",
      fields: [{ path: "organizationId", key: "validation.invalid" }],
    });
  });

  it("refuses a 21st live feed with CALENDAR_FEED.TOO_MANY in the user's language; revoking one makes room", async () => {
    const user = signInAsUser(s, "observer");
    const live = async () =>
      (
        await gql<{ calendarFeeds: { id: string; revokedAt: string | null }[] }>(
          user,
          "{ calendarFeeds { id revokedAt } }",
        )
      ).calendarFeeds.filter((f) => f.revokedAt === null);
    while ((await live()).length < 20) await feedUrl(user, { seriesId: maeSot.id, language: "en" });
    const refused = await s.gql<{ createCalendarFeed: Created }>(
      CREATE,
      { input: { seriesId: maeSot.id, language: "en" } },
      { ...user.headers, "accept-language": "th" },
    );
    expect(refused.body.data?.createCalendarFeed).toMatchObject({
      __typename: "RuleError",
      code: "CALENDAR_FEED.TOO_MANY",
    });
    expect(refused.body.data?.createCalendarFeed.message).toContain("20");
    expect(refused.body.data?.createCalendarFeed.message).toMatch(/[\u0E00-\u0E7F]/);
    const [oldest] = (await live()).slice(-1);
    await gql(user, "mutation($id: ID!) { revokeCalendarFeed(id: $id) { __typename } }", { id: oldest?.id });
    expect((await createFeed(user, { seriesId: maeSot.id, language: "en" })).__typename).toBe(
      "CreateCalendarFeedPayload",
    );
  });

  it("lets a user revoke only their own feeds (another's is not found), admins any; the row stays, revoked", async () => {
    const feed = await feedUrl(member, { seriesId: maeSot.id, language: "en" });
    const REVOKE = `mutation($id: ID!) { revokeCalendarFeed(id: $id) {
      __typename ... on RevokeCalendarFeedPayload { feed { id revokedAt } } ... on Error { code } } }`;
    const byOther = await gql<{ revokeCalendarFeed: { __typename: string; code?: string } }>(
      observer,
      REVOKE,
      {
        id: feed.id,
      },
    );
    expect(byOther.revokeCalendarFeed).toEqual({ __typename: "NotFoundError", code: "NOT_FOUND" });
    expect((await fetch(feed.url)).status).toBe(200);
    const byAdmin = await gql<{ revokeCalendarFeed: { feed: { id: string; revokedAt: string } } }>(
      admin,
      REVOKE,
      {
        id: feed.id,
      },
    );
    expect(byAdmin.revokeCalendarFeed.feed).toEqual({ id: feed.id, revokedAt: s.now() });
    const listed = await gql<{ calendarFeeds: { id: string; revokedAt: string | null }[] }>(
      member,
      "{ calendarFeeds { id revokedAt } }",
    );
    expect(listed.calendarFeeds.find((f) => f.id === feed.id)?.revokedAt).toBe(s.now());
  });
});

describe("a series feed", () => {
  let feed: { url: string; id: string };
  let first: Parsed;
  let meetings: MeetingInfo[];

  beforeAll(async () => {
    feed = await feedUrl(coordinator, { seriesId: maeSot.id, language: "en" });
    first = await fetchFeed(feed.url);
    meetings = await seriesMeetings(coordinator, maeSot.id);
  });

  it("has a VTIMEZONE for each zone it uses, with Thailand's fixed UTC+7", () => {
    expect([...first.zones.keys()]).toEqual(["Asia/Bangkok"]);
    const at = ICAL.Time.fromDateTimeString("2026-12-10T09:30:00");
    expect(first.zones.get("Asia/Bangkok")?.utcOffset(at)).toBe(7 * 3600);
    expect(first.text).toContain("TZOFFSETTO:+0700");
  });

  it("gives the Mae Sot meeting at 09:30 Asia/Bangkok, 09:00 Asia/Yangon, 02:30Z, in both readers", () => {
    const december = meetings.find((m) => m.start === "2026-12-10T02:30:00Z") as MeetingInfo;
    const uid = meetingUid(december.id);
    const event = first.events.get(uid) as ICalEvent;
    expect(event.startDate.zone?.tzid).toBe("Asia/Bangkok");
    expect([event.startDate.hour, event.startDate.minute]).toEqual([9, 30]);
    expect(iso(event.startDate.toJSDate())).toBe("2026-12-10T02:30:00Z");
    expect(iso(event.endDate.toJSDate())).toBe("2026-12-10T05:30:00Z");
    const yangon = new ICAL.Timezone({
      component:
        "BEGIN:VTIMEZONE\r\nTZID:Asia/Yangon\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0630\r\nTZOFFSETTO:+0630\r\nDTSTART:19700101T000000\r\nEND:STANDARD\r\nEND:VTIMEZONE",
      tzid: "Asia/Yangon",
    });
    const inYangon = event.startDate.convertToZone(yangon);
    expect([inYangon.hour, inYangon.minute]).toEqual([9, 0]);

    const node = nodeEvent(first, uid);
    expect(iso(node.start)).toBe("2026-12-10T02:30:00Z");
    expect(node.start.tz).toBe("Asia/Bangkok");
    expect(node.end?.toISOString()).toBe("2026-12-10T05:30:00.000Z");
    // The description gives the time on both sides of the border, and the meeting's page.
    expect(event.description).toContain("10 December 2026");
    expect(event.description).toContain("09:30 Thailand (UTC+7) · 09:00 Myanmar (UTC+6:30)");
    expect(event.description).toContain(`${s.url}/meetings/${encodeURIComponent(december.id)}`);
    expect(event.summary).toMatch(/^Mae Sot NGO\/CBO Monthly Coordination Meeting \(\d+(st|nd|rd|th)\)$/);
    expect(event.location).toBe("Padauk Room, Riverside Partners' Hall, Mae Sot");
    expect(event.sequence).toBe(december.version);
    expect(Number(node.sequence)).toBe(december.version);
  });

  it("expands the series' rule as the domain computes its cadence, in both readers, leaving out the occurrences that have meetings", () => {
    const master = first.events.get(seriesUid(maeSot.id)) as ICalEvent;
    expect(master.component.getFirstPropertyValue("rrule")?.toString()).toBe(maeSot.cadence.rrule);
    expect(master.startDate.zone?.tzid).toBe(maeSot.cadence.zone);
    const cadence = maeSot.cadence as Cadence;
    const from = instantOf(cadence.firstStart, cadence.zone);
    const until = "2028-01-01T00:00:00Z" as Instant;
    const realised = meetings.flatMap((m) => (m.occurrence ? [m.occurrence as LocalDateTime] : []));
    const expected = occurrencesBetween(
      cadence,
      from,
      until,
      realised.map((original) => ({ kind: "skipped" as const, original })),
    ).map((o) => o.start);
    expect(expected.length).toBeGreaterThan(5);
    expect(icalExpansion(master, until)).toEqual(expected);
    const instances = nodeIcal.expandRecurringEvent(nodeEvent(first, seriesUid(maeSot.id)), {
      from: new Date(from),
      to: new Date(until),
    });
    expect(instances.map((i) => iso(i.start))).toEqual(expected);

    // Without its EXDATEs the rule is the cadence itself.
    const bare = parse(first.text.replace(/\r\nEXDATE;[^\r]*/g, ""));
    const all = occurrencesBetween(cadence, from, until).map((o) => o.start);
    expect(icalExpansion(bare.events.get(seriesUid(maeSot.id)) as ICalEvent, until)).toEqual(all);
    expect(all.length).toBe(expected.length + realised.length);
    // Every occurrence that has a meeting is an EXDATE, once.
    const exdates = veventLines(first.text, seriesUid(maeSot.id)).filter((l) =>
      l.startsWith("EXDATE;TZID=Asia/Bangkok:"),
    );
    expect(exdates.length).toBe(new Set(realised).size);
  });

  it("keeps UIDs stable from one fetch to the next", async () => {
    const again = await fetchFeed(feed.url);
    expect([...again.events.keys()].sort()).toEqual([...first.events.keys()].sort());
    expect(first.events.has(seriesUid(maeSot.id))).toBe(true);
    // Meetings from a year back and all coming ones, each once.
    const since = addMinutes(s.now(), -366 * 24 * 60);
    const kept = meetings.filter((m) => m.start >= since);
    expect(first.events.size).toBe(kept.length + 1);
    for (const m of kept) expect(first.events.has(meetingUid(m.id))).toBe(true);
  });

  it("after a cancellation, a move and a new meeting: the occurrence is an EXDATE and a cancelled event, the moved one shows once at its new time, and SEQUENCE rises", async () => {
    const before = await fetchFeed(feed.url);
    const masterBefore = (before.events.get(seriesUid(maeSot.id)) as ICalEvent).sequence;
    const december = meetings.find((m) => m.start === "2026-12-10T02:30:00Z") as MeetingInfo;
    const january = meetings.find((m) => m.start === "2027-01-14T02:30:00Z") as MeetingInfo;
    s.setNow("2026-11-21T04:00:00Z");
    const cancelled = await gql<{ changeMeetingStatus: { __typename: string; version?: number } }>(
      coordinator,
      `mutation($id: ID!, $v: Int!) { changeMeetingStatus(id: $id, version: $v, event: cancel) {
        __typename ... on Meeting { version status } } }`,
      { id: december.id, v: december.version },
    );
    expect(cancelled.changeMeetingStatus.__typename).toBe("Meeting");
    const moved = await gql<{ rescheduleMeeting: { __typename: string } }>(
      coordinator,
      `mutation($id: ID!, $v: Int!) { rescheduleMeeting(id: $id, version: $v, start: "2027-01-21T10:00", zone: "Asia/Bangkok", durationMinutes: 180) {
        __typename } }`,
      { id: january.id, v: january.version },
    );
    expect(moved.rescheduleMeeting.__typename).toBe("Meeting");
    const scheduled = await gql<{ scheduleNextMeetings: { meetings: { id: string; occurrence: string }[] } }>(
      coordinator,
      `mutation($id: ID!) { scheduleNextMeetings(seriesId: $id, count: 1) {
        ... on ScheduleNextMeetingsPayload { meetings { id occurrence } } } }`,
      { id: maeSot.id },
    );
    const added = scheduled.scheduleNextMeetings.meetings[0];
    expect(added?.occurrence).toBe("2027-03-11T09:30");

    const after = await fetchFeed(feed.url);
    const master = after.events.get(seriesUid(maeSot.id)) as ICalEvent;
    expect(master.sequence).toBeGreaterThan(masterBefore);
    const exdates = veventLines(after.text, seriesUid(maeSot.id));
    expect(exdates).toContain("EXDATE;TZID=Asia/Bangkok:20261210T093000");
    expect(exdates).toContain("EXDATE;TZID=Asia/Bangkok:20270114T093000");
    expect(exdates).toContain("EXDATE;TZID=Asia/Bangkok:20270311T093000");
    // node-ical files each EXDATE under two keys; the instants count once.
    const nodeExdates = Object.values(nodeEvent(after, seriesUid(maeSot.id)).exdate ?? {});
    expect(new Set(nodeExdates.map((d) => d.getTime())).size).toBe(
      exdates.filter((l) => l.startsWith("EXDATE")).length,
    );

    // Everything a client shows: the rule's instances and the single events, by start.
    const until = "2027-06-01T00:00:00Z" as Instant;
    const shown = [
      ...icalExpansion(master, until),
      ...[...after.events.values()].filter((e) => !e.isRecurring()).map((e) => iso(e.startDate.toJSDate())),
    ];
    const count = (at: string) => shown.filter((x) => x === at).length;
    expect(count("2026-12-10T02:30:00Z")).toBe(1);
    expect(count("2027-01-14T02:30:00Z")).toBe(0);
    expect(count("2027-01-21T03:00:00Z")).toBe(1);
    expect(count("2027-03-11T02:30:00Z")).toBe(1);

    const dec = after.events.get(meetingUid(december.id)) as ICalEvent;
    expect(dec.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(nodeEvent(after, meetingUid(december.id)).status).toBe("CANCELLED");
    expect(dec.sequence).toBe(december.version + 1);
    const jan = after.events.get(meetingUid(january.id)) as ICalEvent;
    expect(jan.sequence).toBe(january.version + 1);
    expect(iso(jan.startDate.toJSDate())).toBe("2027-01-21T03:00:00Z");
    expect(iso(nodeEvent(after, meetingUid(january.id)).start)).toBe("2027-01-21T03:00:00Z");
    expect(jan.component.getFirstPropertyValue("last-modified")?.toString()).toBe("2026-11-21T04:00:00Z");
    expect(after.events.has(meetingUid(added?.id ?? ""))).toBe(true);
  });

  it("notes the fetch at most once a minute, and audits every fetch as the feed's owner", async () => {
    const lastFetched = () =>
      (
        s.db.$client
          .prepare("SELECT last_fetched_at FROM calendar_feeds WHERE id = ?")
          .get(decodeGlobalID(feed.id).id) as {
          last_fetched_at: string;
        }
      ).last_fetched_at;
    s.setNow("2026-11-21T05:00:00Z");
    await fetchFeed(feed.url);
    expect(lastFetched()).toBe("2026-11-21T05:00:00Z");
    s.setNow("2026-11-21T05:00:30Z");
    const audited = auditRows("export.ical.feed").length;
    await fetchFeed(feed.url);
    expect(lastFetched()).toBe("2026-11-21T05:00:00Z");
    s.setNow("2026-11-21T05:02:00Z");
    await fetchFeed(feed.url);
    expect(lastFetched()).toBe("2026-11-21T05:02:00Z");
    const rows = auditRows("export.ical.feed");
    expect(rows.length).toBe(audited + 2);
    const last = rows.at(-1);
    expect(last).toMatchObject({
      actor_id: coordinator.user.id,
      entity_type: "calendar_feed",
      entity_id: decodeGlobalID(feed.id).id,
    });
    expect(JSON.parse(last?.after ?? "{}")).toMatchObject({
      seriesId: decodeGlobalID(maeSot.id).id,
      language: "en",
    });
  });

  it("answers 410 Gone in the feed's language once revoked, and for an unknown token", async () => {
    const thai = await feedUrl(coordinator, { seriesId: maeSot.id, language: "th" });
    const feedNow = await fetch(thai.url);
    expect(feedNow.status).toBe(200);
    expect(await feedNow.text()).toContain("SUMMARY:การประชุม");
    await gql(coordinator, "mutation($id: ID!) { revokeCalendarFeed(id: $id) { __typename } }", {
      id: thai.id,
    });
    const gone = await fetch(thai.url);
    expect(gone.status).toBe(410);
    expect(gone.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await gone.text()).toContain("ลิงก์ปฏิทินนี้ใช้ไม่ได้แล้ว");
    const unknown = await fetch(`${s.url}/calendar/${"A".repeat(43)}.ics`, {
      headers: { "accept-language": "en" },
    });
    expect(unknown.status).toBe(410);
    expect(await unknown.text()).toContain("This calendar link no longer works");
    expect((await fetch(`${s.url}/calendar/not-a-token.ics`)).status).toBe(410);
  });

  it("answers 410 when the owner's account is closed", async () => {
    const owner = signInByUsername(s, "demo-observer");
    const own = await feedUrl(owner, { seriesId: maeSot.id, language: "en" });
    expect((await fetch(own.url)).status).toBe(200);
    const result = await gql<{ setUserActive: { __typename: string } }>(
      admin,
      "mutation($id: ID!) { setUserActive(id: $id, active: false) { __typename } }",
      { id: Buffer.from(`User:${owner.user.id}`).toString("base64") },
    );
    expect(result.setUserActive.__typename).toBe("User");
    expect((await fetch(own.url)).status).toBe(410);
    await gql(admin, "mutation($id: ID!) { setUserActive(id: $id, active: true) { __typename } }", {
      id: Buffer.from(`User:${owner.user.id}`).toString("base64"),
    });
    observer = signInByUsername(s, "demo-observer");
  });
});

describe("an organization feed", () => {
  let dswOrg: string;
  let yangonMeeting: MeetingInfo;

  beforeAll(async () => {
    dswOrg = (await gql<{ me: { organization: { id: string } } }>(dsw, "{ me { organization { id } } }")).me
      .organization.id;
    const cmmMeetings = await seriesMeetings(dsw, cmm.id);
    yangonMeeting = cmmMeetings.find((m) => m.zone === "Asia/Yangon" && m.start > s.now()) as MeetingInfo;
  });

  it("gives the organization's invitations with the same UIDs, a Yangon meeting at 09:00 Asia/Yangon = 09:30 Asia/Bangkok = 02:30Z", async () => {
    const own = await fetchFeed((await feedUrl(dsw, { organizationId: dswOrg, language: "my" })).url);
    expect(own.zones.get("Asia/Yangon")?.utcOffset(ICAL.Time.fromDateTimeString("2027-02-10T09:00:00"))).toBe(
      6.5 * 3600,
    );
    const event = own.events.get(meetingUid(yangonMeeting.id)) as ICalEvent;
    expect(event.startDate.zone?.tzid).toBe("Asia/Yangon");
    expect([event.startDate.hour, event.startDate.minute]).toEqual([9, 0]);
    expect(iso(event.startDate.toJSDate())).toBe(yangonMeeting.start);
    expect(yangonMeeting.start).toBe("2027-02-10T02:30:00Z");
    const inBangkok = event.startDate.convertToZone(own.zones.get("Asia/Bangkok") as ICalTimezone);
    expect([inBangkok.hour, inBangkok.minute]).toEqual([9, 30]);
    const node = nodeEvent(own, meetingUid(yangonMeeting.id));
    expect(iso(node.start)).toBe("2027-02-10T02:30:00Z");
    expect(node.start.tz).toBe("Asia/Yangon");
    // In Burmese, with Myanmar digits, Myanmar time first.
    expect(event.description).toContain("၀၉:၀၀ မြန်မာ");
    expect(event.description).toContain("၀၉:၃၀ ထိုင်း");
    // No rule in an organization's feed: single events only.
    expect([...own.events.values()].some((e) => e.isRecurring())).toBe(false);
    expect(nodeEvents(own).length).toBe(own.events.size);
  });

  it("does not show restricted meetings to a reader who is not invited", async () => {
    const theirs = await fetchFeed((await feedUrl(observer, { organizationId: dswOrg, language: "en" })).url);
    expect(theirs.events.size).toBeGreaterThan(0);
    expect(theirs.events.has(meetingUid(yangonMeeting.id))).toBe(false);
    const restricted = await seriesMeetings(admin, cmm.id);
    for (const m of restricted) expect(theirs.text).not.toContain(meetingUid(m.id));
    expect(theirs.text).not.toContain("Case Management");
  });
});

describe("an invitation file", () => {
  let meeting: MeetingInfo;
  const url = (id: string, lang = "en") =>
    `${s.url}/export/meetings/${encodeURIComponent(id)}/invitation.ics?lang=${lang}`;

  beforeAll(async () => {
    meeting = (await seriesMeetings(coordinator, maeSot.id)).find(
      (m) => m.start === "2027-02-11T02:30:00Z",
    ) as MeetingInfo;
  });

  it("is a METHOD:REQUEST with the same UID and SEQUENCE as the feeds, the secretariat as organizer and every invited contact as attendee, PARTSTAT from the RSVP", async () => {
    const invitations = await gql<{
      node: {
        invitations: { organization: { id: string; contacts: { name: string; email: string | null }[] } }[];
      };
    }>(
      coordinator,
      `query($id: ID!) { node(id: $id) { ... on Meeting { invitations { organization { id contacts { name email } } } } } }`,
      {
        id: meeting.id,
      },
    );
    const orgs = invitations.node.invitations
      .map((i) => i.organization)
      .filter((o) => o.contacts.some((c) => c.email));
    expect(orgs.length).toBeGreaterThan(2);
    const [yes, no] = orgs;
    const RESPOND = `mutation($m: ID!, $o: ID!, $r: Rsvp!) { respondToInvitation(meetingId: $m, organizationId: $o, rsvp: $r) { __typename } }`;
    await gql(coordinator, RESPOND, { m: meeting.id, o: yes?.id, r: "accepted" });
    await gql(coordinator, RESPOND, { m: meeting.id, o: no?.id, r: "declined" });

    const response = await fetch(url(meeting.id), { headers: coordinator.headers });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename=".*\.ics"/);
    const file = parse(await response.text());
    expect(file.ical.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(file.node.vcalendar?.method).toBe("REQUEST");
    const uid = meetingUid(meeting.id);
    const event = file.events.get(uid) as ICalEvent;
    expect(file.events.size).toBe(1);
    expect(event.sequence).toBe(meeting.version);
    expect(iso(event.startDate.toJSDate())).toBe("2027-02-11T02:30:00Z");
    expect(event.component.getFirstPropertyValue("status")).toBe("TENTATIVE");

    const organizer = event.component.getFirstProperty("organizer");
    expect(organizer?.getParameter("cn")).toBe(maeSot.secretariat.name.en);
    const firstEmail = maeSot.secretariat.contacts.find((c) => c.email)?.email;
    expect(String(organizer?.getFirstValue()).toLowerCase()).toBe(`mailto:${firstEmail}`);

    const attendees = event.attendees.map((a) => ({
      email: String(a.getFirstValue()).replace(/^mailto:/i, ""),
      cn: a.getParameter("cn"),
      partstat: a.getParameter("partstat"),
      role: a.getParameter("role"),
      rsvp: a.getParameter("rsvp"),
    }));
    const expected = orgs.flatMap((o) =>
      o.contacts.flatMap((c) =>
        c.email
          ? [
              {
                email: c.email,
                cn: c.name,
                partstat: o === yes ? "ACCEPTED" : o === no ? "DECLINED" : "NEEDS-ACTION",
                role: "REQ-PARTICIPANT",
                rsvp: "TRUE",
              },
            ]
          : [],
      ),
    );
    expect(attendees).toEqual(expected);
    const node = nodeEvent(file, uid);
    const nodeAttendees = [node.attendee ?? []].flat() as { params: { CN: string; PARTSTAT: string } }[];
    expect(nodeAttendees.map((a) => [a.params.CN, a.params.PARTSTAT])).toEqual(
      expected.map((a) => [a.cn, a.partstat]),
    );

    // The feed carries the same UID and SEQUENCE.
    const feed = await fetchFeed((await feedUrl(coordinator, { seriesId: maeSot.id, language: "en" })).url);
    expect(feed.events.get(uid)?.sequence).toBe(event.sequence);

    const audit = auditRows("export.ical.invitation").at(-1);
    expect(audit).toMatchObject({
      actor_id: coordinator.user.id,
      entity_type: "meeting",
      entity_id: decodeGlobalID(meeting.id).id,
    });
    expect(JSON.parse(audit?.after ?? "{}")).toMatchObject({
      language: "en",
      method: "REQUEST",
      rows: expected.length,
    });
  });

  it("speaks the requested language", async () => {
    const response = await fetch(url(meeting.id, "th"), { headers: coordinator.headers });
    const event = parse(await response.text()).events.get(meetingUid(meeting.id)) as ICalEvent;
    expect(event.summary).toMatch(/^การประชุม.* ครั้งที่ \d+$/);
    expect(event.description).toContain("11 กุมภาพันธ์ พ.ศ. 2570");
    const burmese = await fetch(url(meeting.id, "").replace("?lang=", "?ui=my"), {
      headers: coordinator.headers,
    });
    expect(parse(await burmese.text()).events.get(meetingUid(meeting.id))?.summary).toMatch(/ကြိမ်မြောက်$/);
    const unknown = await fetch(url(meeting.id, "fr"), { headers: coordinator.headers });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("(lang)");
  });

  it("is a METHOD:CANCEL with STATUS:CANCELLED for a cancelled meeting", async () => {
    const cancelled = (await seriesMeetings(coordinator, maeSot.id)).find(
      (m) => m.status === "cancelled",
    ) as MeetingInfo;
    const response = await fetch(url(cancelled.id), { headers: coordinator.headers });
    const file = parse(await response.text());
    expect(file.ical.getFirstPropertyValue("method")).toBe("CANCEL");
    const event = file.events.get(meetingUid(cancelled.id)) as ICalEvent;
    expect(event.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(nodeEvent(file, meetingUid(cancelled.id)).status).toBe("CANCELLED");
    expect(event.sequence).toBe(cancelled.version);
  });

  it("needs a session (401), and answers a restricted meeting the reader is not invited to exactly like an unknown id (404)", async () => {
    const anonymous = await fetch(url(meeting.id));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toContain("Please sign in");
    const restricted = (await seriesMeetings(admin, cmm.id))[0] as MeetingInfo;
    const hidden = await fetch(url(restricted.id), { headers: member.headers });
    const unknown = await fetch(url(Buffer.from("Meeting:mtg_doesnotexist").toString("base64")), {
      headers: member.headers,
    });
    expect(hidden.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(await hidden.text()).toBe(await unknown.text());
    // A series' id is not a meeting's.
    expect((await fetch(url(maeSot.id), { headers: member.headers })).status).toBe(404);
    // And the invited may have it.
    expect((await fetch(url(restricted.id), { headers: dsw.headers })).status).toBe(200);
  });
});

describe("the feed URL and the request log", () => {
  it("builds the URL from the origin the client used, and behind a trusted proxy from X-Forwarded-Proto and -Host", async () => {
    const direct = await feedUrl(member, { seriesId: maeSot.id, language: "en" });
    expect(direct.url.startsWith(`${s.url}/calendar/`)).toBe(true);
    const behind = async () =>
      (
        await s.gql<{ createCalendarFeed: Created }>(
          CREATE,
          { input: { seriesId: maeSot.id, language: "en" } },
          {
            // Behind an HTTPS proxy the session cookie carries the __Host- prefix.
            cookie: member.headers.cookie.replace(/^moei=/, "__Host-moei="),
            "x-forwarded-proto": "https",
            "x-forwarded-host": "moei.example.org",
          },
        )
      ).body.data?.createCalendarFeed;
    process.env.MOEI_TRUST_PROXY = "1";
    try {
      expect((await behind())?.url).toMatch(
        /^https:\/\/moei\.example\.org\/calendar\/[A-Za-z0-9_-]{43}\.ics$/,
      );
    } finally {
      delete process.env.MOEI_TRUST_PROXY;
    }
    // Not trusted: the headers are ignored (and the __Host- cookie is not this server's over HTTP).
    expect((await behind())?.__typename).toBe("ForbiddenError");
  });

  it("logs the route's pattern for a feed, never its token", async () => {
    const logged: string[] = [];
    const app = await buildServer({
      db: s.db,
      clock: { now: () => s.now() },
      logger: { level: "info", stream: { write: (line: string) => logged.push(line) } } as never,
    });
    try {
      const { url } = await feedUrl(member, { seriesId: maeSot.id, language: "en" });
      const path = new URL(url).pathname;
      const response = await app.inject({ method: "GET", url: path });
      expect(response.statusCode).toBe(200);
      const line = logged
        .map((l) => JSON.parse(l) as { route?: string; status?: number })
        .find((l) => l.route);
      expect(line).toMatchObject({ route: "/calendar/:file", status: 200 });
      expect(logged.join("\n")).not.toContain(path.slice("/calendar/".length, -".ics".length));
    } finally {
      await app.close();
    }
  });
});
