import { userRepository } from "@moei/db";
import type { Role } from "@moei/domain/access";
import { hashToken, newToken, PLAIN_COOKIE, sessionEnd } from "../src/auth/sessions.ts";
import { type SignInOptions, signInAsUser } from "./accounts.ts";
import type { TestServer } from "./support.ts";

/**
 * The test server with every request sent by one signed-in user of `role` (admin by default), unless
 * the caller passes a cookie of its own: for tests of what the API does rather than of who may do it.
 * Tests move the server's clock by days; the user then gets a new session at the new time, as someone
 * who signs in again would.
 */
export async function signedIn(
  server: TestServer,
  role: Role = "admin",
  options: SignInOptions = {},
): Promise<TestServer> {
  const { user, headers } = signInAsUser(server, role, options);
  let session = { cookie: headers.cookie, at: server.now() };
  const current = () => {
    const now = server.now();
    if (now !== session.at) {
      const token = newToken();
      const started = userRepository(server.db).createSession(
        { actorId: user.id, at: now },
        { tokenHash: hashToken(token), userId: user.id, expiresAt: sessionEnd(now) },
      );
      if (!started.ok) throw new Error(`No session: ${JSON.stringify(started.error)}`);
      session = { cookie: `${PLAIN_COOKIE}=${token}`, at: now };
    }
    return { cookie: session.cookie };
  };
  return {
    ...server,
    gql: (query, variables, headers = {}) => server.gql(query, variables, { ...current(), ...headers }),
  };
}
