import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "@moei/domain/access";
import type { User } from "@moei/domain/account";
import { addMinutes, compareInstants, type Instant } from "@moei/domain/shared";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { Clock, repositories } from "../context.ts";

/**
 * Server-side sessions. The cookie carries 32 random bytes; the database keeps only their SHA-256, so
 * a copy of the database (a backup, a leaked file) holds no usable session. A session ends when idle
 * for MOEI_SESSION_IDLE_MINUTES or MOEI_SESSION_MAX_HOURS after sign-in, whichever comes first.
 */
export interface SessionSettings {
  readonly idleMinutes: number;
  readonly maxHours: number;
  /** Believe X-Forwarded-Proto and X-Forwarded-For: only behind a reverse proxy that sets them. */
  readonly trustProxy: boolean;
}

const positive = (name: string, value: string | undefined, fallback: number): number => {
  if (value === undefined || value.trim() === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new Error(`${name} must be a whole number above 0, not ${JSON.stringify(value)}.`);
  return n;
};

export function sessionSettings(
  env: Readonly<Record<string, string | undefined>> = process.env,
): SessionSettings {
  return {
    idleMinutes: positive("MOEI_SESSION_IDLE_MINUTES", env.MOEI_SESSION_IDLE_MINUTES, 120),
    maxHours: positive("MOEI_SESSION_MAX_HOURS", env.MOEI_SESSION_MAX_HOURS, 24 * 7),
    trustProxy: env.MOEI_TRUST_PROXY === "1",
  };
}

/** `__Host-` binds the cookie to this host, HTTPS and path `/`; browsers accept it only with Secure. */
export const SECURE_COOKIE = "__Host-moei";
/** Over plain HTTP (a laptop, a local test) Secure cookies are not kept, so the name drops the prefix. */
export const PLAIN_COOKIE = "moei";

/** A session is touched at most once a minute: idle expiry is to the minute, and reads stay reads. */
const TOUCH_AFTER_MINUTES = 1;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const newToken = (): string => randomBytes(32).toString("base64url");
export const hashToken = (token: string): string => createHash("sha256").update(token).digest("base64url");

const first = (header: string | string[] | undefined): string | undefined =>
  (Array.isArray(header) ? header[0] : header)?.split(",")[0]?.trim();

function isHttps(request: FastifyRequest, settings: SessionSettings): boolean {
  if (settings.trustProxy) return first(request.headers["x-forwarded-proto"])?.toLowerCase() === "https";
  return request.protocol === "https";
}

/** The client's address: the socket's, or behind a trusted proxy the one the proxy appended last. */
function addressOf(request: FastifyRequest, settings: SessionSettings): string {
  if (settings.trustProxy) {
    const header = request.headers["x-forwarded-for"];
    const hops = (Array.isArray(header) ? header.join(",") : (header ?? "")).split(",");
    const last = hops.at(-1)?.trim();
    if (last) return last;
  }
  return request.socket.remoteAddress ?? "unknown";
}

const cookieName = (secure: boolean) => (secure ? SECURE_COOKIE : PLAIN_COOKIE);

/** The session token the request carries, if it is well formed. */
function tokenOf(request: FastifyRequest, settings: SessionSettings): string | undefined {
  const value = request.cookies?.[cookieName(isHttps(request, settings))];
  return value !== undefined && TOKEN.test(value) ? value : undefined;
}

/** What resolvers may do with the request's session cookie, and no more of the HTTP exchange. */
export interface SessionControl {
  /** The token the request came with (hash it before looking anything up). */
  readonly token: string | undefined;
  /** The client's address, for the sign-in limiter. */
  readonly address: string;
  /** Sets the cookie to a new session token. */
  start(token: string): void;
  /** Removes the cookie. */
  end(): void;
}

export function sessionControl(
  request: FastifyRequest,
  reply: FastifyReply,
  settings: SessionSettings = sessionSettings(),
): SessionControl {
  const secure = isHttps(request, settings);
  // No Max-Age: the cookie ends with the browser, and the server ends the session on its own terms.
  const options = { path: "/", httpOnly: true, sameSite: "strict", secure } as const;
  return {
    token: tokenOf(request, settings),
    address: addressOf(request, settings),
    start: (token) => {
      reply.setCookie(cookieName(secure), token, options);
    },
    end: () => {
      reply.clearCookie(cookieName(secure), options);
    },
  };
}

/** When a session started now ends at the latest. */
export const sessionEnd = (now: Instant, settings: SessionSettings = sessionSettings()): Instant =>
  addMinutes(now, settings.maxHours * 60);

/** Sessions last seen before this instant are idle-expired. */
export const idleSince = (now: Instant, settings: SessionSettings = sessionSettings()): Instant =>
  addMinutes(now, -settings.idleMinutes);

/**
 * The signed-in actor of a request, or null: no cookie, an unknown token, an expired session or a
 * deactivated user. Touches the session (at most once a minute) so that idle expiry counts from the
 * last request.
 */
export function authenticate(
  request: FastifyRequest,
  repos: Pick<ReturnType<typeof repositories>, "users">,
  clock: Clock,
  settings: SessionSettings = sessionSettings(),
): Actor | null {
  const token = tokenOf(request, settings);
  if (token === undefined) return null;
  const tokenHash = hashToken(token);
  const found = repos.users.session(tokenHash);
  if (found === undefined) return null;
  const now = clock.now();
  const { session, user } = found;
  const idleCutoff = idleSince(now, settings);
  if (compareInstants(session.expiresAt, now) <= 0 || compareInstants(session.lastSeenAt, idleCutoff) <= 0) {
    repos.users.deleteExpiredSessions(now, idleCutoff, tokenHash);
    return null;
  }
  if (!user.active) return null;
  if (compareInstants(addMinutes(session.lastSeenAt, TOUCH_AFTER_MINUTES), now) <= 0)
    repos.users.touchSession(tokenHash, now);
  return actorOf(user);
}

/** What a user may do, as the rules see them: a coordinator's series count only while a coordinator. */
export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    organizationId: user.organizationId,
    role: user.role,
    seriesIds: user.role === "coordinator" ? user.seriesIds : [],
  };
}
