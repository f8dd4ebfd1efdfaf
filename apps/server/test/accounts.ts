import { organizationRepository, userRepository } from "@moei/db";
import type { Role } from "@moei/domain/access";
import type { User } from "@moei/domain/account";
import type { OrganizationKind } from "@moei/domain/organization";
import { hashToken, newToken, PLAIN_COOKIE, sessionEnd } from "../src/auth/sessions.ts";
import type { TestServer } from "./support.ts";

let counter = 0;

export interface SignInOptions {
  /** The user's organization; default: a new organization of `organizationKind` made for this user. */
  readonly organizationId?: string;
  readonly organizationKind?: OrganizationKind;
  /** For coordinators: the series they run. */
  readonly seriesIds?: readonly string[];
  readonly username?: string;
}

export interface SignedIn {
  /** Headers to send with `s.gql(query, variables, headers)`: the session cookie. */
  readonly headers: { readonly cookie: string };
  readonly user: User;
}

function must<T>(result: { ok: true; value: T } | { ok: false; error: unknown }, what: string): T {
  if (!result.ok) throw new Error(`${what} was refused: ${JSON.stringify(result.error)}`);
  return result.value;
}

/**
 * A user of `role` with a session, made through the repositories (no password, no scrypt: fast), with the
 * session started at the server's current time. The cookie is the plain-HTTP one the test server reads.
 */
export function signInAsUser(server: TestServer, role: Role, options: SignInOptions = {}): SignedIn {
  const at = server.now();
  const ctx = { actorId: null, at };
  counter += 1;
  const organizationId =
    options.organizationId ??
    must(
      organizationRepository(server.db).create(ctx, {
        name: { en: `Test organization ${counter} (${role})` },
        kind: options.organizationKind ?? "ngo",
        fictional: true,
      }),
      "test organization",
    ).id;
  const users = userRepository(server.db);
  const user = must(
    users.create(ctx, {
      username: options.username ?? `${role}-${counter}-${Math.random().toString(36).slice(2, 8)}`,
      displayName: `Test ${role} ${counter}`,
      organizationId,
      role,
      seriesIds: options.seriesIds ?? [],
    }),
    "test user",
  );
  const token = newToken();
  must(
    users.createSession(
      { actorId: user.id, at },
      { tokenHash: hashToken(token), userId: user.id, expiresAt: sessionEnd(at) },
    ),
    "test session",
  );
  return { headers: { cookie: `${PLAIN_COOKIE}=${token}` }, user };
}

/**
 * The cookie header of a new signed-in user of `role`: `s.gql(query, variables, await signInAs(s, "admin"))`.
 * Async so that it can later go through the real sign-in without changing callers.
 */
export async function signInAs(
  server: TestServer,
  role: Role,
  options: SignInOptions = {},
): Promise<{ readonly cookie: string }> {
  return signInAsUser(server, role, options).headers;
}
