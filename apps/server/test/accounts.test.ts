import { spawn } from "node:child_process";
import { randomBytes, scryptSync } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { closeDb, meetingRepository, openDb, userRepository } from "@moei/db";
import { DEMO_PASSWORD, seedDemo } from "@moei/db/seed";
import { type ScheduleMeetingInput, scheduleMeetingInputSchema } from "@moei/domain/meeting";
import { type Instant, validate } from "@moei/domain/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addressKey, signInLimiter } from "../src/auth/limiter.ts";
import { hashPassword, needsRehash, verifyPassword } from "../src/auth/passwords.ts";
import { hashToken } from "../src/auth/sessions.ts";
import { signInAs, signInAsUser } from "./accounts.ts";
import { startServer, type TestServer } from "./support.ts";

const main = resolve(dirname(fileURLToPath(import.meta.url)), "../src/main.ts");
const scratch = mkdtempSync(join(tmpdir(), "moei-accounts-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const PASSWORD = "correct horse battery staple";

/** POSTs like `s.gql`, but also returns the Set-Cookie headers and the time taken. */
async function post(
  s: TestServer,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const started = performance.now();
  const response = await fetch(`${s.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: Record<string, Record<string, unknown>>;
    errors?: { extensions?: { code?: string } }[];
  };
  return { body, setCookies: response.headers.getSetCookie(), ms: performance.now() - started };
}

const SIGN_IN = `mutation SignIn($u: String!, $p: String!) {
  signIn(username: $u, password: $p) { __typename ... on User { id username role } ... on Error { code message } }
}`;
const ME = "query Me { me { id username role language organization { id } } }";
const SIGN_OUT = "mutation { signOut { __typename ... on SignOutPayload { sessionsEnded } } }";
const SIGN_OUT_EVERYWHERE =
  "mutation { signOutEverywhere { __typename ... on SignOutPayload { sessionsEnded } ... on Error { code } } }";

const cookieOf = (setCookies: readonly string[]) => {
  const first = setCookies[0];
  if (first === undefined) throw new Error("no Set-Cookie");
  return { cookie: first.split(";")[0] as string };
};

/** A user with a real password (hashed once per test file). */
let hashed: Promise<string> | undefined;
async function userWithPassword(s: TestServer, username: string, role: "admin" | "member" = "member") {
  hashed ??= hashPassword(PASSWORD);
  const { user } = signInAsUser(s, role, { username });
  const passwordHash = await hashed;
  const set = userRepository(s.db).setPasswordHash({ actorId: null, at: s.now() }, user.id, passwordHash);
  if (!set.ok) throw new Error("password");
  return user;
}

async function signIn(
  s: TestServer,
  username: string,
  password = PASSWORD,
  headers: Record<string, string> = {},
) {
  return post(s, SIGN_IN, { u: username, p: password }, headers);
}

describe("passwords", () => {
  it("are hashed with scrypt N=2^17, r=8, p=1, salted, with their parameters, compared in NFKC", async () => {
    const a = await hashPassword(PASSWORD);
    const b = await hashPassword(PASSWORD);
    expect(a).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword(`${PASSWORD} `, a)).toBe(false);
    expect(await verifyPassword(PASSWORD, null)).toBe(false);
    expect(await verifyPassword(PASSWORD, "not a hash")).toBe(false);
    // The same words typed as full-width letters on another keyboard.
    const fullWidth = await hashPassword("ｐａｓｓｗｏｒｄ ｐａｓｓｗｏｒｄ");
    expect(await verifyPassword("password password", fullWidth)).toBe(true);
    expect(needsRehash(a)).toBe(false);
    expect(
      needsRehash("$scrypt$ln=14,r=8,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
    ).toBe(true);
  });
});

describe("sign-in and sessions", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  it("sets an HttpOnly, SameSite=Strict session cookie; only the token's hash is stored", async () => {
    const user = await userWithPassword(s, "somchai.k");
    const r = await signIn(s, "  SomChai.K ");
    expect(r.body.data?.signIn).toEqual({
      __typename: "User",
      id: expect.any(String),
      username: "somchai.k",
      role: "member",
    });
    expect(r.setCookies).toHaveLength(1);
    const [cookie] = r.setCookies;
    expect(cookie).toMatch(/^moei=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const token = (cookie as string).slice(5, 48);
    const sessions = s.db.$client
      .prepare("SELECT token_hash FROM sessions WHERE user_id = ?")
      .all(user.id) as {
      token_hash: string;
    }[];
    expect(sessions).toEqual([{ token_hash: hashToken(token) }]);
    expect(JSON.stringify(s.db.$client.prepare("SELECT * FROM audit_log").all())).not.toContain(token);
    const me = await post(s, ME, {}, cookieOf(r.setCookies));
    expect(me.body.data?.me).toMatchObject({ username: "somchai.k", role: "member", language: "en" });
    expect((await post(s, ME)).body.data?.me).toBeNull();
  });

  it("uses __Host- and Secure behind HTTPS, believing X-Forwarded-Proto only with MOEI_TRUST_PROXY=1", async () => {
    await userWithPassword(s, "proxy.user");
    const https = { "x-forwarded-proto": "https" };
    const untrusted = await signIn(s, "proxy.user", PASSWORD, https);
    expect(untrusted.setCookies[0]).toMatch(/^moei=.*; Path=\/; HttpOnly; SameSite=Strict$/);
    process.env.MOEI_TRUST_PROXY = "1";
    try {
      const trusted = await signIn(s, "proxy.user", PASSWORD, https);
      expect(trusted.setCookies[0]).toMatch(
        /^__Host-moei=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; Secure; SameSite=Strict$/,
      );
      const secureCookie = { cookie: (trusted.setCookies[0] as string).split(";")[0] as string };
      expect((await post(s, ME, {}, { ...https, ...secureCookie })).body.data?.me).toMatchObject({
        username: "proxy.user",
      });
      // The secure cookie is not read from a plain HTTP request, nor the plain one from HTTPS.
      expect((await post(s, ME, {}, secureCookie)).body.data?.me).toBeNull();
      expect(
        (await post(s, ME, {}, { ...https, ...cookieOf(untrusted.setCookies) })).body.data?.me,
      ).toBeNull();
    } finally {
      delete process.env.MOEI_TRUST_PROXY;
    }
  });

  it("answers a wrong password and an unknown user alike, in similar time", async () => {
    await userWithPassword(s, "timing.user");
    const wrong: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      const a = await signIn(s, "timing.user", "wrong password 123");
      const b = await signIn(s, `nobody.${i}`, "wrong password 123");
      expect(a.body.data?.signIn).toEqual(b.body.data?.signIn);
      expect(a.setCookies).toEqual([]);
      wrong.push(a.ms);
      unknown.push(b.ms);
    }
    const first = (await signIn(s, "timing.user", "x")).body.data?.signIn;
    expect(first).toEqual({
      __typename: "RuleError",
      code: "AUTH.WRONG_CREDENTIALS",
      message: "Wrong username or password. Check both, then try again.",
    });
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[1] as number;
    const [w, u] = [median(wrong), median(unknown)];
    console.log(
      `sign-in refusal: wrong password ${w.toFixed(0)} ms, unknown user ${u.toFixed(0)} ms (medians of 3)`,
    );
    // Both pay for one scrypt; a missing hash check would answer the unknown user in a few milliseconds.
    expect(Math.min(w, u) / Math.max(w, u)).toBeGreaterThan(0.5);
  });

  it("ends a session after two hours idle, and after seven days whatever the activity", async () => {
    const { headers } = signInAsUser(s, "observer");
    const at = (iso: string) => s.setNow(iso);
    try {
      at("2026-11-21T04:59:00Z");
      expect((await post(s, ME, {}, headers)).body.data?.me).not.toBeNull();
      at("2026-11-21T06:58:00Z");
      expect((await post(s, ME, {}, headers)).body.data?.me).not.toBeNull();
      at("2026-11-21T08:58:00Z");
      expect((await post(s, ME, {}, headers)).body.data?.me).toBeNull();

      // Used every 100 minutes, a session still ends seven days after sign-in.
      s.setNow("2026-11-21T03:00:00Z");
      const busy = signInAsUser(s, "observer");
      const start = Date.parse("2026-11-21T03:00:00Z");
      const end = start + 7 * 24 * 3_600_000;
      const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, "Z");
      let used = 0;
      for (let t = start + 100 * 60_000; t < end; t += 100 * 60_000) {
        at(iso(t));
        expect([iso(t), (await post(s, ME, {}, busy.headers)).body.data?.me !== null]).toEqual([
          iso(t),
          true,
        ]);
        used += 1;
      }
      expect(used).toBe(100);
      at(iso(end));
      expect((await post(s, ME, {}, busy.headers)).body.data?.me).toBeNull();
    } finally {
      s.setNow("2026-11-21T03:00:00Z");
    }
  });

  it("rotates on sign-in: the token the browser had before stops working", async () => {
    await userWithPassword(s, "rotate.user");
    const first = cookieOf((await signIn(s, "rotate.user")).setCookies);
    const second = cookieOf((await signIn(s, "rotate.user", PASSWORD, first)).setCookies);
    expect(second.cookie).not.toBe(first.cookie);
    expect((await post(s, ME, {}, first)).body.data?.me).toBeNull();
    expect((await post(s, ME, {}, second)).body.data?.me).toMatchObject({ username: "rotate.user" });
  });

  it("signs out one session, or every session of the user", async () => {
    await userWithPassword(s, "leaving.user");
    const laptop = cookieOf((await signIn(s, "leaving.user")).setCookies);
    const phone = cookieOf((await signIn(s, "leaving.user")).setCookies);
    const tablet = cookieOf((await signIn(s, "leaving.user")).setCookies);
    const out = await post(s, SIGN_OUT, {}, laptop);
    expect(out.body.data?.signOut).toEqual({ __typename: "SignOutPayload", sessionsEnded: 1 });
    expect(out.setCookies[0]).toMatch(/^moei=; Max-Age=0; .*HttpOnly; SameSite=Strict$/);
    expect((await post(s, ME, {}, laptop)).body.data?.me).toBeNull();
    expect((await post(s, ME, {}, phone)).body.data?.me).not.toBeNull();
    expect((await post(s, SIGN_OUT)).body.data?.signOut).toEqual({
      __typename: "SignOutPayload",
      sessionsEnded: 0,
    });

    const everywhere = await post(s, SIGN_OUT_EVERYWHERE, {}, phone);
    expect(everywhere.body.data?.signOutEverywhere).toEqual({
      __typename: "SignOutPayload",
      sessionsEnded: 2,
    });
    expect((await post(s, ME, {}, phone)).body.data?.me).toBeNull();
    expect((await post(s, ME, {}, tablet)).body.data?.me).toBeNull();
    expect((await post(s, SIGN_OUT_EVERYWHERE)).body.data?.signOutEverywhere).toEqual({
      __typename: "ForbiddenError",
      code: "UNAUTHENTICATED",
    });
  });

  it("replaces a hash made with weaker parameters at the next sign-in, keeping the other sessions", async () => {
    const user = await userWithPassword(s, "old.hash");
    const salt = randomBytes(16);
    const key = scryptSync(PASSWORD, salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    const b64 = (x: Buffer) => x.toString("base64").replace(/=+$/, "");
    const weak = `$scrypt$ln=14,r=8,p=1$${b64(salt)}$${b64(key)}`;
    const users = userRepository(s.db);
    if (!users.setPasswordHash({ actorId: null, at: s.now() }, user.id, weak).ok) throw new Error("hash");
    const other = cookieOf((await signIn(s, "old.hash")).setCookies);
    expect(users.credentials("old.hash")?.passwordHash).toMatch(/^\$scrypt\$ln=17,/);
    expect((await post(s, ME, {}, other)).body.data?.me).not.toBeNull();
    expect((await signIn(s, "old.hash")).body.data?.signIn).toMatchObject({ __typename: "User" });
  });

  it("refuses deactivated users, and sets the signed-in user's language", async () => {
    const user = await userWithPassword(s, "moving.user");
    const cookie = cookieOf((await signIn(s, "moving.user")).setCookies);
    const lang = await post(
      s,
      `mutation { setMyLanguage(language: th) { __typename ... on User { language } } }`,
      {},
      cookie,
    );
    expect(lang.body.data?.setMyLanguage).toEqual({ __typename: "User", language: "th" });
    const admin = await signInAs(s, "admin");
    const off = await post(
      s,
      `mutation($id: ID!) { setUserActive(id: $id, active: false) { __typename ... on User { active } } }`,
      { id: (await post(s, ME, {}, cookie)).body.data?.me?.id },
      admin,
    );
    expect(off.body.data?.setUserActive).toEqual({ __typename: "User", active: false });
    expect((await post(s, ME, {}, cookie)).body.data?.me).toBeNull();
    expect((await signIn(s, "moving.user")).body.data?.signIn).toMatchObject({
      code: "AUTH.WRONG_CREDENTIALS",
    });
    expect(userRepository(s.db).get(user.id)?.active).toBe(false);
  });
});

describe("the sign-in limiter's counting", () => {
  it("counts IPv6 clients by their /64 and IPv4-mapped addresses as IPv4", () => {
    expect(addressKey("203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey("2001:db8:0:1:aaaa::1")).toBe("2001:db8:0:1::/64");
    expect(addressKey("2001:DB8:0000:0001:ffff:ffff:ffff:ffff")).toBe("2001:db8:0:1::/64");
    expect(addressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    const limiter = signInLimiter();
    const now = "2026-11-21T03:00:00Z" as Instant;
    for (let i = 0; i < 20; i++) limiter.failed(`user${i}`, `2001:db8:0:1::${i.toString(16)}`, now);
    expect(limiter.limited("someone", "2001:db8:0:1:ffff::1", now)).toBe(true);
    expect(limiter.limited("someone", "2001:db8:0:2::1", now)).toBe(false);
    expect(limiter.limited("someone", "2001:db8:0:1::1", "2026-11-21T03:15:01Z" as Instant)).toBe(false);
  });
});

describe("the sign-in limiter", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
    process.env.MOEI_TRUST_PROXY = "1";
  });
  afterAll(async () => {
    delete process.env.MOEI_TRUST_PROXY;
    await s.close();
  });
  const from = (address: string) => ({ "x-forwarded-for": address });

  it("refuses an account after 5 failures in 15 minutes, even with the right password", async () => {
    await userWithPassword(s, "target.user");
    await userWithPassword(s, "bystander");
    const attempts = await Promise.all(
      [1, 2, 3, 4, 5].map((i) => signIn(s, "target.user", `guess number ${i}`, from(`203.0.113.${i}`))),
    );
    expect(attempts.map((a) => a.body.data?.signIn?.code)).toEqual(Array(5).fill("AUTH.WRONG_CREDENTIALS"));
    const limited = await signIn(s, "target.user", PASSWORD, from("203.0.113.99"));
    expect(limited.body.data?.signIn).toMatchObject({ __typename: "RuleError", code: "RATE_LIMITED" });
    expect(limited.setCookies).toEqual([]);
    // Other accounts, from the same addresses, are not affected.
    expect((await signIn(s, "bystander", PASSWORD, from("203.0.113.1"))).body.data?.signIn).toMatchObject({
      __typename: "User",
    });
    s.setNow("2026-11-21T03:15:01Z");
    expect((await signIn(s, "target.user", PASSWORD, from("203.0.113.99"))).body.data?.signIn).toMatchObject({
      __typename: "User",
    });
  });

  it("refuses an address after 20 failures in 15 minutes, whatever the account", async () => {
    await userWithPassword(s, "fresh.user");
    const spray = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(s, `sprayed.${i}`, "password1234", from("198.51.100.7"))),
    );
    expect(new Set(spray.map((a) => a.body.data?.signIn?.code))).toEqual(new Set(["AUTH.WRONG_CREDENTIALS"]));
    expect((await signIn(s, "fresh.user", PASSWORD, from("198.51.100.7"))).body.data?.signIn).toMatchObject({
      code: "RATE_LIMITED",
    });
    expect((await signIn(s, "fresh.user", PASSWORD, from("198.51.100.8"))).body.data?.signIn).toMatchObject({
      __typename: "User",
    });
    // 22 scrypt verifications at OWASP's cost: seconds on a quiet machine, far more on a busy one.
  }, 120_000);
});

describe("admin operations", () => {
  let s: TestServer;
  let admin: { cookie: string };
  let member: { cookie: string };
  beforeAll(async () => {
    s = await startServer();
    admin = await signInAs(s, "admin");
    member = await signInAs(s, "member");
  });
  afterAll(() => s.close());

  const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) {
    __typename ... on User { id username role coordinatedSeries { id } organization { id } }
    ... on ValidationError { fields { path key message } } ... on Error { code } } }`;
  const ISSUE = `mutation($id: ID!) { issuePasswordReset(userId: $id) {
    __typename ... on PasswordResetLink { path expiresAt } ... on Error { code } } }`;
  const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) {
    __typename ... on User { username } ... on ValidationError { fields { path key message } } ... on Error { code message } } }`;

  async function orgId() {
    const r = await post(s, "{ organizations(first: 1) { edges { node { id } } } }");
    const edges = r.body.data?.organizations?.edges as { node: { id: string } }[] | undefined;
    if (edges?.[0]) return edges[0].node.id;
    const created = await post(
      s,
      `mutation { createOrganization(input: { name: { en: "Padauk Learning Centre" }, kind: ngo }) { ... on Organization { id } } }`,
      {},
      admin,
    );
    return created.body.data?.createOrganization?.id as string;
  }

  it("creates users (admins only), who set their password through a one-time reset link", async () => {
    const input = {
      username: "Ma.Aye",
      displayName: "Ma Aye",
      organizationId: await orgId(),
      role: "member",
    };
    const refused = await post(s, CREATE, { input }, member);
    expect(refused.body.data?.createUser).toEqual({ __typename: "ForbiddenError", code: "FORBIDDEN" });
    expect((await post(s, CREATE, { input })).body.data?.createUser).toMatchObject({
      code: "UNAUTHENTICATED",
    });
    const created = await post(s, CREATE, { input }, admin);
    const user = created.body.data?.createUser as { id: string; username: string };
    expect(user).toMatchObject({
      __typename: "User",
      username: "ma.aye",
      role: "member",
      coordinatedSeries: [],
    });
    expect((await post(s, CREATE, { input }, admin)).body.data?.createUser).toMatchObject({
      code: "DUPLICATE",
    });
    const invalid = await post(s, CREATE, { input: { ...input, username: "x", displayName: " " } }, admin);
    expect(invalid.body.data?.createUser).toMatchObject({
      __typename: "ValidationError",
      fields: [
        { path: "username", key: "validation.invalid_username" },
        { path: "displayName", key: "validation.required" },
      ],
    });

    // No password yet: sign-in fails like any wrong password.
    expect((await signIn(s, "ma.aye")).body.data?.signIn).toMatchObject({ code: "AUTH.WRONG_CREDENTIALS" });
    expect((await post(s, ISSUE, { id: user.id }, member)).body.data?.issuePasswordReset).toMatchObject({
      code: "FORBIDDEN",
    });
    const link = (await post(s, ISSUE, { id: user.id }, admin)).body.data?.issuePasswordReset as {
      path: string;
      expiresAt: string;
    };
    expect(link).toMatchObject({ __typename: "PasswordResetLink", expiresAt: "2026-11-22T03:00:00Z" });
    expect(link.path).toMatch(/^\/reset\/[A-Za-z0-9_-]{43}$/);
    const token = link.path.slice("/reset/".length);
    // The token is stored only as its hash.
    expect(JSON.stringify(s.db.$client.prepare("SELECT * FROM account_tokens").all())).not.toContain(token);
    expect(JSON.stringify(s.db.$client.prepare("SELECT * FROM audit_log").all())).not.toContain(token);

    // A made-up link is refused before any hashing.
    const madeUp = await post(s, RESET, { t: "x".repeat(43), p: PASSWORD });
    expect(madeUp.body.data?.resetPassword).toMatchObject({ code: "AUTH.INVALID_LINK" });
    expect(madeUp.ms).toBeLessThan(300);
    const weak = await post(s, RESET, { t: token, p: "short" });
    expect(weak.body.data?.resetPassword).toMatchObject({
      __typename: "ValidationError",
      fields: [
        { path: "newPassword", key: "validation.weak_password", message: expect.stringContaining("12") },
      ],
    });
    expect((await post(s, RESET, { t: token, p: PASSWORD })).body.data?.resetPassword).toEqual({
      __typename: "User",
      username: "ma.aye",
    });
    expect(
      (await post(s, RESET, { t: token, p: "another password 1" })).body.data?.resetPassword,
    ).toMatchObject({
      __typename: "RuleError",
      code: "AUTH.INVALID_LINK",
    });
    expect((await signIn(s, "ma.aye")).body.data?.signIn).toMatchObject({ __typename: "User" });
  });

  it("reset links expire after a day, and a new link replaces the old one", async () => {
    const user = signInAsUser(s, "observer").user;
    const issue = async () => {
      const r = await post(s, ISSUE, { id: globalId("User", user.id) }, admin);
      return String(r.body.data?.issuePasswordReset?.path).slice("/reset/".length);
    };
    const expiring = await issue();
    s.setNow("2026-11-22T03:00:00Z");
    try {
      expect((await post(s, RESET, { t: expiring, p: PASSWORD })).body.data?.resetPassword).toMatchObject({
        code: "AUTH.INVALID_LINK",
        message: expect.stringContaining("Ask an administrator for a new link"),
      });
    } finally {
      s.setNow("2026-11-21T03:00:00Z");
    }
    admin = await signInAs(s, "admin");
    const replaced = await issue();
    const current = await issue();
    expect((await post(s, RESET, { t: replaced, p: PASSWORD })).body.data?.resetPassword).toMatchObject({
      code: "AUTH.INVALID_LINK",
    });
    expect((await post(s, RESET, { t: current, p: PASSWORD })).body.data?.resetPassword).toMatchObject({
      __typename: "User",
    });
  });

  it("shows the audit log to admins only, newest first, page by page", async () => {
    const LOG = `query($first: Int, $after: String, $op: String, $actor: ID) {
      auditLog(first: $first, after: $after, operation: $op, actorId: $actor) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { sequence at operation entityType entityId actor { username } before after } } } }`;
    for (const lang of ["th", "my", "en"])
      await post(s, `mutation { setMyLanguage(language: ${lang}) { __typename } }`, {}, member);
    const memberId = (await post(s, ME, {}, member)).body.data?.me?.id as string;
    const first = await post(s, LOG, { first: 2, op: "user.set_language", actor: memberId }, admin);
    const page = first.body.data?.auditLog as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { sequence: number; after: string; actor: { username: string } } }[];
    };
    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges.map((e) => JSON.parse(e.node.after))).toEqual([{ language: "en" }, { language: "my" }]);
    expect(page.edges[0]?.node.actor.username).toMatch(/^member-/);
    expect((page.edges[0]?.node.sequence ?? 0) > (page.edges[1]?.node.sequence ?? 0)).toBe(true);
    const next = await post(
      s,
      LOG,
      { first: 2, after: page.pageInfo.endCursor, op: "user.set_language", actor: memberId },
      admin,
    );
    const rest = next.body.data?.auditLog as {
      edges: { node: { after: string } }[];
      pageInfo: { hasNextPage: boolean };
    };
    expect(rest.edges.map((e) => JSON.parse(e.node.after))).toEqual([{ language: "th" }]);
    expect(rest.pageInfo.hasNextPage).toBe(false);

    for (const [who, code] of [
      [member, "FORBIDDEN"],
      [{}, "UNAUTHENTICATED"],
    ] as const) {
      const denied = await post(s, LOG, { first: 2 }, who);
      expect(denied.body.data?.auditLog ?? null).toBeNull();
      expect(denied.body.errors?.[0]?.extensions?.code).toBe(code);
    }
    const users = await post(s, "{ users { totalCount } }", {}, member);
    expect(users.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(
      (await post(s, "{ users { totalCount } }", {}, admin)).body.data?.users?.totalCount,
    ).toBeGreaterThan(3);
  });

  it("sets the retention period (admins only); the purge command deletes only older restricted minutes and is audited", async () => {
    const SET = `mutation($d: Int) { setRetention(days: $d) {
      __typename ... on Retention { restrictedMinutesDays } ... on ValidationError { fields { key } } ... on Error { code } } }`;
    expect((await post(s, SET, { d: 30 }, member)).body.data?.setRetention).toEqual({
      __typename: "ForbiddenError",
      code: "FORBIDDEN",
    });
    expect((await post(s, SET, { d: 0 }, admin)).body.data?.setRetention).toMatchObject({
      fields: [{ key: "validation.too_small" }],
    });
    expect((await post(s, SET, { d: 365 }, admin)).body.data?.setRetention).toEqual({
      __typename: "Retention",
      restrictedMinutesDays: 365,
    });
    expect(
      (await post(s, "{ retention { restrictedMinutesDays } }", {}, admin)).body.data?.retention,
    ).toEqual({
      restrictedMinutesDays: 365,
    });
    const hidden = await post(s, "{ retention { restrictedMinutesDays } }", {}, member);
    expect(hidden.body.data?.retention ?? null).toBeNull();
    expect(hidden.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    const restricted = restrictedWorld(s);
    const old = heldMeetingWithMinutes(s, restricted, "2025-06-12T10:00", "Old case discussion");
    heldMeetingWithMinutes(s, restricted, "2026-06-11T10:00", "Recent case discussion");
    const run = await command(["purge-restricted-minutes"], { MOEI_DB: s.db.$client.name });
    expect(run.code).toBe(0);
    // The command runs on the real clock, a year after these meetings' test clock.
    expect(run.output).toMatch(
      /^Purged the minutes of restricted meetings that ended before \S+ \(retention 365 days\): 1 minutes of 1 meetings, and their text in 1 audit entries\./,
    );
    const bodies = s.db.$client.prepare("SELECT body FROM minutes").all() as { body: string }[];
    expect(bodies.map((b) => b.body)).toEqual(["Recent case discussion"]);
    const purge = s.db.$client
      .prepare("SELECT actor_id, after FROM audit_log WHERE operation = 'minutes.purge'")
      .all() as { actor_id: string | null; after: string }[];
    expect(purge).toHaveLength(1);
    expect(JSON.parse(purge[0]?.after as string)).toMatchObject({ days: 365, minutes: 1, meetingIds: [old] });
    expect(JSON.stringify(s.db.$client.prepare("SELECT * FROM audit_log").all())).not.toContain(
      "Old case discussion",
    );
  });
});

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

function restrictedWorld(s: TestServer) {
  const orgs = s.db.$client.prepare("SELECT id FROM organizations LIMIT 2").all() as { id: string }[];
  const secretariat = orgs[0]?.id as string;
  const series = s.db.$client;
  const id = `ser_restricted_${Date.now()}`;
  series
    .prepare(
      `INSERT INTO meeting_series (id, kind, name_en, secretariat_id, countries, numbering, confidentiality, languages, active, created_at, updated_at)
       VALUES (?, 'case_management', 'Case management meeting', ?, '["TH","MM"]', 'sequential', 'restricted', '["en"]', 1, ?, ?)`,
    )
    .run(id, secretariat, s.now(), s.now());
  series
    .prepare("INSERT INTO series_members (series_id, organization_id, position) VALUES (?, ?, 1)")
    .run(id, secretariat);
  return id;
}

function heldMeetingWithMinutes(s: TestServer, seriesId: string, start: string, text: string): string {
  const meetings = meetingRepository(s.db);
  const ok = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  const ctx = (at: string) => ({ actorId: null, at: at as Instant });
  const input = ok(
    validate(scheduleMeetingInputSchema, {
      seriesId,
      start,
      zone: "Asia/Bangkok",
      durationMinutes: 120,
      mode: "in_person",
    }),
  ) as ScheduleMeetingInput;
  const m = ok(meetings.schedule(ctx("2024-01-01T00:00:00Z"), input));
  const during = ctx(`${start.slice(0, 10)}T04:00:00Z`);
  const item = ok(
    meetings.addAgendaItem(during, { meetingId: m.id, kind: "regular", title: { en: "Cases" } }),
  );
  ok(meetings.applyEvent(during, m.id, m.version, { type: "hold" }));
  ok(
    meetings.saveMinutes(during, {
      meetingId: m.id,
      agendaItemId: item.id,
      language: "en",
      body: text,
      baseVersion: 0,
    }),
  );
  return m.id;
}

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

/** Runs `main.ts <args>` as the command line does; resolves with its exit code and output. */
function command(args: string[], env: Record<string, string>, until?: (output: string) => boolean) {
  const child = spawn(process.execPath, ["--conditions=@moei/source", "--import", "tsx", main, ...args], {
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise<{ code: number | null; output: string; stop: () => void }>((done) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (until?.(output)) done({ code: null, output, stop: () => child.kill("SIGTERM") });
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("exit", (code) => done({ code, output, stop: () => undefined }));
  });
}

describe("the first admin", () => {
  it("create-admin takes its answers from the environment, and refuses weak or missing ones", async () => {
    const db = join(scratch, "create-admin.sqlite");
    const ok = await command(["create-admin"], {
      MOEI_DB: db,
      MOEI_ADMIN_USERNAME: "Root.Admin",
      MOEI_ADMIN_PASSWORD: PASSWORD,
      MOEI_ADMIN_NAME: "First Admin",
    });
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.output).toContain("Created the admin root.admin of International Organization for Migration.");
    expect(ok.output).not.toContain(PASSWORD);
    const weak = await command(["create-admin"], {
      MOEI_DB: db,
      MOEI_ADMIN_USERNAME: "second",
      MOEI_ADMIN_PASSWORD: "short",
    });
    expect(weak.code).toBe(1);
    expect(weak.output).toContain("password: Use at least 12 characters.");
    const taken = await command(["create-admin"], {
      MOEI_DB: db,
      MOEI_ADMIN_USERNAME: "root.admin",
      MOEI_ADMIN_PASSWORD: PASSWORD,
    });
    expect([taken.code, taken.output]).toEqual([
      1,
      expect.stringContaining("the username root.admin is taken"),
    ]);
    const noTerminal = await command(["create-admin"], { MOEI_DB: db });
    expect([noTerminal.code, noTerminal.output]).toEqual([2, expect.stringContaining("MOEI_ADMIN_USERNAME")]);

    const store = openDb({ path: db });
    try {
      const users = userRepository(store);
      const found = users.credentials("root.admin");
      expect(found?.user).toMatchObject({ role: "admin", displayName: "First Admin" });
      expect(found?.passwordHash).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$/);
      const orgs = store.$client.prepare("SELECT acronym, kind FROM organizations").all();
      expect(orgs).toEqual([{ acronym: "IOM", kind: "international_organization" }]);
    } finally {
      closeDb(store);
    }
  }, 60_000);

  it("without an admin, serve prints a one-time setup link that creates the first admin", async () => {
    const port = await freePort();
    const db = join(scratch, "setup.sqlite");
    const server = await command(["serve"], { MOEI_DB: db, MOEI_DEMO: "0", PORT: String(port) }, (out) =>
      /\/setup\/[A-Za-z0-9_-]{43}/.test(out),
    );
    try {
      const token = (/\/setup\/([A-Za-z0-9_-]{43})/.exec(server.output) as RegExpExecArray)[1] as string;
      expect(server.output).toContain(`http://127.0.0.1:${port}/setup/`);
      const SETUP = `mutation($t: String!, $i: FirstAdminInput!) { setUpFirstAdmin(token: $t, input: $i) {
        __typename ... on User { username role organization { acronym } } ... on Error { code } } }`;
      const gql = async (query: string, variables: Record<string, unknown>) =>
        (await (
          await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query, variables }),
          })
        ).json()) as { data: Record<string, unknown> };
      const input = { username: "setup.admin", displayName: "Setup Admin", password: PASSWORD };
      expect((await gql(SETUP, { t: "x".repeat(43), i: input })).data.setUpFirstAdmin).toEqual({
        __typename: "RuleError",
        code: "AUTH.INVALID_LINK",
      });
      expect((await gql(SETUP, { t: token, i: input })).data.setUpFirstAdmin).toEqual({
        __typename: "User",
        username: "setup.admin",
        role: "admin",
        organization: { acronym: "IOM" },
      });
      expect(
        (await gql(SETUP, { t: token, i: { ...input, username: "again" } })).data.setUpFirstAdmin,
      ).toEqual({
        __typename: "RuleError",
        code: "AUTH.INVALID_LINK",
      });
      const signedIn = await gql(SIGN_IN, { u: "setup.admin", p: PASSWORD });
      expect(signedIn.data.signIn).toMatchObject({ __typename: "User", role: "admin" });
    } finally {
      server.stop();
    }
  }, 90_000);
});

