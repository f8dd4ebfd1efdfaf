import type { UiLanguage } from "@moei/domain/shared";
import { sql } from "drizzle-orm";
import { check, index, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { instant, table } from "./columns.ts";
import { meetingSeries } from "./meeting.ts";
import { organizations } from "./organization.ts";
import { users } from "./user.ts";

/**
 * Private calendar subscriptions: a feed of one series' meetings or of one organization's invitations,
 * read with its owner's rights at every fetch. The URL carries a random token; only its SHA-256 is
 * stored. Revoked feeds are kept (and refused) so that their URLs never work again.
 */
export const calendarFeeds = table(
  "calendar_feeds",
  {
    id: text().primaryKey(),
    tokenHash: text().notNull(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    seriesId: text().references(() => meetingSeries.id, { onDelete: "cascade" }),
    organizationId: text().references(() => organizations.id, { onDelete: "cascade" }),
    /** The language of titles and descriptions in the feed. */
    language: text().$type<UiLanguage>().notNull(),
    createdAt: instant().notNull(),
    lastFetchedAt: instant(),
    revokedAt: instant(),
  },
  (t) => [
    uniqueIndex("calendar_feeds_token_idx").on(t.tokenHash),
    index("calendar_feeds_user_idx").on(t.userId),
    check("calendar_feeds_one_scope", sql`(${t.seriesId} IS NULL) <> (${t.organizationId} IS NULL)`),
  ],
);
