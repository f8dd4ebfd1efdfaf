import type { CalendarFeed } from "@moei/db";
import type { Cadence } from "@moei/domain/meeting";
import {
  addMinutes,
  compareInstants,
  dateOf,
  type Instant,
  type LocalizedText,
  localized,
} from "@moei/domain/shared";
import { encodeGlobalID } from "@pothos/plugin-relay";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { actorOf } from "../auth/sessions.ts";
import type { Context } from "../context.ts";
import { requestOrigin } from "../request-origin.ts";
import {
  allPages,
  audit,
  contextFor,
  documentLanguage,
  type ExportDeps,
  ExportRefusal,
  exportContext,
  exportHandler,
  type Page,
  refuse,
  runQuery,
  sendFile,
} from "./export-request.ts";
import {
  attendee,
  type CalendarMeeting,
  ICalCalendarMethod,
  MEETING_FIELDS,
  meetingEvent,
  meetingSummary,
  newCalendar,
  rawId,
  seriesEvent,
} from "./ical-events.ts";

/*
 * iCalendar: subscription feeds at private token URLs, and an invitation file per meeting.
 *
 * A feed has no session: its token names the feed, and the feed is read AS ITS OWNER, through the API,
 * in the feed's language, so it shows exactly what the owner would see in the portal that day (a
 * restricted meeting only while their organization is invited; nothing once their account is closed).
 * Events are kept from a year back and for every future meeting. See ical-events.ts for the events.
 */

const CALENDAR_TYPE = "text/calendar; charset=utf-8";
/** Past meetings older than this are left out of feeds: calendars need the coming ones and recent history. */
const HISTORY_DAYS = 366;
/** Pages of meetings read for one feed (200 each): far above any series, a bound on a runaway one. */
const MAX_PAGES = 50;
/** A feed token: 32 random bytes, base64url, as created by the calendar feed repository. */
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

const MEETINGS_QUERY = `
  query CalendarMeetings($seriesId: ID, $organizationId: ID, $from: Instant, $after: String, $lang: UiLanguage!) {
    meetings(seriesId: $seriesId, invitedOrganizationId: $organizationId, from: $from, first: 200, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { ...CalendarMeeting } }
    }
  }
  ${MEETING_FIELDS}`;

/** Every meeting the reader may see that matches the filter, all pages. */
async function meetingsOf(
  ctx: Context,
  filter: { readonly seriesId?: string; readonly organizationId?: string; readonly from?: Instant },
): Promise<CalendarMeeting[]> {
  return allPages(
    async (after) =>
      (
        await runQuery<{ readonly meetings: Page<CalendarMeeting> }>(ctx, MEETINGS_QUERY, {
          ...filter,
          after,
          lang: ctx.lang,
        })
      ).meetings,
    MAX_PAGES,
  );
}

interface SeriesData {
  readonly node: {
    readonly id?: string;
    readonly active?: boolean;
    readonly name?: LocalizedText;
    readonly cadence?: Cadence | null;
  } | null;
}

const SERIES_QUERY = `
  query CalendarSeries($id: ID!) {
    node(id: $id) {
      ... on Series { id active name { en th my } cadence { rrule zone firstStart durationMinutes } }
    }
  }`;

const ORGANIZATION_QUERY = `
  query CalendarOrganization($id: ID!) {
    node(id: $id) { ... on Organization { id name { en th my } } }
  }`;

/** Whether a meeting is recent or coming enough to be an event of a feed. */
const inWindow = (m: CalendarMeeting, since: Instant) => compareInstants(m.end, since) >= 0;