describe("demo mode", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer();
    seedDemo(s.db, { now: s.now(), today: "2026-11-21" as never });
  }, 60_000);
  afterAll(() => s.close());

  it("has a user per role with the documented password, the DSW caseworker invited to case management", async () => {
    const signedIn = await Promise.all(
      ["demo-admin", "demo-coordinator", "demo-member", "demo-observer", "demo-dsw"].map(async (u) => {
        const r = await signIn(s, u, DEMO_PASSWORD);
        return r.body.data?.signIn?.role;
      }),
    );
    expect(signedIn).toEqual(["admin", "coordinator", "member", "observer", "member"]);
    const coordinator = userRepository(s.db).credentials("demo-coordinator")?.user;
    const series = s.db.$client
      .prepare("SELECT name_en FROM meeting_series WHERE id = ?")
      .get(coordinator?.seriesIds[0]) as { name_en: string };
    expect(series.name_en).toMatch(/Mae Sot/);
    const dsw = userRepository(s.db).credentials("demo-dsw")?.user;
    const invited = s.db.$client
      .prepare(
        `SELECT count(*) AS n FROM invitations i JOIN meetings m ON m.id = i.meeting_id JOIN meeting_series s ON s.id = m.series_id
         WHERE i.organization_id = ? AND s.confidentiality = 'restricted'`,
      )
      .get(dsw?.organizationId) as { n: number };
    expect(invited.n).toBeGreaterThan(0);
  }, 60_000);
});
