import { createHash, randomBytes } from "node:crypto";
import {
  addMinutes,
  compareInstants,
  type DomainError,
  domainError,
  type Instant,
  type OrganizationId,
  type Result,
  type SeriesId,
  type UiLanguage,
  type UserId,
} from "@moei/domain/shared";
import { and, count, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../client.ts";
import { newId } from "../ids.ts";
import { calendarFeeds, meetingSeries, meetings, organizations, users } from "../schema/index.ts";
import { type NotFoundError, notFound, type UnknownReferenceError, unknownReference } from "./errors.ts";
import { fail, type WriteContext, write } from "./write.ts";

/**
 * A private calendar subscription. The token is in the URL only (shown once when the feed is created);
 * the store keeps its SHA-256, so a copy of the database gives no working feed URL.
 */
export interface CalendarFeed {
  readonly id: string;
  readonly userId: UserId;
  /** Exactly one of `seriesId` and `organizationId` is set. */
  readonly seriesId: SeriesId | null;
  readonly organizationId: OrganizationId | null;
  readonly language: UiLanguage;
  readonly createdAt: Instant;
  readonly lastFetchedAt: Instant | null;
  readonly revokedAt: Instant | null;
}

/** A feed the token named, with whether its owner may still sign in (a closed account ends its feeds). */
export interface CalendarFeedLookup {
  readonly feed: CalendarFeed;
  readonly ownerActive: boolean;
}

/**
 * How many live (not revoked) feeds one user may hold. A feed is fetched by calendar clients every few
 * hours for as long as it lives, so an unbounded number would be an unbounded load; twenty covers every
 * series and organization a person follows, and revoking one frees its place.
 */
export const CALENDAR_FEED_LIMIT = 20;

export type TooManyFeedsError = DomainError<"CALENDAR_FEED.TOO_MANY">;
export type CalendarFeedError = TooManyFeedsError | UnknownReferenceError;

/** The scope of a new feed: one series, or the invitations of one organization. */
export type CalendarFeedScope =
  | { readonly seriesId: string; readonly organizationId?: undefined }
  | { readonly organizationId: string; readonly seriesId?: undefined };

/** Fetches are written down at most once a minute: calendar clients poll, and reads should stay reads. */
const FETCH_MARK_MINUTES = 1;

/** 32 random bytes, URL-safe: what the feed URL carries. */
const newFeedToken = (): string => randomBytes(32).toString("base64url");
/** The stored form of a token (the same digest as session tokens). */
export const hashFeedToken = (token: string): string =>
  createHash("sha256").update(token).digest("base64url");

type FeedRow = typeof calendarFeeds.$inferSelect;

const toFeed = (row: FeedRow): CalendarFeed => ({
  id: row.id,
  userId: row.userId as UserId,
  seriesId: row.seriesId as SeriesId | null,
  organizationId: row.organizationId as OrganizationId | null,
  language: row.language,
  createdAt: row.createdAt,
  lastFetchedAt: row.lastFetchedAt,
  revokedAt: row.revokedAt,
});

/** What the audit log keeps of a feed: never the token or its hash. */
const audited = (feed: CalendarFeed) => ({
  userId: feed.userId,
  seriesId: feed.seriesId,
  organizationId: feed.organizationId,
  language: feed.language,
  revokedAt: feed.revokedAt,
});

export function calendarFeedRepository(db: Db) {
  return {
    /** Feeds by id, in no particular order; unknown ids are left out. */
    getMany(ids: readonly string[]): CalendarFeed[] {
      if (ids.length === 0) return [];
      return db
        .select()
        .from(calendarFeeds)
        .where(inArray(calendarFeeds.id, [...ids]))
        .all()
        .map(toFeed);
    },

    /** A user's feeds, revoked ones included, newest first. */
    listOf(userId: string): CalendarFeed[] {
      return db
        .select()
        .from(calendarFeeds)
        .where(eq(calendarFeeds.userId, userId))
        .orderBy(desc(calendarFeeds.createdAt), desc(calendarFeeds.id))
        .all()
        .map(toFeed);
    },

    /** The feed a URL token names, revoked or not, or undefined for a token that names none. */
    byToken(token: string): CalendarFeedLookup | undefined {
      const row = db
        .select({ feed: calendarFeeds, active: users.active })
        .from(calendarFeeds)
        .innerJoin(users, eq(users.id, calendarFeeds.userId))
        .where(eq(calendarFeeds.tokenHash, hashFeedToken(token)))
        .get();
      return row === undefined ? undefined : { feed: toFeed(row.feed), ownerActive: row.active };
    },

    /**
     * A new feed for `userId`, and its token (returned once, never stored). Refused with
     * CALENDAR_FEED.TOO_MANY when the user already holds CALENDAR_FEED_LIMIT live feeds, and with
     * UNKNOWN_REFERENCE when the series or organization does not exist. Whether the user may read the
     * series is the caller's check.
     */
    create(ctx: WriteContext, userId: string, scope: CalendarFeedScope, language: UiLanguage) {
      return write<{ feed: CalendarFeed; token: string }, CalendarFeedError>(db, ctx, (tx, audit) => {
        if (scope.seriesId !== undefined) {
          const found = tx
            .select({ id: meetingSeries.id })
            .from(meetingSeries)
            .where(eq(meetingSeries.id, scope.seriesId))
            .get();
          if (found === undefined) fail(unknownReference("seriesId"));
        } else {
          const found = tx
            .select({ id: organizations.id })
            .from(organizations)
            .where(eq(organizations.id, scope.organizationId))
            .get();
          if (found === undefined) fail(unknownReference("organizationId"));
        }
        const live =
          tx
            .select({ n: count() })
            .from(calendarFeeds)
            .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)))
            .get()?.n ?? 0;
        if (live >= CALENDAR_FEED_LIMIT)
          fail(domainError("CALENDAR_FEED.TOO_MANY", { limit: CALENDAR_FEED_LIMIT }));
        const token = newFeedToken();
        const row = tx
          .insert(calendarFeeds)
          .values({
            id: newId("cal"),
            tokenHash: hashFeedToken(token),
            userId,
            seriesId: scope.seriesId ?? null,
            organizationId: scope.organizationId ?? null,
            language,
            createdAt: ctx.at,
          })
          .returning()
          .get();
        const feed = toFeed(row);
        audit({
          operation: "calendar_feed.create",
          entityType: "calendar_feed",
          entityId: feed.id,
          after: audited(feed),
        });
        return { feed, token };
      });
    },

    /** Revokes a feed; the row stays (with revokedAt) so that its URL is refused for ever. Idempotent. */
    revoke(ctx: WriteContext, id: string): Result<CalendarFeed, NotFoundError> {
      const current = db.select().from(calendarFeeds).where(eq(calendarFeeds.id, id)).get();
      if (current === undefined) return { ok: false, error: notFound("calendar_feed") };
      // Revoking twice changes nothing, so there is nothing to audit the second time.
      if (current.revokedAt !== null) return { ok: true, value: toFeed(current) };
      return write<CalendarFeed, NotFoundError>(db, ctx, (tx, audit) => {
        const updated = tx
          .update(calendarFeeds)
          .set({ revokedAt: ctx.at })
          .where(and(eq(calendarFeeds.id, id), isNull(calendarFeeds.revokedAt)))
          .returning()
          .get();
        if (updated === undefined) fail(notFound("calendar_feed"));
        const feed = toFeed(updated);
        audit({
          operation: "calendar_feed.revoke",
          entityType: "calendar_feed",
          entityId: id,
          before: audited(toFeed(current)),
          after: audited(feed),
        });
        return feed;
      });
    },

    /**
     * When meetings were created and last changed, and when series' settings last changed: what a
     * calendar's SEQUENCE and LAST-MODIFIED are derived from. Timestamps only, for ids the caller has
     * already read through the API with the reader's rights.
     */
    revisions(
      meetingIds: readonly string[],
      seriesIds: readonly string[] = [],
    ): {
      readonly meetings: ReadonlyMap<string, { readonly createdAt: Instant; readonly updatedAt: Instant }>;
      readonly series: ReadonlyMap<string, Instant>;
    } {
      const meetingRows =
        meetingIds.length === 0
          ? []
          : db
              .select({ id: meetings.id, createdAt: meetings.createdAt, updatedAt: meetings.updatedAt })
              .from(meetings)
              .where(inArray(meetings.id, [...meetingIds]))
              .all();
      const seriesRows =
        seriesIds.length === 0
          ? []
          : db
              .select({ id: meetingSeries.id, updatedAt: meetingSeries.updatedAt })
              .from(meetingSeries)
              .where(inArray(meetingSeries.id, [...seriesIds]))
              .all();
      return {
        meetings: new Map(meetingRows.map((r) => [r.id, { createdAt: r.createdAt, updatedAt: r.updatedAt }])),
        series: new Map(seriesRows.map((r) => [r.id, r.updatedAt])),
      };
    },

    /**
     * Notes a fetch at `at`, unless one was noted less than a minute before. Not audited here: the
     * fetch itself is (as an `ical.feed` export). Returns whether the row changed.
     */
    markFetched(id: string, at: Instant): boolean {
      const row = db
        .select({ last: calendarFeeds.lastFetchedAt })
        .from(calendarFeeds)
        .where(eq(calendarFeeds.id, id))
        .get();
      if (row === undefined) return false;
      if (row.last !== null && compareInstants(addMinutes(row.last, FETCH_MARK_MINUTES), at) > 0)
        return false;
      return (
        db.update(calendarFeeds).set({ lastFetchedAt: at }).where(eq(calendarFeeds.id, id)).run().changes > 0
      );
    },
  };
}
