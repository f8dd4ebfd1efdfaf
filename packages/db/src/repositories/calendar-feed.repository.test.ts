import { createHash } from "node:crypto";
import type { UserId } from "@moei/domain/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { must, smallWorld } from "../../test/fixtures.ts";
import { ctx, tempDb } from "../../test/support.ts";
import { auditLog, calendarFeeds } from "../schema/index.ts";
import { CALENDAR_FEED_LIMIT, calendarFeedRepository } from "./calendar-feed.repository.ts";
import { userRepository } from "./user.repository.ts";

describe("calendar feed repository", () => {
  let t: ReturnType<typeof tempDb>;
  let world: ReturnType<typeof smallWorld>;
  let userId: UserId;
  beforeEach(() => {
    t = tempDb();
    world = smallWorld(t.db);
    userId = must(
      userRepository(t.db).create(ctx(), {
        username: "feeder",
        displayName: "Feeder",
        organizationId: world.iom.id,
        role: "member",
      }),
    ).id;
  });
  afterEach(() => t.dispose());

  it("stores only the token's SHA-256, finds the feed by its token, and audits the creation without either", () => {
    const repo = calendarFeedRepository(t.db);
    const { feed, token } = must(repo.create(ctx(), userId, { seriesId: world.series.id }, "th"));
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = t.db.select().from(calendarFeeds).all();
    expect(row?.tokenHash).toBe(createHash("sha256").update(token).digest("base64url"));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(repo.byToken(token)).toEqual({ feed, ownerActive: true });
    expect(repo.byToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).toBeUndefined();
    const audit = t.db
      .select()
      .from(auditLog)
      .all()
      .filter((a) => a.entityType === "calendar_feed");
    expect(audit.map((a) => a.operation)).toEqual(["calendar_feed.create"]);
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain(row?.tokenHash);
  });

  it("refuses unknown series and organizations on their field, changing nothing", () => {
    const repo = calendarFeedRepository(t.db);
    expect(repo.create(ctx(), userId, { seriesId: "ser_nope" }, "en")).toMatchObject({
      ok: false,
      error: { code: "UNKNOWN_REFERENCE", params: { field: "seriesId" } },
    });
    expect(repo.create(ctx(), userId, { organizationId: "org_nope" }, "en")).toMatchObject({
      ok: false,
      error: { code: "UNKNOWN_REFERENCE", params: { field: "organizationId" } },
    });
    expect(t.db.select().from(calendarFeeds).all()).toEqual([]);
  });

  it(`refuses more than ${CALENDAR_FEED_LIMIT} live feeds per user; revoked ones do not count`, () => {
    const repo = calendarFeedRepository(t.db);
    const ids = Array.from(
      { length: CALENDAR_FEED_LIMIT },
      (_, i) =>
        must(repo.create(ctx(), userId, { organizationId: world.members[i % 4]?.id ?? "" }, "en")).feed.id,
    );
    const before = t.db.select().from(auditLog).all().length;
    expect(repo.create(ctx(), userId, { seriesId: world.series.id }, "en")).toEqual({
      ok: false,
      error: { code: "CALENDAR_FEED.TOO_MANY", params: { limit: CALENDAR_FEED_LIMIT } },
    });
    expect(t.db.select().from(auditLog).all().length).toBe(before);
    must(repo.revoke(ctx(), ids[0] ?? ""));
    expect(repo.create(ctx(), userId, { seriesId: world.series.id }, "en").ok).toBe(true);
  });

  it("revokes once (the row stays, audited) and again without a change; lists newest first", () => {
    const repo = calendarFeedRepository(t.db);
    const older = must(repo.create(ctx("2026-11-21T03:00:00Z"), userId, { seriesId: world.series.id }, "en"));
    const newer = must(
      repo.create(ctx("2026-11-21T04:00:00Z"), userId, { organizationId: world.iom.id }, "my"),
    );
    expect(repo.listOf(userId).map((f) => f.id)).toEqual([newer.feed.id, older.feed.id]);
    const revoked = must(repo.revoke(ctx("2026-11-22T00:00:00Z"), older.feed.id));
    expect(revoked.revokedAt).toBe("2026-11-22T00:00:00Z");
    expect(must(repo.revoke(ctx("2026-11-23T00:00:00Z"), older.feed.id)).revokedAt).toBe(
      "2026-11-22T00:00:00Z",
    );
    expect(
      t.db
        .select()
        .from(auditLog)
        .all()
        .filter((a) => a.operation === "calendar_feed.revoke").length,
    ).toBe(1);
    expect(repo.byToken(older.token)?.feed.revokedAt).toBe("2026-11-22T00:00:00Z");
    expect(repo.revoke(ctx(), "cal_nope")).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });

  it("notes a fetch at most once a minute", () => {
    const repo = calendarFeedRepository(t.db);
    const { feed } = must(repo.create(ctx(), userId, { seriesId: world.series.id }, "en"));
    const last = () => repo.getMany([feed.id])[0]?.lastFetchedAt;
    expect(repo.markFetched(feed.id, "2026-11-21T05:00:00Z" as never)).toBe(true);
    expect(repo.markFetched(feed.id, "2026-11-21T05:00:59Z" as never)).toBe(false);
    expect(last()).toBe("2026-11-21T05:00:00Z");
    expect(repo.markFetched(feed.id, "2026-11-21T05:01:00Z" as never)).toBe(true);
    expect(last()).toBe("2026-11-21T05:01:00Z");
  });

  it("tells when an owner's account is closed", () => {
    const repo = calendarFeedRepository(t.db);
    const { token } = must(repo.create(ctx(), userId, { seriesId: world.series.id }, "en"));
    must(userRepository(t.db).setActive(ctx(), userId, false));
    expect(repo.byToken(token)?.ownerActive).toBe(false);
  });
});
