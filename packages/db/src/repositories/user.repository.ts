import type { Role } from "@moei/domain/access";
import { type InvalidLinkError, invalidLink, type User } from "@moei/domain/account";
import {
  addMinutes,
  type Instant,
  type OrganizationId,
  type SeriesId,
  type UiLanguage,
  type UserId,
} from "@moei/domain/shared";
import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, lte, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { newId } from "../ids.ts";
import {
  accountTokens,
  auditLog,
  coordinatorSeries,
  meetingSeries,
  meetings,
  minutes,
  organizations,
  sessions,
  settings,
  users,
} from "../schema/index.ts";
import {
  type DuplicateError,
  duplicate,
  type NotFoundError,
  notFound,
  type UnknownReferenceError,
  unknownReference,
} from "./errors.ts";
import { type CursorError, decodeCursor, type Page, type PageArgs, pageSize, toPage } from "./pagination.ts";
import { contains } from "./search.ts";
import { type AuditEntry, fail, type Tx, type WriteContext, write } from "./write.ts";

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly organizationId: string;
  readonly role: Role;
  readonly language?: UiLanguage;
  readonly seriesIds?: readonly string[];
  /** Absent: the user has no password until a reset link sets one. */
  readonly passwordHash?: string;
}

export interface Session {
  readonly userId: UserId;
  readonly createdAt: Instant;
  readonly lastSeenAt: Instant;
  /** The absolute end; the idle end is `lastSeenAt` plus the idle period, which the server configures. */
  readonly expiresAt: Instant;
}

export interface UserFilter {
  readonly organizationId?: string;
  readonly role?: readonly Role[];
  readonly active?: boolean;
  /** Matches the username or the display name. */
  readonly query?: string;
}