/** A series feed: the rule as a master event, and each meeting as its own event. */
async function seriesCalendar(ctx: Context, feed: CalendarFeed, origin: string) {
  const seriesId = encodeGlobalID("Series", feed.seriesId ?? "");
  const { node: series } = await runQuery<SeriesData>(ctx, SERIES_QUERY, { id: seriesId });
  const now = ctx.clock.now();
  const since = addMinutes(now, -HISTORY_DAYS * 24 * 60);
  // The series is no longer readable (a restricted series the owner's organization left): an empty feed.
  if (series?.id === undefined || series.name === undefined)
    return { calendar: newCalendar({ method: ICalCalendarMethod.PUBLISH }), events: 0 };
  const calendar = newCalendar({
    name: localized(series.name, feed.language),
    method: ICalCalendarMethod.PUBLISH,
  });
  // Every meeting, however old: each occurrence that has one is an EXDATE of the rule.
  const meetings = await meetingsOf(ctx, { seriesId });
  const revisions = ctx.repos.calendarFeeds.revisions(
    meetings.map((m) => rawId(m.id)),
    [rawId(series.id)],
  );
  let events = 0;
  const cadence = series.cadence;
  // An inactive series meets no more: its rule would only invent dates.
  if (cadence && series.active) {
    const realising = meetings.filter((m) => m.occurrence !== null);
    const changedAt = [
      revisions.series.get(rawId(series.id)),
      ...realising.map((m) => revisions.meetings.get(rawId(m.id))?.createdAt),
    ]
      .filter((t): t is Instant => t !== undefined)
      .reduce((a, b) => (compareInstants(a, b) >= 0 ? a : b), "2020-01-01T00:00:00Z" as Instant);
    calendar.createEvent(
      seriesEvent(
        { id: series.id, name: series.name, cadence },
        realising.flatMap((m) => (m.occurrence === null ? [] : [m.occurrence])),
        { lang: feed.language, origin, stamp: now, changedAt },
      ),
    );
    events += 1;
  }
  for (const m of meetings.filter((m) => inWindow(m, since))) {
    calendar.createEvent(
      meetingEvent(m, {
        lang: feed.language,
        origin,
        stamp: now,
        revision: revisions.meetings.get(rawId(m.id)),
      }),
    );
    events += 1;
  }
  return { calendar, events };
}

/** An organization feed: the meetings it is invited to that the owner may read, as single events. */
async function organizationCalendar(ctx: Context, feed: CalendarFeed, origin: string) {
  const organizationId = encodeGlobalID("Organization", feed.organizationId ?? "");
  const data = await runQuery<{ node: { name?: LocalizedText } | null }>(ctx, ORGANIZATION_QUERY, {
    id: organizationId,
  });
  const now = ctx.clock.now();
  const name = data.node?.name;
  const calendar = newCalendar({
    ...(name ? { name: localized(name, feed.language) } : {}),
    method: ICalCalendarMethod.PUBLISH,
  });
  const meetings = await meetingsOf(ctx, {
    organizationId,
    from: addMinutes(now, -HISTORY_DAYS * 24 * 60),
  });
  const revisions = ctx.repos.calendarFeeds.revisions(meetings.map((m) => rawId(m.id)));
  for (const m of meetings) {
    calendar.createEvent(
      meetingEvent(m, {
        lang: feed.language,
        origin,
        stamp: now,
        revision: revisions.meetings.get(rawId(m.id)),
      }),
    );
  }
  return { calendar, events: meetings.length };
}

/** GET /calendar/<token>.ics: the route's pattern is what the request log shows, never the token. */
async function serveFeed(
  deps: ExportDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const file = (request.params as { file?: string }).file ?? "";
  const token = FEED_FILE.exec(file)?.[1];
  const found = token === undefined ? undefined : deps.repos.calendarFeeds.byToken(token);
  const owner = found?.ownerActive ? deps.repos.users.get(found.feed.userId) : undefined;
  if (found === undefined || found.feed.revokedAt !== null || owner === undefined || !owner.active) {
    // A feed's refusal speaks its language; an unknown token's, the request's.
    const lang = found?.feed.language ?? exportContext(request, reply, deps).lang;
    return refuse(reply, lang, new ExportRefusal(410, "CALENDAR_FEED.REVOKED"));
  }
  const { feed } = found;
  const ctx = contextFor(deps, request, reply, actorOf(owner), feed.language);
  const origin = requestOrigin(request) ?? "";
  try {
    const { calendar, events } =
      feed.seriesId !== null
        ? await seriesCalendar(ctx, feed, origin)
        : await organizationCalendar(ctx, feed, origin);
    ctx.repos.calendarFeeds.markFetched(feed.id, ctx.clock.now());
    audit(ctx, {
      kind: "ical.feed",
      entityType: "calendar_feed",
      entityId: feed.id,
      details: {
        ...(feed.seriesId !== null ? { seriesId: feed.seriesId } : { organizationId: feed.organizationId }),
        language: feed.language,
        rows: events,
      },
    });
    return sendFile(
      reply,
      { body: calendar.toString(), type: CALENDAR_TYPE, filename: "moei.ics" },
      { inline: true },
    );
  } catch (e) {
    if (e instanceof ExportRefusal) return refuse(reply, feed.language, e);
    throw e;
  }
}

