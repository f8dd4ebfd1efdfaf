import { type ScheduleMeetingInput, scheduleMeetingInputSchema } from "@moei/domain/meeting";
import type { Instant } from "@moei/domain/shared";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { must, parsed, smallWorld } from "../../test/fixtures.ts";
import { ctx, tempDb } from "../../test/support.ts";
import { accountTokens, auditLog, minutes, sessions, users as usersTable } from "../schema/index.ts";
import { meetingRepository } from "./meeting.repository.ts";
import { userRepository } from "./user.repository.ts";

const at = (s: string) => s as Instant;
const NOW = "2026-11-21T03:00:00Z";

describe("user repository", () => {
  let t: ReturnType<typeof tempDb>;
  beforeEach(() => {
    t = tempDb();
  });
  afterEach(() => t.dispose());

  const world = () => {
    const w = smallWorld(t.db);
    const repo = userRepository(t.db);
    const coordinator = must(
      repo.create(ctx(), {
        username: "naw.htoo",
        displayName: "Naw Htoo",
        organizationId: w.iom.id,
        role: "coordinator",
        seriesIds: [w.series.id],
        passwordHash: "$scrypt$hash",
      }),
    );
    return { ...w, repo, coordinator };
  };

  describe("accounts", () => {
    it("creates users with their organization, role and series, and audits without the hash", () => {
      const { repo, coordinator, series, iom } = world();
      expect(coordinator).toMatchObject({
        username: "naw.htoo",
        organizationId: iom.id,
        role: "coordinator",
        language: "en",
        active: true,
        seriesIds: [series.id],
      });
      expect(repo.get(coordinator.id)).toEqual(coordinator);
      expect(repo.getMany([coordinator.id, "usr_missing"])).toEqual([coordinator]);
      expect(repo.credentials("naw.htoo")).toEqual({ user: coordinator, passwordHash: "$scrypt$hash" });
      expect(repo.credentials("nobody")).toBeUndefined();
      const row = t.db.select().from(auditLog).where(eq(auditLog.entityId, coordinator.id)).get();
      expect(row?.operation).toBe("user.create");
      expect(JSON.stringify(row?.after)).not.toContain("scrypt");
      expect(row?.after).toMatchObject({ hasPassword: true });
    });

    it("refuses a taken username, an unknown organization or series, and writes nothing", () => {
      const { repo, iom } = world();
      const base = { displayName: "X", organizationId: iom.id, role: "member" as const };
      expect(repo.create(ctx(), { ...base, username: "naw.htoo" })).toMatchObject({
        ok: false,
        error: { code: "DUPLICATE", params: { field: "username" } },
      });
      expect(repo.create(ctx(), { ...base, username: "a.b", organizationId: "org_missing" })).toMatchObject({
        error: { code: "UNKNOWN_REFERENCE", params: { field: "organizationId" } },
      });
      expect(
        repo.create(ctx(), { ...base, username: "c.d", role: "coordinator", seriesIds: ["ser_missing"] }),
      ).toMatchObject({ error: { code: "UNKNOWN_REFERENCE", params: { field: "seriesIds" } } });
      expect(t.db.select().from(usersTable).all()).toHaveLength(1);
    });

    it("knows whether an active admin exists", () => {
      const { repo, iom } = world();
      expect(repo.hasAdmin()).toBe(false);
      const admin = must(
        repo.create(ctx(), { username: "root", displayName: "Admin", organizationId: iom.id, role: "admin" }),
      );
      expect(repo.hasAdmin()).toBe(true);
      must(repo.setActive(ctx(), admin.id, false));
      expect(repo.hasAdmin()).toBe(false);
    });

    it("lists users by username with filters and cursors", () => {
      const { repo, members } = world();
      for (const [i, name] of ["ko.min", "ma.aye", "daw.su"].entries())
        must(
          repo.create(ctx(), {
            username: name,
            displayName: name,
            organizationId: members[i % 2]?.id as string,
            role: "member",
          }),
        );
      const first = repo.list({}, { first: 2 });
      if (!("items" in first)) throw new Error("page");
      expect(first.items.map((u) => u.username)).toEqual(["daw.su", "ko.min"]);
      expect(first.totalCount).toBe(4);
      const second = repo.list({}, { first: 2, after: first.endCursor as string });
      if (!("items" in second)) throw new Error("page");
      expect(second.items.map((u) => u.username)).toEqual(["ma.aye", "naw.htoo"]);
      expect(second.hasNextPage).toBe(false);
      const coordinators = repo.list({ role: ["coordinator"] });
      expect("items" in coordinators && coordinators.items.map((u) => u.username)).toEqual(["naw.htoo"]);
      const found = repo.list({ query: "AYE" });
      expect("items" in found && found.items.map((u) => u.username)).toEqual(["ma.aye"]);
      expect(repo.list({}, { after: "garbage" })).toMatchObject({ code: "INVALID_CURSOR" });
    });

    it("sets the language; deactivation ends every session", () => {
      const { repo, coordinator } = world();
      expect(must(repo.setLanguage(ctx(), coordinator.id, "my")).language).toBe("my");
      must(
        repo.createSession(ctx(), {
          tokenHash: "h1",
          userId: coordinator.id,
          expiresAt: at("2026-11-28T03:00:00Z"),
        }),
      );
      must(repo.setActive(ctx(), coordinator.id, false));
      expect(repo.session("h1")).toBeUndefined();
      expect(repo.setLanguage(ctx(), "usr_missing", "th")).toMatchObject({ error: { code: "NOT_FOUND" } });
    });
  });

  describe("sessions", () => {
    it("are found by token hash with their user, touched, and rotated on a new sign-in", () => {
      const { repo, coordinator, series } = world();
      must(
        repo.createSession(ctx(NOW, coordinator.id), {
          tokenHash: "old",
          userId: coordinator.id,
          expiresAt: at("2026-11-28T03:00:00Z"),
        }),
      );
      expect(repo.session("old")).toMatchObject({
        session: { userId: coordinator.id, createdAt: NOW, lastSeenAt: NOW },
        user: { id: coordinator.id, role: "coordinator", seriesIds: [series.id] },
      });
      repo.touchSession("old", at("2026-11-21T04:00:00Z"));
      expect(repo.session("old")?.session.lastSeenAt).toBe("2026-11-21T04:00:00Z");
      must(
        repo.createSession(ctx(), {
          tokenHash: "new",
          userId: coordinator.id,
          expiresAt: at("2026-11-28T03:00:00Z"),
          replacing: "old",
        }),
      );
      expect(repo.session("old")).toBeUndefined();
      expect(repo.session("new")).toBeDefined();
      const audit = t.db.select().from(auditLog).where(eq(auditLog.operation, "session.create")).all();
      expect(audit.map((a) => [a.entityType, a.entityId])).toEqual([
        ["user", coordinator.id],
        ["user", coordinator.id],
      ]);
      // The audit log never holds a token or its hash.
      expect(JSON.stringify(t.db.select().from(auditLog).all())).not.toMatch(/"(old|new)"/);
    });

    it("expire by absolute end or idleness; sign-out ends one, sign-out everywhere all", () => {
      const { repo, coordinator } = world();
      const start = (hash: string, created: string, expires: string) =>
        must(
          repo.createSession(ctx(created), {
            tokenHash: hash,
            userId: coordinator.id,
            expiresAt: at(expires),
          }),
        );
      start("a", "2026-11-14T00:00:00Z", "2026-11-21T00:00:00Z");
      start("b", "2026-11-21T00:00:00Z", "2026-11-28T00:00:00Z");
      start("c", "2026-11-21T02:30:00Z", "2026-11-28T02:30:00Z");
      start("d", "2026-11-21T02:45:00Z", "2026-11-28T02:45:00Z");
      // At 03:00 with two hours of idleness allowed: "a" is past its end, "b" idle since 00:00.
      expect(repo.deleteExpiredSessions(at(NOW), at("2026-11-21T01:00:00Z"))).toBe(2);
      expect(repo.sessionsOf(coordinator.id)).toHaveLength(2);
      expect(repo.deleteSession(ctx(NOW, coordinator.id), "c")).toBe(true);
      expect(repo.deleteSession(ctx(NOW, coordinator.id), "c")).toBe(false);
      start("e", "2026-11-21T02:50:00Z", "2026-11-28T02:50:00Z");
      expect(must(repo.deleteSessionsOf(ctx(NOW, coordinator.id), coordinator.id))).toBe(2);
      expect(t.db.select().from(sessions).all()).toEqual([]);
      expect(
        t.db
          .select({ op: auditLog.operation })
          .from(auditLog)
          .where(eq(auditLog.entityType, "user"))
          .all()
          .map((r) => r.op)
          .filter((op) => op.startsWith("session.delete")),
      ).toEqual(["session.delete", "session.delete_all"]);
    });
  });

  describe("one-time links", () => {
    it("a reset link sets the password once, before it expires, and ends the user's sessions", () => {
      const { repo, coordinator } = world();
      must(
        repo.createSession(ctx(), {
          tokenHash: "s",
          userId: coordinator.id,
          expiresAt: at("2026-11-28T03:00:00Z"),
        }),
      );
      must(repo.issueReset(ctx(), coordinator.id, "r1", at("2026-11-22T03:00:00Z")));
      const reset = must(repo.resetPassword(at("2026-11-21T05:00:00Z"), "r1", "$scrypt$new"));
      expect(reset.id).toBe(coordinator.id);
      expect(repo.credentials("naw.htoo")?.passwordHash).toBe("$scrypt$new");
      expect(repo.session("s")).toBeUndefined();
      // Used: refused; the row stays, marked, so the token can never be replayed.
      expect(repo.resetPassword(at("2026-11-21T05:01:00Z"), "r1", "$scrypt$again")).toEqual({
        ok: false,
        error: { code: "AUTH.INVALID_LINK", params: {} },
      });
      expect(t.db.select().from(accountTokens).get()?.usedAt).toBe("2026-11-21T05:00:00Z");
      const audit = t.db.select().from(auditLog).where(eq(auditLog.operation, "user.reset_password")).get();
      expect(audit?.actorId).toBe(coordinator.id);
    });

    it("refuses expired, replaced and unknown links, and links of deactivated users", () => {
      const { repo, coordinator } = world();
      must(repo.issueReset(ctx(), coordinator.id, "r1", at("2026-11-22T03:00:00Z")));
      expect(repo.resetPassword(at("2026-11-22T03:00:00Z"), "r1", "x")).toMatchObject({
        error: { code: "AUTH.INVALID_LINK" },
      });
      must(repo.issueReset(ctx(), coordinator.id, "r2", at("2026-11-22T03:00:00Z")));
      must(repo.issueReset(ctx(), coordinator.id, "r3", at("2026-11-22T03:00:00Z")));
      expect(repo.resetPassword(at(NOW), "r2", "x")).toMatchObject({ error: { code: "AUTH.INVALID_LINK" } });
      expect(repo.resetPassword(at(NOW), "nope", "x")).toMatchObject({
        error: { code: "AUTH.INVALID_LINK" },
      });
      expect([repo.resetLinkValid("r3", at(NOW)), repo.resetLinkValid("r2", at(NOW))]).toEqual([true, false]);
      must(repo.setActive(ctx(), coordinator.id, false));
      expect(repo.resetLinkValid("r3", at(NOW))).toBe(false);
      expect(repo.resetPassword(at(NOW), "r3", "x")).toMatchObject({ error: { code: "AUTH.INVALID_LINK" } });
      expect(repo.credentials("naw.htoo")?.passwordHash).toBe("$scrypt$hash");
      expect(repo.issueReset(ctx(), "usr_missing", "r4", at("2026-11-22T03:00:00Z"))).toMatchObject({
        error: { code: "NOT_FOUND" },
      });
    });

    it("a setup link creates the first admin once, and never when an admin exists", () => {
      const { repo, iom } = world();
      must(repo.issueSetup(ctx(), "s1", at("2026-11-22T03:00:00Z")));
      must(repo.issueSetup(ctx(), "s2", at("2026-11-22T03:00:00Z")));
      expect(repo.setupLinkValid("s1", at(NOW))).toBe(false);
      expect(repo.setupLinkValid("s2", at(NOW))).toBe(true);
      const input = { username: "root", displayName: "Admin", organizationId: iom.id, passwordHash: "$h" };
      const admin = must(repo.setUpFirstAdmin(at(NOW), "s2", input));
      expect(admin.role).toBe("admin");
      expect(repo.setUpFirstAdmin(at(NOW), "s2", { ...input, username: "root2" })).toMatchObject({
        error: { code: "AUTH.INVALID_LINK" },
      });
      must(repo.issueSetup(ctx(), "s3", at("2026-11-22T03:00:00Z")));
      expect(repo.setupLinkValid("s3", at(NOW))).toBe(false);
      expect(repo.setUpFirstAdmin(at(NOW), "s3", { ...input, username: "root3" })).toMatchObject({
        error: { code: "AUTH.INVALID_LINK" },
      });
    });
  });

  describe("audit log", () => {
    it("lists newest first with filters and cursors", () => {
      const { repo, coordinator } = world();
      for (const lang of ["th", "my", "en"] as const)
        must(repo.setLanguage(ctx("2026-11-22T00:00:00Z", coordinator.id), coordinator.id, lang));
      const mine = repo.auditLog({ actorId: coordinator.id }, { first: 2 });
      if (!("items" in mine)) throw new Error("page");
      expect(mine.totalCount).toBe(3);
      expect(mine.items.map((e) => e.after)).toEqual([{ language: "en" }, { language: "my" }]);
      const rest = repo.auditLog({ actorId: coordinator.id }, { first: 2, after: mine.endCursor as string });
      expect("items" in rest && rest.items.map((e) => e.after)).toEqual([{ language: "th" }]);
      const created = repo.auditLog({ entityType: "user", operation: "user.create" });
      expect("items" in created && created.items.map((e) => e.entityId)).toEqual([coordinator.id]);
      const later = repo.auditLog({ from: at("2026-11-21T12:00:00Z"), to: at("2026-11-22T00:00:00Z") });
      expect("items" in later && later.totalCount).toBe(3);
      expect(repo.auditLog({ entityId: coordinator.id }, { first: 1 })).toMatchObject({ hasNextPage: true });
      expect(repo.auditLog({}, { after: "WyJ4Il0" })).toMatchObject({ code: "INVALID_CURSOR" });
    });
  });

  describe("retention", () => {
    const schedule = (seriesId: string, start: string) =>
      parsed<ScheduleMeetingInput>(scheduleMeetingInputSchema, {
        seriesId,
        start,
        zone: "Asia/Bangkok",
        durationMinutes: 120,
        mode: "in_person",
      });

    /** A held meeting with minutes in two languages; the minutes say `text`. */
    function heldMeeting(seriesId: string, start: string, text: string) {
      const meetings = meetingRepository(t.db);
      const m = must(meetings.schedule(ctx("2024-01-01T00:00:00Z"), schedule(seriesId, start)));
      const during = ctx(`${start.slice(0, 10)}T04:00:00Z`);
      const item = must(
        meetings.addAgendaItem(during, { meetingId: m.id, kind: "regular", title: { en: "Cases" } }),
      );
      must(meetings.applyEvent(during, m.id, m.version, { type: "hold" }));
      for (const language of ["en", "th"] as const)
        must(
          meetings.saveMinutes(during, {
            meetingId: m.id,
            agendaItemId: item.id,
            language,
            body: text,
            baseVersion: 0,
          }),
        );
      return m;
    }

    it("purges only restricted minutes older than the period, with their audit copies, in one audited write", () => {
      const restricted = smallWorld(t.db, { confidentiality: "restricted" });
      const partners = smallWorld(t.db);
      const old = heldMeeting(restricted.series.id, "2025-06-12T10:00", "Old restricted text");
      const recent = heldMeeting(restricted.series.id, "2026-06-11T10:00", "Recent restricted text");
      const open = heldMeeting(partners.series.id, "2025-06-12T10:00", "Old partners text");
      const repo = userRepository(t.db);
      const purgeAt = ctx(NOW);

      expect(repo.purgeRestrictedMinutes(purgeAt)).toEqual({
        days: null,
        cutoff: null,
        meetings: 0,
        minutes: 0,
        auditRowsRedacted: 0,
      });
      expect(repo.retentionDays()).toBeNull();
      must(repo.setRetention(ctx(), 365));
      expect(repo.retentionDays()).toBe(365);

      const summary = repo.purgeRestrictedMinutes(purgeAt);
      expect(summary).toEqual({
        days: 365,
        cutoff: "2025-11-21T03:00:00Z",
        meetings: 1,
        minutes: 2,
        auditRowsRedacted: 2,
      });
      const left = t.db
        .select({ m: minutes.meetingId })
        .from(minutes)
        .all()
        .map((r) => r.m);
      expect(left.sort()).toEqual([recent.id, recent.id, open.id, open.id].sort());
      const everything = JSON.stringify(t.db.select().from(auditLog).all());
      expect(everything).not.toContain("Old restricted text");
      expect(everything).toContain("Recent restricted text");
      expect(everything).toContain("Old partners text");
      // Nor in the search index, which holds every trigram of the text it indexed.
      const hits = t.db.$client
        .prepare("SELECT count(*) AS n FROM search_index WHERE search_index MATCH 'restricted'")
        .get() as { n: number };
      expect(hits.n).toBe(2);
      const purge = t.db.select().from(auditLog).where(eq(auditLog.operation, "minutes.purge")).get();
      expect(purge?.after).toMatchObject({ days: 365, minutes: 2, meetingIds: [old.id] });
      expect(purge?.actorId).toBeNull();
      // Again: nothing more to purge, and the run is audited all the same.
      expect(repo.purgeRestrictedMinutes(purgeAt)).toMatchObject({ meetings: 0, minutes: 0 });
      expect(t.db.select().from(auditLog).where(eq(auditLog.operation, "minutes.purge")).all()).toHaveLength(
        2,
      );
    });

    it("the audit log stays append-only apart from that one redaction", () => {
      const client = t.db.$client;
      client
        .prepare(
          `INSERT INTO audit_log (at, operation, entity_type, entity_id, "before", "after") VALUES ('2026-11-21T00:00:00Z', 'minutes.save', 'minutes', 'k/en', NULL, '{"body":"x"}')`,
        )
        .run();
      const update = (set: string) => () =>
        client.prepare(`UPDATE audit_log SET ${set} WHERE entity_id = 'k/en'`).run();
      expect(update(`"after" = '{"body":"forged"}'`)).toThrow(/append-only/);
      expect(update(`"after" = '{"redacted":"retention"}', operation = 'x'`)).toThrow(/append-only/);
      expect(update(`"before" = '{"redacted":"retention"}', "after" = '{"redacted":"retention"}'`)).toThrow(
        /append-only/,
      );
      expect(update(`"after" = '{"redacted":"retention"}'`)).not.toThrow();
      expect(() => client.prepare("DELETE FROM audit_log").run()).toThrow(/append-only/);
      client
        .prepare(
          `INSERT INTO audit_log (at, operation, entity_type, entity_id, "after") VALUES ('2026-11-21T00:00:00Z', 'meeting.schedule', 'meeting', 'm', '{"venue":"x"}')`,
        )
        .run();
      expect(() =>
        client
          .prepare(`UPDATE audit_log SET "after" = '{"redacted":"retention"}' WHERE entity_id = 'm'`)
          .run(),
      ).toThrow(/append-only/);
    });
  });
});
