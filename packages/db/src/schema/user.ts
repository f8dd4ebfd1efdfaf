import type { UiLanguage } from "@moei/domain/shared";
import { type AnySQLiteColumn, index, integer, primaryKey, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { bool, instant, json, table, timestamps } from "./columns.ts";
import { organizations } from "./organization.ts";

export const ROLES = ["admin", "coordinator", "member", "observer"] as const;
export type Role = (typeof ROLES)[number];

export const users = table(
  "users",
  {
    id: text().primaryKey(),
    organizationId: text()
      .notNull()
      .references((): AnySQLiteColumn => organizations.id),
    username: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text(),
    role: text().$type<Role>().notNull(),
    language: text().$type<UiLanguage>().notNull().default("en"),
    active: bool().notNull().default(true),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_username_idx").on(t.username),
    index("users_organization_idx").on(t.organizationId),
  ],
);

/** Coordinators run given series; the series they are the secretariat of. */
export const coordinatorSeries = table(
  "coordinator_series",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    seriesId: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.seriesId] })],
);

/** Server-side sessions; the cookie carries a random token, the table only its hash. */
export const sessions = table(
  "sessions",
  {
    tokenHash: text().primaryKey(),
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: instant().notNull(),
    lastSeenAt: instant().notNull(),
    expiresAt: instant().notNull(),
    data: json<Record<string, string>>(),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expiry_idx").on(t.expiresAt)],
);

/**
 * One-time links, only their SHA-256 stored: password resets an admin issues for a user, and the setup
 * link printed at first start (no user yet). Used or expired rows are refused, and kept until the user
 * is deleted so that an old link can never be replayed.
 */
export const accountTokens = table(
  "account_tokens",
  {
    tokenHash: text().primaryKey(),
    purpose: text().$type<"reset" | "setup">().notNull(),
    userId: text().references(() => users.id, { onDelete: "cascade" }),
    createdAt: instant().notNull(),
    expiresAt: instant().notNull(),
    usedAt: instant(),
  },
  (t) => [index("account_tokens_user_idx").on(t.userId)],
);

/** Settings of the installation, one row per key (the retention period of restricted minutes). */
export const settings = table("settings", {
  key: text().primaryKey(),
  value: json<unknown>().notNull(),
  updatedAt: instant().notNull(),
});

/**
 * Every change, with who, what, when, before and after, written in the same transaction as the
 * change. Append-only: triggers in the migration refuse UPDATE and DELETE.
 */
export const auditLog = table(
  "audit_log",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: instant().notNull(),
    actorId: text(),
    operation: text().notNull(),
    entityType: text().notNull(),
    entityId: text().notNull(),
    before: json<unknown>(),
    after: json<unknown>(),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    index("audit_log_actor_idx").on(t.actorId, t.at),
  ],
);
