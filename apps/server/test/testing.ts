/** For other packages' tests (the portal's component tests): the real server on 127.0.0.1 and signed-in users. */
import { userRepository } from "@moei/db";
import { seedDemo } from "@moei/db/seed";
import type { Instant, PlainDate } from "@moei/domain/shared";
import { hashToken, newToken, PLAIN_COOKIE, sessionEnd } from "../src/auth/sessions.ts";
import type { SignedIn } from "./accounts.ts";
import { startServer, type TestServer } from "./support.ts";

export { type SignedIn, type SignInOptions, signInAsUser } from "./accounts.ts";
export { startServer, type TestServer } from "./support.ts";

/** The test server over the demo data, seeded for the server's clock (2026-11-21 unless `now` is given). */
export async function startDemoServer(options: { now?: string } = {}): Promise<TestServer> {
  const server = await startServer(options);
  const now = server.now();
  seedDemo(server.db, { now, today: now.slice(0, 10) as PlainDate });
  return server;
}

/** A session for an existing user (a demo user, say), started at the server's current time. */
export function signInByUsername(server: TestServer, username: string): SignedIn {
  const users = userRepository(server.db);
  const found = users.credentials(username);
  if (found === undefined) throw new Error(`No user ${username}`);
  const at: Instant = server.now();
  const token = newToken();
  const started = users.createSession(
    { actorId: found.user.id, at },
    { tokenHash: hashToken(token), userId: found.user.id, expiresAt: sessionEnd(at) },
  );
  if (!started.ok) throw new Error(`No session for ${username}: ${JSON.stringify(started.error)}`);
  return { headers: { cookie: `${PLAIN_COOKIE}=${token}` }, user: found.user };
}
