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
