import { createHash, randomBytes } from "node:crypto";
import { closeDb, openDb, userRepository } from "@moei/db";
import type { Instant } from "@moei/domain/shared";

/**
 * The benchmark reads as a signed-in administrator: anonymous requests see public series only, and an
 * administrator's reads carry no visibility condition, so both servers read the same rows. The session is
 * written straight into the database (as sign-in would write it), because signing in on every run would
 * time password hashing and meet the sign-in limiter.
 */

/** The session cookie over plain HTTP (apps/server/src/auth/sessions.ts). */
export const SESSION_COOKIE = "moei";
const USERNAME = "bench-admin";

/** Session tokens are kept as their SHA-256, base64url (as the server keeps them). */
export const tokenHash = (token: string): string => createHash("sha256").update(token).digest("base64url");

const instant = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z` as Instant;

/** Makes (once) the benchmark's administrator in the database at `path` and opens a session: the Cookie header. */
export function adminCookie(path: string): string {
  const db = openDb({ path });
  try {
    const users = userRepository(db);
    const now = Date.now();
    const ctx = { actorId: null, at: instant(now) };
    const existing = db.$client.prepare("SELECT id FROM users WHERE username = ?").get(USERNAME) as
      | { id: string }
      | undefined;
    let userId = existing?.id;
    if (userId === undefined) {
      const org = db.$client.prepare("SELECT id FROM organizations ORDER BY id LIMIT 1").get() as {
        id: string;
      };
      const created = users.create(ctx, {
        username: USERNAME,
        displayName: "Benchmark",
        organizationId: org.id,
        role: "admin",
      });
      if (!created.ok) throw new Error(`Cannot create the benchmark user: ${JSON.stringify(created.error)}`);
      userId = created.value.id;
    }
    const token = randomBytes(32).toString("base64url");
    const session = users.createSession(ctx, {
      tokenHash: tokenHash(token),
      userId,
      expiresAt: instant(now + 24 * 3_600_000),
    });
    if (!session.ok) throw new Error(`Cannot open the benchmark session: ${JSON.stringify(session.error)}`);
    return `${SESSION_COOKIE}=${token}`;
  } finally {
    closeDb(db);
  }
}