/** A row of the audit log as the application reads it. */
export interface AuditRecord {
  readonly id: number;
  readonly at: Instant;
  readonly actorId: UserId | null;
  readonly operation: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface AuditFilter {
  readonly actorId?: string;
  readonly entityType?: string;
  readonly entityId?: string;
  readonly operation?: string;
  /** Inclusive bounds on `at`. */
  readonly from?: Instant;
  readonly to?: Instant;
}

export interface PurgeSummary {
  /** The retention period in days; null when none is set (and nothing was purged). */
  readonly days: number | null;
  /** Minutes of restricted meetings that ended before this instant were purged. */
  readonly cutoff: Instant | null;
  readonly meetings: number;
  readonly minutes: number;
  readonly auditRowsRedacted: number;
}

export type UserWriteError = DuplicateError | UnknownReferenceError | NotFoundError;

const RETENTION_KEY = "retention.restricted_minutes_days";
/** What the purge leaves in the audit rows of purged minutes; the migration's trigger allows exactly this. */
const REDACTED = '{"redacted":"retention"}';

type UserRow = typeof users.$inferSelect;

function toUser(row: UserRow, seriesIds: readonly string[]): User {
  return {
    id: row.id as UserId,
    organizationId: row.organizationId as OrganizationId,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    language: row.language,
    active: row.active,
    seriesIds: seriesIds as SeriesId[],
    createdAt: row.createdAt,
  };
}

/** Users with their coordinated series in two statements, whatever their number. */
function loadUsers(tx: Tx | Db, rows: readonly UserRow[]): User[] {
  if (rows.length === 0) return [];
  const links = tx
    .select()
    .from(coordinatorSeries)
    .where(
      inArray(
        coordinatorSeries.userId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(coordinatorSeries.seriesId))
    .all();
  return rows.map((row) =>
    toUser(
      row,
      links.filter((l) => l.userId === row.id).map((l) => l.seriesId),
    ),
  );
}

const auditOf = (row: typeof auditLog.$inferSelect): AuditRecord => ({
  id: row.id,
  at: row.at,
  actorId: row.actorId as UserId | null,
  operation: row.operation,
  entityType: row.entityType,
  entityId: row.entityId,
  before: row.before ?? null,
  after: row.after ?? null,
});

/**
 * Accounts, sessions, one-time links, the audit log (read side), settings and the retention purge.
 * Secrets arrive here already hashed: the server makes tokens and password hashes, the store keeps
 * only what cannot be turned back into them.
 */
export function userRepository(db: Db) {
  const loadRow = (tx: Tx | Db, id: string) => tx.select().from(users).where(eq(users.id, id)).get();

  const deleteSessionsOf = (tx: Tx, userId: string): number =>
    tx.delete(sessions).where(eq(sessions.userId, userId)).run().changes;

  /** The valid token of `purpose`, or undefined: unknown, used and expired links look the same. */
  const liveToken = (tx: Tx | Db, tokenHash: string, purpose: "reset" | "setup", at: Instant) =>
    tx
      .select()
      .from(accountTokens)
      .where(
        and(
          eq(accountTokens.tokenHash, tokenHash),
          eq(accountTokens.purpose, purpose),
          isNull(accountTokens.usedAt),
          gt(accountTokens.expiresAt, at),
        ),
      )
      .get();

  const hasAdmin = (tx: Tx | Db): boolean =>
    tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.active, true)))
      .limit(1)
      .get() !== undefined;

  function insertUser(tx: Tx, ctx: WriteContext, input: NewUser, audit: (entry: AuditEntry) => void): User {
    if (
      tx
        .select({ id: organizations.id })
        .from(organizations)
        .where(eq(organizations.id, input.organizationId))
        .get() === undefined
    )
      fail(unknownReference("organizationId"));
    if (tx.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get() !== undefined)
      fail(duplicate("username"));
    const seriesIds = [...new Set(input.seriesIds ?? [])];
    if (seriesIds.length > 0) {
      const found = tx
        .select({ id: meetingSeries.id })
        .from(meetingSeries)
        .where(inArray(meetingSeries.id, seriesIds))
        .all();
      if (found.length !== seriesIds.length) fail(unknownReference("seriesIds"));
    }
    const id = newId<UserId>("usr");
    const row = tx
      .insert(users)
      .values({
        id,
        organizationId: input.organizationId,
        username: input.username,
        displayName: input.displayName,
        passwordHash: input.passwordHash ?? null,
        role: input.role,
        language: input.language ?? "en",
        createdAt: ctx.at,
        updatedAt: ctx.at,
      })
      .returning()
      .get();
    for (const seriesId of seriesIds) tx.insert(coordinatorSeries).values({ userId: id, seriesId }).run();
    const user = toUser(row, [...seriesIds].sort());
    audit({
      operation: "user.create",
      entityType: "user",
      entityId: id,
      after: { ...user, hasPassword: input.passwordHash !== undefined },
    });
    return user;
  }

  return {
    get(id: string): User | undefined {
      const row = loadRow(db, id);
      return row && loadUsers(db, [row])[0];
    },

    getMany(ids: readonly string[]): User[] {
      if (ids.length === 0) return [];
      return loadUsers(
        db,
        db
          .select()
          .from(users)
          .where(inArray(users.id, [...ids]))
          .all(),
      );
    },

    /** The user and password hash for a sign-in; undefined for an unknown username. */
    credentials(username: string): { readonly user: User; readonly passwordHash: string | null } | undefined {
      const row = db.select().from(users).where(eq(users.username, username)).get();
      if (row === undefined) return undefined;
      return { user: loadUsers(db, [row])[0] as User, passwordHash: row.passwordHash };
    },

    /** Whether an active admin exists: without one, the server offers a setup link. */
    hasAdmin(): boolean {
      return hasAdmin(db);
    },

    /** Users by username, then id; cursor-paginated. */
    list(filter: UserFilter = {}, page: PageArgs = {}): Page<User> | CursorError {
      const conditions: SQL[] = [];
      if (filter.organizationId) conditions.push(eq(users.organizationId, filter.organizationId));
      if (filter.role?.length) conditions.push(inArray(users.role, [...filter.role]));
      if (filter.active !== undefined) conditions.push(eq(users.active, filter.active));
      if (filter.query?.trim()) {
        const q = filter.query.trim();
        conditions.push(or(contains(users.username, q), contains(users.displayName, q)) as SQL);
      }
      const where = and(...conditions);
      const total = db.select({ n: count() }).from(users).where(where).get()?.n ?? 0;
      const size = pageSize(page);
      let after: SQL | undefined;
      if (page.after) {
        const key = decodeCursor(page.after, 2);
        if (!Array.isArray(key)) return key;
        const [username, id] = key as [string, string];
        after = or(gt(users.username, username), and(eq(users.username, username), gt(users.id, id)));
      }
      const rows = db
        .select()
        .from(users)
        .where(and(where, after))
        .orderBy(asc(users.username), asc(users.id))
        .limit(size + 1)
        .all();
      return toPage(
        rows,
        size,
        total,
        (rs) => loadUsers(db, rs),
        (r) => [r.username, r.id],
      );
    },

    create(ctx: WriteContext, input: NewUser) {
      return write<User, UserWriteError>(db, ctx, (tx, audit) => insertUser(tx, ctx, input, audit));
    },

    setLanguage(ctx: WriteContext, id: string, language: UiLanguage) {
      return write<User, NotFoundError>(db, ctx, (tx, audit) => {
        const before = loadRow(tx, id);
        if (before === undefined) return fail(notFound("user"));
        const row = tx
          .update(users)
          .set({ language, updatedAt: ctx.at })
          .where(eq(users.id, id))
          .returning()
          .get() as UserRow;
        audit({
          operation: "user.set_language",
          entityType: "user",
          entityId: id,
          before: { language: before.language },
          after: { language },
        });
        return loadUsers(tx, [row])[0] as User;
      });
    },

    /** Deactivating a user also ends all their sessions; their history stays. */
    setActive(ctx: WriteContext, id: string, active: boolean) {
      return write<User, NotFoundError>(db, ctx, (tx, audit) => {
        const before = loadRow(tx, id);
        if (before === undefined) return fail(notFound("user"));
        const row = tx
          .update(users)
          .set({ active, updatedAt: ctx.at })
          .where(eq(users.id, id))
          .returning()
          .get() as UserRow;
        const ended = active ? 0 : deleteSessionsOf(tx, id);
        audit({
          operation: active ? "user.reactivate" : "user.deactivate",
          entityType: "user",
          entityId: id,
          before: { active: before.active },
          after: { active, sessionsEnded: ended },
        });
        return loadUsers(tx, [row])[0] as User;
      });
    },

    /**
     * Sets a new password hash and ends every session of the user (a changed password signs out
     * everywhere), unless the password is the same one rehashed with stronger parameters.
     */
    setPasswordHash(ctx: WriteContext, id: string, passwordHash: string, { endSessions = true } = {}) {
      return write<User, NotFoundError>(db, ctx, (tx, audit) => {
        const row = tx
          .update(users)
          .set({ passwordHash, updatedAt: ctx.at })
          .where(eq(users.id, id))
          .returning()
          .get();
        if (row === undefined) return fail(notFound("user"));
        const ended = endSessions ? deleteSessionsOf(tx, id) : 0;
        audit({
          operation: endSessions ? "user.set_password" : "user.rehash_password",
          entityType: "user",
          entityId: id,
          after: { sessionsEnded: ended },
        });
        return loadUsers(tx, [row])[0] as User;
      });
    },

    // Sessions ------------------------------------------------------------------------------------

    /**
     * Starts a session for a signed-in user. `replacing` is the session the request came with, if any:
     * it ends, so a token seen before sign-in never becomes a signed-in one (rotation).
     */
    createSession(
      ctx: WriteContext,
      input: {
        readonly tokenHash: string;
        readonly userId: string;
        readonly expiresAt: Instant;
        readonly replacing?: string;
      },
    ) {
      return write<Session, NotFoundError>(db, ctx, (tx, audit) => {
        if (loadRow(tx, input.userId) === undefined) return fail(notFound("user"));
        if (input.replacing !== undefined)
          tx.delete(sessions).where(eq(sessions.tokenHash, input.replacing)).run();
        const row = tx
          .insert(sessions)
          .values({
            tokenHash: input.tokenHash,
            userId: input.userId,
            createdAt: ctx.at,
            lastSeenAt: ctx.at,
            expiresAt: input.expiresAt,
          })
          .returning()
          .get();
        audit({
          operation: "session.create",
          entityType: "user",
          entityId: input.userId,
          after: { expiresAt: input.expiresAt },
        });
        return {
          userId: row.userId as UserId,
          createdAt: row.createdAt,
          lastSeenAt: row.lastSeenAt,
          expiresAt: row.expiresAt,
        };
      });
    },

    /** The session of a token hash with its user, in one statement (two for a coordinator). */
    session(tokenHash: string): { readonly session: Session; readonly user: User } | undefined {
      const found = db
        .select({ session: sessions, user: users })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(eq(sessions.tokenHash, tokenHash))
        .get();
      if (found === undefined) return undefined;
      const { session, user } = found;
      return {
        session: {
          userId: session.userId as UserId,
          createdAt: session.createdAt,
          lastSeenAt: session.lastSeenAt,
          expiresAt: session.expiresAt,
        },
        user: user.role === "coordinator" ? (loadUsers(db, [user])[0] as User) : toUser(user, []),
      };
    },

    /** Marks a session as used now; not audited (it is a read, not a change). */
    touchSession(tokenHash: string, at: Instant): void {
      db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.tokenHash, tokenHash)).run();
    },

    /**
     * Removes sessions past their absolute end or idle since `idleSince`, and one expired session found
     * on a request; housekeeping, not a user's change, so not audited.
     */
    deleteExpiredSessions(now: Instant, idleSince: Instant, tokenHash?: string): number {
      const expired = or(lte(sessions.expiresAt, now), lte(sessions.lastSeenAt, idleSince)) as SQL;
      return db
        .delete(sessions)
        .where(tokenHash === undefined ? expired : and(eq(sessions.tokenHash, tokenHash), expired))
        .run().changes;
    },

    /** Sign-out: ends one session. Returns false (and writes nothing) when there was none. */
    deleteSession(ctx: WriteContext, tokenHash: string): boolean {
      const row = db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash)).get();
      if (row === undefined) return false;
      const result = write<boolean, never>(db, ctx, (tx, audit) => {
        const deleted = tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run().changes;
        audit({ operation: "session.delete", entityType: "user", entityId: row.userId });
        return deleted > 0;
      });
      return result.ok && result.value;
    },

    /** Sign-out everywhere: ends every session of a user; returns how many. */
    deleteSessionsOf(ctx: WriteContext, userId: string) {
      return write<number, never>(db, ctx, (tx, audit) => {
        const ended = deleteSessionsOf(tx, userId);
        audit({
          operation: "session.delete_all",
          entityType: "user",
          entityId: userId,
          after: { sessionsEnded: ended },
        });
        return ended;
      });
    },

    /** The sessions of a user, newest first (for "where am I signed in"). */
    sessionsOf(userId: string): Session[] {
      return db
        .select()
        .from(sessions)
        .where(eq(sessions.userId, userId))
        .orderBy(desc(sessions.createdAt))
        .all()
        .map((s) => ({
          userId: s.userId as UserId,
          createdAt: s.createdAt,
          lastSeenAt: s.lastSeenAt,
          expiresAt: s.expiresAt,
        }));
    },

    /** Records a refused sign-in for an existing account (unknown usernames are not written: they may be passwords). */
    recordFailedSignIn(
      ctx: WriteContext,
      userId: string,
      reason: "wrong_password" | "inactive" | "no_password",
    ) {
      return write<true, never>(db, ctx, (_tx, audit) => {
        audit({ operation: "session.refused", entityType: "user", entityId: userId, after: { reason } });
        return true;
      });
    },

    // One-time links ------------------------------------------------------------------------------

    /** Issues a password reset link for a user; earlier unused links of the user stop working. */
    issueReset(ctx: WriteContext, userId: string, tokenHash: string, expiresAt: Instant) {
      return write<{ readonly expiresAt: Instant }, NotFoundError>(db, ctx, (tx, audit) => {
        if (loadRow(tx, userId) === undefined) return fail(notFound("user"));
        tx.delete(accountTokens)
          .where(
            and(
              eq(accountTokens.userId, userId),
              eq(accountTokens.purpose, "reset"),
              isNull(accountTokens.usedAt),
            ),
          )
          .run();
        tx.insert(accountTokens)
          .values({ tokenHash, purpose: "reset", userId, createdAt: ctx.at, expiresAt })
          .run();
        audit({
          operation: "user.issue_password_reset",
          entityType: "user",
          entityId: userId,
          after: { expiresAt },
        });
        return { expiresAt };
      });
    },

    /**
     * Uses a reset link: sets the password, ends the user's sessions, and spends the link, in one
     * transaction attributed to the user. Unknown, used, expired and inactive-user links fail alike.
     */
    resetPassword(at: Instant, tokenHash: string, passwordHash: string) {
      const token = liveToken(db, tokenHash, "reset", at);
      const userId = token?.userId ?? null;
      if (userId === null) return { ok: false, error: invalidLink() } as const;
      return write<User, InvalidLinkError>(db, { actorId: userId as UserId, at }, (tx, audit) => {
        // Again inside the transaction: two requests with one link must not both succeed.
        if (liveToken(tx, tokenHash, "reset", at) === undefined) return fail(invalidLink());
        const user = loadRow(tx, userId);
        if (user === undefined || !user.active) return fail(invalidLink());
        tx.update(accountTokens).set({ usedAt: at }).where(eq(accountTokens.tokenHash, tokenHash)).run();
        const row = tx
          .update(users)
          .set({ passwordHash, updatedAt: at })
          .where(eq(users.id, userId))
          .returning()
          .get() as UserRow;
        const ended = deleteSessionsOf(tx, userId);
        audit({
          operation: "user.reset_password",
          entityType: "user",
          entityId: userId,
          after: { sessionsEnded: ended },
        });
        return loadUsers(tx, [row])[0] as User;
      });
    },

    /** Whether a reset link is valid now: checked before hashing the new password, which costs. */
    resetLinkValid(tokenHash: string, at: Instant): boolean {
      const token = liveToken(db, tokenHash, "reset", at);
      return token?.userId != null && loadRow(db, token.userId)?.active === true;
    },

    /** A setup link for the first admin; earlier unused setup links stop working. */
    issueSetup(ctx: WriteContext, tokenHash: string, expiresAt: Instant) {
      return write<{ readonly expiresAt: Instant }, never>(db, ctx, (tx, audit) => {
        tx.delete(accountTokens)
          .where(and(eq(accountTokens.purpose, "setup"), isNull(accountTokens.usedAt)))
          .run();
        tx.insert(accountTokens).values({ tokenHash, purpose: "setup", createdAt: ctx.at, expiresAt }).run();
        audit({
          operation: "setup.issue",
          entityType: "setup",
          entityId: "first_admin",
          after: { expiresAt },
        });
        return { expiresAt };
      });
    },

    /** Whether a setup link is valid now (checked before creating the first admin's organization). */
    setupLinkValid(tokenHash: string, at: Instant): boolean {
      return liveToken(db, tokenHash, "setup", at) !== undefined && !hasAdmin(db);
    },

    /** Creates the first admin through a setup link; refused once any admin exists. */
    setUpFirstAdmin(at: Instant, tokenHash: string, input: Omit<NewUser, "role" | "seriesIds">) {
      return write<User, InvalidLinkError | UserWriteError>(db, { actorId: null, at }, (tx, audit) => {
        if (liveToken(tx, tokenHash, "setup", at) === undefined || hasAdmin(tx)) return fail(invalidLink());
        tx.update(accountTokens).set({ usedAt: at }).where(eq(accountTokens.tokenHash, tokenHash)).run();
        return insertUser(tx, { actorId: null, at }, { ...input, role: "admin" }, audit);
      });
    },

    // Audit log (read side) -----------------------------------------------------------------------

    /** The audit log, newest first, filtered; cursor-paginated. */
    auditLog(filter: AuditFilter = {}, page: PageArgs = {}): Page<AuditRecord> | CursorError {
      const conditions: SQL[] = [];
      if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
      if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
      if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
      if (filter.operation) conditions.push(eq(auditLog.operation, filter.operation));
      if (filter.from) conditions.push(gte(auditLog.at, filter.from));
      if (filter.to) conditions.push(lte(auditLog.at, filter.to));
      const where = and(...conditions);
      const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
      const size = pageSize(page);
      let after: SQL | undefined;
      if (page.after) {
        const key = decodeCursor(page.after, 1);
        if (!Array.isArray(key) || typeof key[0] !== "number") return { code: "INVALID_CURSOR", params: {} };
        after = lt(auditLog.id, key[0]);
      }
      const rows = db
        .select()
        .from(auditLog)
        .where(and(where, after))
        .orderBy(desc(auditLog.id))
        .limit(size + 1)
        .all();
      return toPage(
        rows,
        size,
        total,
        (rs) => rs.map(auditOf),
        (r) => [r.id],
      );
    },

    // Settings and retention ----------------------------------------------------------------------

    /** Days restricted minutes are kept after their meeting ended; null: kept until purged by hand. */
    retentionDays(): number | null {
      const row = db.select().from(settings).where(eq(settings.key, RETENTION_KEY)).get();
      return typeof row?.value === "number" ? row.value : null;
    },

    setRetention(ctx: WriteContext, days: number | null) {
      return write<number | null, never>(db, ctx, (tx, audit) => {
        const before = tx.select().from(settings).where(eq(settings.key, RETENTION_KEY)).get();
        if (days === null) tx.delete(settings).where(eq(settings.key, RETENTION_KEY)).run();
        else
          tx.insert(settings)
            .values({ key: RETENTION_KEY, value: days, updatedAt: ctx.at })
            .onConflictDoUpdate({ target: settings.key, set: { value: days, updatedAt: ctx.at } })
            .run();
        audit({
          operation: "settings.set_retention",
          entityType: "settings",
          entityId: RETENTION_KEY,
          before: { days: before?.value ?? null },
          after: { days },
        });
        return days;
      });
    },

    /**
     * Deletes the minutes of restricted meetings that ended more than the retention period ago, and the
     * copies of their text in the audit log, in one audited transaction. Deleted pages are zeroed
     * (secure_delete), the search index is merged so no trigram of the text survives in it, and the
     * write-ahead log is truncated. Backups made before keep the text until they are rotated away.
     */
    purgeRestrictedMinutes(ctx: WriteContext): PurgeSummary {
      const days = this.retentionDays();
      if (days === null) return { days: null, cutoff: null, meetings: 0, minutes: 0, auditRowsRedacted: 0 };
      const cutoff = addMinutes(ctx.at, -days * 24 * 60);
      const client = db.$client;
      const secureDelete = client.pragma("secure_delete", { simple: true }) as number;
      client.pragma("secure_delete = ON");
      try {
        const result = write<PurgeSummary, never>(db, ctx, (tx, audit) => {
          const expired = tx
            .select({
              meetingId: minutes.meetingId,
              agendaItemId: minutes.agendaItemId,
              language: minutes.language,
            })
            .from(minutes)
            .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
            .innerJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
            .where(and(eq(meetingSeries.confidentiality, "restricted"), lt(meetings.endAt, cutoff)))
            .all();
          const meetingIds = [...new Set(expired.map((m) => m.meetingId))].sort();
          let purged = 0;
          let redacted = 0;
          for (const chunk of chunks(meetingIds, 500)) {
            purged += tx.delete(minutes).where(inArray(minutes.meetingId, chunk)).run().changes;
          }
          const keys = expired.map((m) => `${m.agendaItemId}/${m.language}`);
          for (const chunk of chunks(keys, 500)) {
            redacted += tx
              .update(auditLog)
              .set({
                before: sql`CASE WHEN ${auditLog.before} IS NULL THEN NULL ELSE ${REDACTED} END`,
                after: sql`CASE WHEN ${auditLog.after} IS NULL THEN NULL ELSE ${REDACTED} END`,
              })
              .where(and(eq(auditLog.entityType, "minutes"), inArray(auditLog.entityId, chunk)))
              .run().changes;
          }
          const summary: PurgeSummary = {
            days,
            cutoff,
            meetings: meetingIds.length,
            minutes: purged,
            auditRowsRedacted: redacted,
          };
          audit({
            operation: "minutes.purge",
            entityType: "settings",
            entityId: RETENTION_KEY,
            after: { ...summary, meetingIds },
          });
          return summary;
        });
        if (!result.ok) throw new Error("The purge cannot fail");
        if (result.value.minutes > 0) {
          client.prepare("INSERT INTO search_index (search_index) VALUES ('optimize')").run();
          client.pragma("wal_checkpoint(TRUNCATE)");
        }
        return result.value;
      } finally {
        client.pragma(`secure_delete = ${secureDelete ? "ON" : "OFF"}`);
      }
    },
  };
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
