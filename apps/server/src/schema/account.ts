import type { AuditRecord } from "@moei/db";
import { ROLES } from "@moei/domain/access";
import {
  firstAdminInputSchema,
  invalidLink,
  newUserInputSchema,
  normalizeUsername,
  PASSWORD_MIN_LENGTH,
  RETENTION_MAX_DAYS,
  resetPasswordInputSchema,
  retentionInputSchema,
  type User,
  wrongCredentials,
} from "@moei/domain/account";
import { addMinutes, type UiLanguage, type UserId, validate } from "@moei/domain/shared";
import { organizationForAdmin } from "../auth/first-admin.ts";
import { limiterFor } from "../auth/limiter.ts";
import { hashPassword, needsRehash, PasswordHashingBusy, verifyPassword } from "../auth/passwords.ts";
import { hashToken, idleSince, newToken, sessionEnd } from "../auth/sessions.ts";
import { builder } from "../builder.ts";
import type { Context } from "../context.ts";
import { Failure, orFail, toFailure } from "../failures.ts";
import { connection, inOrder, pageArgs } from "./connection.ts";
import { OrganizationNode } from "./organization.ts";
import { UiLanguageEnum } from "./scalars.ts";
import { SeriesNode } from "./series.ts";

/*
 * Accounts and sessions: who is signed in (`me`), signing in and out, reset links, and the admin's
 * account, audit and retention operations. Fields marked ADMIN ONLY check the role here until
 * scope-auth guards them; a refusal reads as "nothing there", as for anything one may not see.
 */

/** Reset links are valid for a day: long enough to pass on by phone or chat, short enough to expire unused. */
const RESET_LINK_HOURS = 24;

const isAdmin = (ctx: Context) => ctx.actor?.role === "admin";

function requireSignedIn(ctx: Context): UserId {
  if (ctx.actor === null) throw new Failure("UNAUTHENTICATED", {}, ctx.lang);
  return ctx.actor.userId;
}

export const RoleEnum = builder.enumType("Role", {
  description:
    "admin runs the installation; coordinator is the secretariat of given series; member is the delegate of an organization; observer reads what is not restricted",
  values: ROLES,
});

export const UserNode = builder.loadableNodeRef<User, string, string>("User", {
  id: { resolve: (u) => u.id, parse: (id) => id },
  // Admins see every account, everyone else only their own; the others look as if they did not exist.
  load: async (ids: string[], ctx: Context) =>
    inOrder(ids, ctx.repos.users.getMany(isAdmin(ctx) ? ids : ids.filter((id) => id === ctx.actor?.userId))),
});

UserNode.implement({
  description: "A person who signs in to Moei: staff of a partner organization, never a victim.",
  fields: (t) => ({
    username: t.exposeString("username", { description: "Lower case; what the user signs in with" }),
    displayName: t.exposeString("displayName"),
    organization: t.field({ type: OrganizationNode, resolve: (u) => u.organizationId }),
    role: t.field({ type: RoleEnum, resolve: (u) => u.role }),
    language: t.field({
      type: UiLanguageEnum,
      description: "The interface language the user chose",
      resolve: (u) => u.language,
    }),
    active: t.exposeBoolean("active", { description: "Deactivated users cannot sign in" }),
    coordinatedSeries: t.field({
      type: [SeriesNode],
      description: "The series a coordinator is the secretariat of; empty for other roles",
      resolve: (u) => [...u.seriesIds],
    }),
    createdAt: t.field({ type: "Instant", resolve: (u) => u.createdAt }),
  }),
});

builder.queryField("me", (t) =>
  t.field({
    authScopes: { anyone: true },
    type: UserNode,
    nullable: true,
    description: "The signed-in user, with their organization, role and language; null when signed out",
    resolve: (_, __, ctx) => (ctx.actor === null ? null : (ctx.repos.users.get(ctx.actor.userId) ?? null)),
  }),
);

builder.queryField("users", (t) =>
  t.connection({
    authScopes: { admin: true },
    type: UserNode,
    description: "ADMIN ONLY. Accounts by username; filter by organization, role, activity or text",
    args: {
      organizationId: t.arg.globalID({ for: [OrganizationNode] }),
      role: t.arg({ type: [RoleEnum] }),
      active: t.arg.boolean(),
      query: t.arg.string({ description: "Matches the username or the display name" }),
    },
    resolve: (_, args, ctx) => {
      return connection(
        ctx.repos.users.list(
          {
            ...(args.organizationId ? { organizationId: args.organizationId.id } : {}),
            ...(args.role ? { role: args.role } : {}),
            ...(args.active == null ? {} : { active: args.active }),
            ...(args.query ? { query: args.query } : {}),
          },
          pageArgs(args),
        ),
      );
    },
  }),
);