interface ContactData {
  readonly name: string;
  readonly email: string | null;
  readonly active: boolean;
}
interface InvitationData {
  readonly node:
    | (Partial<CalendarMeeting> & {
        readonly series?: CalendarMeeting["series"] & {
          readonly secretariat: { readonly name: LocalizedText; readonly contacts: readonly ContactData[] };
        };
        readonly invitations?: readonly {
          readonly rsvp: string;
          readonly organization: { readonly id: string; readonly contacts: readonly ContactData[] };
        }[];
      })
    | null;
}

const INVITATION_QUERY = `
  query CalendarInvitation($id: ID!, $lang: UiLanguage!) {
    node(id: $id) {
      ... on Meeting {
        ...CalendarMeeting
        series { id name { en th my } secretariat { name { en th my } contacts { name email active } } }
        invitations { rsvp organization { id contacts { name email active } } }
      }
    }
  }
  ${MEETING_FIELDS}`;

const withEmail = (contacts: readonly ContactData[]) =>
  contacts.flatMap((c) => (c.active && c.email ? [{ name: c.name, email: c.email }] : []));

/**
 * GET /export/meetings/<meetingId>/invitation.ics: the meeting as an iTIP request (RFC 5546) with the
 * same UID and SEQUENCE as in the feeds, so importing it updates the event a feed brought, and vice versa.
 */
async function invitation(ctx: Context, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  if (ctx.actor === null) throw new ExportRefusal(401, "UNAUTHENTICATED");
  const { meetingId } = request.params as { meetingId: string };
  const lang = documentLanguage(request.query as Record<string, unknown>);
  const { node } = await runQuery<InvitationData>(ctx, INVITATION_QUERY, { id: meetingId, lang });
  // Something the reader may not read, an unknown id and an id of another kind are all "not found".
  if (node?.id === undefined || node.series === undefined || node.invitations === undefined)
    throw new ExportRefusal(404, "NOT_FOUND", { entity: "meeting" });
  const meeting = node as CalendarMeeting &
    Required<Pick<NonNullable<InvitationData["node"]>, "series" | "invitations">>;
  const cancelled = meeting.status === "cancelled";
  const calendar = newCalendar({
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  const now = ctx.clock.now();
  const revisions = ctx.repos.calendarFeeds.revisions([rawId(meeting.id)]);
  const secretariat = meeting.series.secretariat;
  // The organizer is the series' secretariat, reachable at its first listed contact's address.
  const organizerEmail = withEmail(secretariat.contacts)[0]?.email;
  const attendees = meeting.invitations.flatMap((i) =>
    withEmail(i.organization.contacts).map((c) => attendee(c, i.rsvp)),
  );
  calendar.createEvent({
    ...meetingEvent(meeting, {
      lang,
      origin: requestOrigin(request) ?? "",
      stamp: now,
      revision: revisions.meetings.get(rawId(meeting.id)),
    }),
    ...(organizerEmail
      ? { organizer: { name: localized(secretariat.name, lang), email: organizerEmail } }
      : {}),
    attendees,
  });
  audit(ctx, {
    kind: "ical.invitation",
    entityType: "meeting",
    entityId: rawId(meeting.id),
    details: { language: lang, method: cancelled ? "CANCEL" : "REQUEST", rows: attendees.length },
  });
  const date = dateOf(meeting.start, meeting.zone);
  return sendFile(reply, {
    body: calendar.toString(),
    type: CALENDAR_TYPE,
    filename: `${meetingSummary(meeting, lang).replace(/[/\\:*?"<>|]/g, "-")} ${date}.ics`,
  });
}

export function registerCalendar(app: FastifyInstance, deps: ExportDeps): void {
  app.get("/calendar/:file", (request, reply) => serveFeed(deps, request, reply));
  app.get("/export/meetings/:meetingId/invitation.ics", exportHandler(deps, invitation));
}
