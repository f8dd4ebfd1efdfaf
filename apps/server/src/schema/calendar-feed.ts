import type { CalendarFeed } from "@moei/db";
import type { UserId } from "@moei/domain/shared";
import { readableSeries } from "../authorization.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { Failure, orFail, toFailure, ValidationFailure } from "../failures.ts";
import { inOrder } from "./connection.ts";
import { OrganizationNode } from "./organization.ts";
import { UiLanguageEnum } from "./scalars.ts";
import { SeriesNode } from "./series.ts";

/*
 * Calendar subscriptions: a private URL per feed that calendar clients (Outlook, Google, Apple) poll
 * without a session. The token is shown once, in `createCalendarFeed`'s `url`; the server keeps only its
 * hash. A feed is read with its owner's rights at every fetch (see exports/calendar.ts), so a feed never
 * shows more than its owner could see in the portal that day.
 */

/** The path a feed is served at; the route in exports/calendar.ts matches it. */
export const feedPath = (token: string): string => `/calendar/${token}.ics`;

const isAdmin = (ctx: Context) => ctx.actor?.role === "admin";

/** Feeds are private to their owner; an admin may see (and revoke) any. Others' feeds look nonexistent. */
const mayHold = (ctx: Context, feed: CalendarFeed) => isAdmin(ctx) || feed.userId === ctx.actor?.userId;

export const CalendarFeedNode = builder.loadableNodeRef<CalendarFeed, string, string>("CalendarFeed", {
  id: { resolve: (f) => f.id, parse: (id) => id },
  load: async (ids: string[], ctx: Context) =>
    inOrder(
      ids,
      ctx.repos.calendarFeeds.getMany(ids).filter((f) => mayHold(ctx, f)),
    ),
});

CalendarFeedNode.implement({
  description:
    "A private calendar subscription (iCalendar) of one series' meetings or of one organization's invitations; its URL is shown only when it is created",
  fields: (t) => ({
    series: t.field({
      type: SeriesNode,
      nullable: true,
      description:
        "The series whose meetings the feed carries; null for an organization's feed, or when you may no longer read the series",
      resolve: (f) => f.seriesId,
    }),
    organization: t.field({
      type: OrganizationNode,
      nullable: true,
      description: "The organization whose invitations the feed carries; null for a series' feed",
      resolve: (f) => f.organizationId,
    }),
    language: t.field({
      type: UiLanguageEnum,
      description: "The language of the events' titles and descriptions",
      resolve: (f) => f.language,
    }),
    createdAt: t.field({ type: "Instant", resolve: (f) => f.createdAt }),
    lastFetchedAt: t.field({
      type: "Instant",
      nullable: true,
      description: "When a calendar client last fetched it (to the minute); null if never",
      resolve: (f) => f.lastFetchedAt,
    }),
    revokedAt: t.field({
      type: "Instant",
      nullable: true,
      description: "When it was revoked; a revoked feed's URL is refused for ever",
      resolve: (f) => f.revokedAt,
    }),
  }),
});

builder.queryField("calendarFeeds", (t) =>
  t.field({
    type: [CalendarFeedNode],
    authScopes: { signedIn: true },
    description: "Your calendar feeds, revoked ones included, newest first",
    resolve: (_, __, ctx) => ctx.repos.calendarFeeds.listOf(ctx.actor?.userId ?? ""),
  }),
);

const CreateCalendarFeedInput = builder.inputType("CreateCalendarFeedInput", {
  description: "Exactly one of seriesId and organizationId",
  fields: (t) => ({
    seriesId: t.globalID({ for: [SeriesNode], description: "A series you may read: its meetings" }),
    organizationId: t.globalID({
      for: [OrganizationNode],
      description: "An organization: the meetings it is invited to that you may read",
    }),
    language: t.field({ type: UiLanguageEnum, required: true }),
  }),
});

interface FeedCreated {
  readonly feed: CalendarFeed;
  readonly url: string;
}

const CreateCalendarFeedPayload = builder.objectRef<FeedCreated>("CreateCalendarFeedPayload").implement({
  description: "The new feed and its URL",
  fields: (t) => ({
    feed: t.field({ type: CalendarFeedNode, resolve: (p) => p.feed }),
    url: t.exposeString("url", {
      description:
        "The feed's URL with its secret token, to paste into a calendar client. Shown only now: it cannot be read again (revoke the feed and create another if it is lost). Absolute (scheme and host as the request reached the server); a path starting with / when the server could not tell its origin",
    }),
  }),
});

const RevokeCalendarFeedPayload = builder
  .objectRef<{ readonly feed: CalendarFeed }>("RevokeCalendarFeedPayload")
  .implement({
    description: "The revoked feed",
    fields: (t) => ({ feed: t.field({ type: CalendarFeedNode, resolve: (p) => p.feed }) }),
  });

/** The scope of a new feed, checked: exactly one of the two, and a series the user may read. */
async function feedScope(ctx: Context, input: typeof CreateCalendarFeedInput.$inferInput) {
  const { seriesId, organizationId } = input;
  if (seriesId && organizationId)
    throw new ValidationFailure(
      [{ path: "organizationId", key: "validation.invalid", params: {} }],
      ctx.lang,
    );
  if (organizationId) return { organizationId: organizationId.id };
  if (!seriesId)
    throw new ValidationFailure([{ path: "seriesId", key: "validation.required", params: {} }], ctx.lang);
  // A series one may not read is answered as one that does not exist.
  const [series] = await readableSeries(ctx, [seriesId.id]);
  if (!series) throw toFailure({ code: "UNKNOWN_REFERENCE", params: { field: "seriesId" } }, ctx.lang);
  return { seriesId: series.id };
}

function signedIn(ctx: Context): UserId {
  if (ctx.actor === null) throw new Failure("UNAUTHENTICATED", {}, ctx.lang);
  return ctx.actor.userId;
}

builder.mutationFields((t) => ({
  createCalendarFeed: t.field({
    type: CreateCalendarFeedPayload,
    description:
      "A new private feed for your calendar client. At most 20 live feeds per user (CALENDAR_FEED.TOO_MANY); revoke one to make room",
    authScopes: { signedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateCalendarFeedInput, required: true }) },
    resolve: async (_, { input }, ctx) => {
      const userId = signedIn(ctx);
      const scope = await feedScope(ctx, input);
      const { feed, token } = orFail(
        ctx.repos.calendarFeeds.create(ctx.write(), userId, scope, input.language),
        ctx,
      );
      return { feed, url: `${ctx.origin ?? ""}${feedPath(token)}` };
    },
  }),
  revokeCalendarFeed: t.field({
    type: RevokeCalendarFeedPayload,
    description: "Stops a feed for good; its URL answers 410 Gone from now on. Your own feeds (admins: any)",
    authScopes: { signedIn: true },
    errors: {},
    args: { id: t.arg.globalID({ required: true, for: [CalendarFeedNode] }) },
    resolve: (_, { id }, ctx) => {
      signedIn(ctx);
      const [feed] = ctx.repos.calendarFeeds.getMany([id.id]);
      if (feed === undefined || !mayHold(ctx, feed))
        throw toFailure({ code: "NOT_FOUND", params: { entity: "calendar_feed" } }, ctx.lang);
      return { feed: orFail(ctx.repos.calendarFeeds.revoke(ctx.write(), feed.id), ctx) };
    },
  }),
}));