const SessionEndedRef = builder.objectRef<{ sessionsEnded: number }>("SignOutPayload").implement({
  description: "What signing out ended; the session cookie is removed either way",
  fields: (t) => ({
    sessionsEnded: t.exposeInt("sessionsEnded", {
      description: "How many sessions this ended (0 when none was open)",
    }),
  }),
});

const FirstAdminInput = builder.inputType("FirstAdminInput", {
  fields: (t) => ({
    username: t.string({ required: true }),
    displayName: t.string({ required: true }),
    password: t.string({ required: true, description: `At least ${PASSWORD_MIN_LENGTH} characters` }),
    organizationId: t.globalID({ for: [OrganizationNode], description: "Default: IOM" }),
  }),
});

builder.mutationFields((t) => ({
  signIn: t.field({
    authScopes: { anyone: true },
    type: UserNode,
    description:
      "Signs in and sets the session cookie. A wrong password and an unknown username fail alike " +
      "(AUTH.WRONG_CREDENTIALS); repeated failures per account and per address are refused for a while (RATE_LIMITED)",
    errors: {},
    args: {
      username: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
    },
    resolve: async (_, { username, password }, ctx) => {
      const account = normalizeUsername(username);
      const limiter = limiterFor(ctx.db);
      const now = ctx.clock.now();
      if (limiter.limited(account, ctx.session.address, now)) throw new Failure("RATE_LIMITED", {}, ctx.lang);
      const found = ctx.repos.users.credentials(account);
      let matches: boolean;
      try {
        // Unknown users and users without a password are checked against a dummy hash: same time, false.
        matches = await verifyPassword(password, found?.passwordHash ?? null);
      } catch (e) {
        if (e instanceof PasswordHashingBusy) throw new Failure("RATE_LIMITED", {}, ctx.lang);
        throw e;
      }
      if (!matches || found === undefined || !found.user.active) {
        limiter.failed(account, ctx.session.address, now);
        if (found !== undefined) {
          const reason =
            found.passwordHash === null ? "no_password" : matches ? "inactive" : "wrong_password";
          ctx.repos.users.recordFailedSignIn({ actorId: null, at: now }, found.user.id, reason);
        }
        throw toFailure(wrongCredentials(), ctx.lang);
      }
      limiter.succeeded(account);
      const signedIn = { actorId: found.user.id, at: now };
      // A hash made with weaker parameters than today's is replaced while the password is at hand.
      if (found.passwordHash !== null && needsRehash(found.passwordHash))
        orFail(
          ctx.repos.users.setPasswordHash(signedIn, found.user.id, await hashed(password, ctx), {
            endSessions: false,
          }),
          ctx,
        );
      const token = newToken();
      ctx.repos.users.deleteExpiredSessions(now, idleSince(now));
      orFail(
        ctx.repos.users.createSession(signedIn, {
          tokenHash: hashToken(token),
          userId: found.user.id,
          expiresAt: sessionEnd(now),
          // Rotation: the session the browser had before signing in ends here.
          ...(ctx.session.token === undefined ? {} : { replacing: hashToken(ctx.session.token) }),
        }),
        ctx,
      );
      ctx.session.start(token);
      return found.user;
    },
  }),

  signOut: t.field({
    authScopes: { anyone: true },
    type: SessionEndedRef,
    description: "Ends this session and removes the cookie; harmless when not signed in",
    errors: {},
    resolve: (_, __, ctx) => {
      const token = ctx.session.token;
      const ended =
        token === undefined ? false : ctx.repos.users.deleteSession(ctx.write(), hashToken(token));
      ctx.session.end();
      return { sessionsEnded: ended ? 1 : 0 };
    },
  }),

  signOutEverywhere: t.field({
    authScopes: { signedIn: true },
    type: SessionEndedRef,
    description: "Ends every session of the signed-in user, on every device, this one included",
    errors: {},
    resolve: (_, __, ctx) => {
      const userId = requireSignedIn(ctx);
      const ended = orFail(ctx.repos.users.deleteSessionsOf(ctx.write(), userId), ctx);
      ctx.session.end();
      return { sessionsEnded: ended };
    },
  }),

  setMyLanguage: t.field({
    authScopes: { signedIn: true },
    type: UserNode,
    description: "Sets the signed-in user's interface language",
    errors: {},
    args: { language: t.arg({ type: UiLanguageEnum, required: true }) },
    resolve: (_, { language }, ctx) => {
      const userId = requireSignedIn(ctx);
      return orFail(ctx.repos.users.setLanguage(ctx.write(), userId, language as UiLanguage), ctx);
    },
  }),

  resetPassword: t.field({
    authScopes: { anyone: true },
    type: UserNode,
    description:
      "Sets a new password with the token of a reset link (/reset/<token>); the link works once, and every session of the user ends",
    errors: {},
    args: {
      token: t.arg.string({ required: true }),
      newPassword: t.arg.string({ required: true }),
    },
    resolve: async (_, { token, newPassword }, ctx) => {
      const password = orFail(validate(resetPasswordInputSchema, { newPassword }), ctx);
      const tokenHash = hashToken(token);
      // Hashing costs a scrypt: a made-up link must not make the server pay for one.
      if (!ctx.repos.users.resetLinkValid(tokenHash, ctx.clock.now()))
        throw toFailure(invalidLink(), ctx.lang);
      const hash = await hashed(password.newPassword, ctx);
      return orFail(ctx.repos.users.resetPassword(ctx.clock.now(), tokenHash, hash), ctx);
    },
  }),

  setUpFirstAdmin: t.field({
    authScopes: { anyone: true },
    type: UserNode,
    description:
      "Creates the first admin with the token of the setup link the server prints at first start (/setup/<token>). " +
      "Without an organization the admin belongs to IOM, created if missing. Refused once an admin exists",
    errors: {},
    args: {
      token: t.arg.string({ required: true }),
      input: t.arg({ type: FirstAdminInput, required: true }),
    },
    resolve: async (_, { token, input }, ctx) => {
      const valid = orFail(
        validate(firstAdminInputSchema, {
          username: input.username,
          displayName: input.displayName,
          password: input.password,
          ...(input.organizationId ? { organizationId: input.organizationId.id } : {}),
        }),
        ctx,
      );
      const now = ctx.clock.now();
      const tokenHash = hashToken(token);
      if (!ctx.repos.users.setupLinkValid(tokenHash, now)) throw toFailure(invalidLink(), ctx.lang);
      const passwordHash = await hashed(valid.password, ctx);
      const organizationId =
        valid.organizationId ??
        orFail(organizationForAdmin(ctx.repos, { actorId: null, at: now }, "IOM"), ctx).id;
      return orFail(
        ctx.repos.users.setUpFirstAdmin(now, tokenHash, {
          username: valid.username,
          displayName: valid.displayName,
          organizationId,
          passwordHash,
        }),
        ctx,
      );
    },
  }),
}));

async function hashed(password: string, ctx: Context): Promise<string> {
  try {
    return await hashPassword(password);
  } catch (e) {
    if (e instanceof PasswordHashingBusy) throw new Failure("RATE_LIMITED", {}, ctx.lang);
    throw e;
  }
}

const CreateUserInput = builder.inputType("CreateUserInput", {
  fields: (t) => ({
    username: t.string({
      required: true,
      description: "3 to 64 letters, digits, dots, dashes or underscores; stored in lower case",
    }),
    displayName: t.string({ required: true }),
    organizationId: t.globalID({ required: true, for: [OrganizationNode] }),
    role: t.field({ type: RoleEnum, required: true }),
    language: t.field({ type: UiLanguageEnum }),
    seriesIds: t.globalIDList({ for: [SeriesNode], description: "For coordinators: the series they run" }),
  }),
});

const ResetLinkRef = builder.objectRef<{ path: string; expiresAt: string }>("PasswordResetLink").implement({
  description:
    "A one-time link for a user to set their password; pass it on in person, by phone or chat. Only its hash is stored",
  fields: (t) => ({
    path: t.exposeString("path", { description: "/reset/<token>, to append to the portal's address" }),
    expiresAt: t.field({ type: "Instant", resolve: (l) => l.expiresAt as never }),
  }),
});

builder.mutationFields((t) => ({
  createUser: t.field({
    authScopes: { admin: true },
    type: UserNode,
    description:
      "ADMIN ONLY. Creates an account without a password; issue a reset link for the user to set one",
    errors: {},
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: (_, { input }, ctx) => {
      const valid = orFail(
        validate(newUserInputSchema, {
          username: input.username,
          displayName: input.displayName,
          organizationId: input.organizationId.id,
          role: input.role,
          ...(input.language ? { language: input.language } : {}),
          seriesIds: (input.seriesIds ?? []).map((s) => s.id),
        }),
        ctx,
      );
      return orFail(ctx.repos.users.create(ctx.write(), valid), ctx);
    },
  }),

  setUserActive: t.field({
    authScopes: { admin: true },
    type: UserNode,
    description: "ADMIN ONLY. Deactivates an account (its sessions end at once) or reactivates it",
    errors: {},
    args: {
      id: t.arg.globalID({ required: true, for: [UserNode] }),
      active: t.arg.boolean({ required: true }),
    },
    resolve: (_, { id, active }, ctx) => {
      return orFail(ctx.repos.users.setActive(ctx.write(), id.id, active), ctx);
    },
  }),

  issuePasswordReset: t.field({
    authScopes: { admin: true },
    type: ResetLinkRef,
    description: `ADMIN ONLY. A one-time link, valid ${RESET_LINK_HOURS} hours, for the user to set a new password; earlier links of the user stop working`,
    errors: {},
    args: { userId: t.arg.globalID({ required: true, for: [UserNode] }) },
    resolve: (_, { userId }, ctx) => {
      const token = newToken();
      const at = ctx.clock.now();
      const issued = orFail(
        ctx.repos.users.issueReset(
          ctx.write(),
          userId.id,
          hashToken(token),
          addMinutes(at, RESET_LINK_HOURS * 60),
        ),
        ctx,
      );
      return { path: `/reset/${token}`, expiresAt: issued.expiresAt };
    },
  }),
}));

// Audit log ---------------------------------------------------------------------------------------

const AuditEntryRef = builder.objectRef<AuditRecord>("AuditEntry").implement({
  description: "One recorded change (or read of a restricted meeting): who, what, when, before and after",
  fields: (t) => ({
    sequence: t.exposeInt("id", { description: "Position in the log; later entries have higher numbers" }),
    at: t.field({ type: "Instant", resolve: (e) => e.at }),
    actor: t.field({
      type: UserNode,
      nullable: true,
      description: "Null for the system (seed, migrations, scheduled purges)",
      resolve: (e) => e.actorId,
    }),
    operation: t.exposeString("operation", {
      description: "e.g. meeting.schedule, user.create, minutes.purge",
    }),
    entityType: t.exposeString("entityType"),
    entityId: t.exposeString("entityId", { description: "The entity's database id (not its global id)" }),
    before: t.string({
      nullable: true,
      description: "The state before, as JSON",
      resolve: (e) => (e.before === null ? null : JSON.stringify(e.before)),
    }),
    after: t.string({
      nullable: true,
      description: "The state after, as JSON",
      resolve: (e) => (e.after === null ? null : JSON.stringify(e.after)),
    }),
  }),
});

builder.queryField("auditLog", (t) =>
  t.connection({
    authScopes: { admin: true },
    type: AuditEntryRef,
    description: "ADMIN ONLY. The audit log, newest first; filters combine",
    args: {
      actorId: t.arg.globalID({ for: [UserNode], description: "Entries of this user" }),
      entityType: t.arg.string({ description: "e.g. meeting, action, user" }),
      entityId: t.arg.string({ description: "The entity's database id" }),
      operation: t.arg.string({ description: "e.g. meeting.schedule" }),
      from: t.arg({ type: "Instant", description: "At or after" }),
      to: t.arg({ type: "Instant", description: "At or before" }),
    },
    resolve: (_, args, ctx) => {
      return connection(
        ctx.repos.users.auditLog(
          {
            ...(args.actorId ? { actorId: args.actorId.id } : {}),
            ...(args.entityType ? { entityType: args.entityType } : {}),
            ...(args.entityId ? { entityId: args.entityId } : {}),
            ...(args.operation ? { operation: args.operation } : {}),
            ...(args.from ? { from: args.from } : {}),
            ...(args.to ? { to: args.to } : {}),
          },
          pageArgs(args),
        ),
      );
    },
  }),
);

// Retention ---------------------------------------------------------------------------------------

const RetentionRef = builder.objectRef<{ restrictedMinutesDays: number | null }>("Retention").implement({
  description:
    "How long the minutes of restricted (case management) meetings are kept after the meeting; `pnpm moei purge-restricted-minutes` deletes older ones",
  fields: (t) => ({
    restrictedMinutesDays: t.int({
      nullable: true,
      description: "Days after the meeting ended; null: kept until a retention period is set",
      resolve: (r) => r.restrictedMinutesDays,
    }),
  }),
});

builder.queryField("retention", (t) =>
  t.field({
    authScopes: { admin: true },
    type: RetentionRef,
    nullable: true,
    description: "ADMIN ONLY. The retention settings",
    resolve: (_, __, ctx) => ({ restrictedMinutesDays: ctx.repos.users.retentionDays() }),
  }),
);

builder.mutationField("setRetention", (t) =>
  t.field({
    authScopes: { admin: true },
    type: RetentionRef,
    description: `ADMIN ONLY. Sets how many days (1 to ${RETENTION_MAX_DAYS}) restricted minutes are kept after their meeting ended; null keeps them`,
    errors: {},
    args: { days: t.arg.int() },
    resolve: (_, { days }, ctx) => {
      const valid = orFail(validate(retentionInputSchema, { days: days ?? null }), ctx);
      return { restrictedMinutesDays: orFail(ctx.repos.users.setRetention(ctx.write(), valid.days), ctx) };
    },
  }),
);
