import { type ScheduleMeetingInput, scheduleMeetingInputSchema } from "@moei/domain/meeting";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { must, parsed, smallWorld } from "../../test/fixtures.ts";
import { ctx, tempDb } from "../../test/support.ts";
import { auditLog, meetings, minutes } from "../schema/index.ts";
import { meetingRepository } from "./meeting.repository.ts";
import { seriesRepository } from "./series.repository.ts";

describe("meeting repository", () => {
  let t: ReturnType<typeof tempDb>;
  beforeEach(() => {
    t = tempDb();
  });
  afterEach(() => t.dispose());

  const schedule = (seriesId: string, start: string, extra: object = {}) =>
    parsed<ScheduleMeetingInput>(scheduleMeetingInputSchema, {
      seriesId,
      start,
      zone: "Asia/Bangkok",
      durationMinutes: 180,
      mode: "in_person",
      ...extra,
    });

  it("schedules numbered meetings in the series zone", () => {
    const { series } = smallWorld(t.db);
    const repo = meetingRepository(t.db);
    const first = must(repo.schedule(ctx(), schedule(series.id, "2026-12-10T10:00")));
    const second = must(repo.schedule(ctx(), schedule(series.id, "2027-01-14T10:00")));
    expect([first.start, first.end, first.number, first.status, first.version]).toEqual([
      "2026-12-10T03:00:00Z",
      "2026-12-10T06:00:00Z",
      { ordinal: 1 },
      "scheduled",
      1,
    ]);
    expect(second.number).toEqual({ ordinal: 2 });
  });

  it("numbers by Buddhist Era year for n/B.E. series", () => {
    const { series, iom } = smallWorld(t.db);
    const bcatip = must(
      seriesRepository(t.db).update(ctx(), series.id, {
        ...series,
        secretariatId: iom.id,
        numbering: "thai_year",
        chairs: [],
        cadence: undefined,
      } as never),
    );
    const repo = meetingRepository(t.db);
    const a = must(repo.schedule(ctx(), schedule(bcatip.id, "2018-09-17T09:00")));
    const b = must(repo.schedule(ctx(), schedule(bcatip.id, "2019-03-12T09:00")));
    expect([a.number, b.number]).toEqual([
      { ordinal: 1, year: 2561 },
      { ordinal: 1, year: 2562 },
    ]);
  });

  it("schedules the next occurrences of the cadence, skipping those already scheduled", () => {
    const { series } = smallWorld(t.db);
    const repo = meetingRepository(t.db);
    const made = must(repo.scheduleOccurrences(ctx(), series.id, 3, "2026-01-01T00:00:00Z" as never));
    expect(made.map((m) => [m.start, m.occurrence, m.number?.ordinal])).toEqual([
      ["2026-01-08T02:30:00Z", "2026-01-08T09:30", 1],
      ["2026-02-12T02:30:00Z", "2026-02-12T09:30", 2],
      ["2026-03-12T02:30:00Z", "2026-03-12T09:30", 3],
    ]);
    const more = must(repo.scheduleOccurrences(ctx(), series.id, 2, "2026-01-01T00:00:00Z" as never));
    expect(more.map((m) => m.occurrence)).toEqual(["2026-04-09T09:30", "2026-05-14T09:30"]);
  });

  it("runs a meeting from invitations to approved minutes", () => {
    const { series, members } = smallWorld(t.db);
    const repo = meetingRepository(t.db);
    const m = must(repo.schedule(ctx("2026-11-01T00:00:00Z"), schedule(series.id, "2026-12-10T10:00")));
    expect(must(repo.inviteMembers(ctx("2026-11-02T00:00:00Z"), m.id))).toHaveLength(5);
    must(repo.respond(ctx("2026-11-03T00:00:00Z"), m.id, members[0]?.id as string, "accepted"));
    expect(repo.respond(ctx(), m.id, "org_stranger", "accepted")).toMatchObject({
      error: { code: "INVITATION.NOT_INVITED" },
    });

    const during = ctx("2026-12-10T04:00:00Z");
    const item = must(
      repo.addAgendaItem(during, { meetingId: m.id, kind: "regular", title: { en: "Situation report" } }),
    );
    const item2 = must(
      repo.addAgendaItem(during, {
        meetingId: m.id,
        kind: "regular",
        title: { en: "Shelter standards" },
        durationMinutes: 30,
      }),
    );
    expect(must(repo.reorderAgenda(during, m.id, [item2.id, item.id])).map((i) => i.title.en)).toEqual([
      "Shelter standards",
      "Situation report",
    ]);
    must(
      repo.recordAttendance(
        during,
        m.id,
        members.map((o, i) => ({
          organizationId: o.id,
          status: i === 0 ? "excused" : "present",
          delegates: ["Naw Htoo"],
        })),
      ),
    );
    expect(repo.applyEvent(during, m.id, 2, { type: "hold" })).toMatchObject({
      error: { code: "CONFLICT", params: { currentVersion: 1 } },
    });
    const held = must(repo.applyEvent(during, m.id, 1, { type: "hold" }));
    const saved = must(
      repo.saveMinutes(during, {
        meetingId: m.id,
        agendaItemId: item.id,
        language: "th",
        body: "ที่ประชุมรับทราบรายงานสถานการณ์",
        baseVersion: 0,
      }),
    );
    expect(saved.minutes.version).toBe(1);
    expect(repo.get(m.id)?.status).toBe("minutes_draft");
    const decision = must(
      repo.addDecision(during, {
        meetingId: m.id,
        agendaItemId: item.id,
        text: { en: "Shelter standards to be reviewed at the next meeting." },
      }),
    );
    expect(decision.decision.position).toBe(1);
    const circulated = must(repo.applyEvent(during, m.id, held.version + 1, { type: "circulate" }));
    const approved = must(repo.applyEvent(during, m.id, circulated.version, { type: "approve" }));
    expect(approved.status).toBe("minutes_approved");
    const record = repo.record(m.id);
    expect([
      record?.invitations.length,
      record?.attendance.length,
      record?.agenda.length,
      record?.minutes.length,
      record?.decisions.length,
    ]).toEqual([5, 4, 2, 1, 1]);
    // Frozen once approved.
    expect(
      repo.saveMinutes(during, {
        meetingId: m.id,
        agendaItemId: item.id,
        language: "en",
        body: "x",
        baseVersion: 0,
      }),
    ).toMatchObject({
      error: { code: "MEETING.LOCKED" },
    });
  });

  it("refuses a stale minutes save with the current version and keeps the first text", () => {
    const { series } = smallWorld(t.db);
    const repo = meetingRepository(t.db);
    const m = must(repo.schedule(ctx("2026-11-01T00:00:00Z"), schedule(series.id, "2026-12-10T10:00")));
    const during = ctx("2026-12-10T04:00:00Z");
    const item = must(repo.addAgendaItem(during, { meetingId: m.id, kind: "regular", title: { en: "AOB" } }));
    must(repo.applyEvent(during, m.id, 1, { type: "hold" }));
    const base = { meetingId: m.id, agendaItemId: item.id, language: "en" as const };
    must(repo.saveMinutes(during, { ...base, body: "First editor", baseVersion: 0 }));
    const auditCount = t.db.select().from(auditLog).all().length;
    expect(repo.saveMinutes(during, { ...base, body: "Second editor", baseVersion: 0 })).toEqual({
      ok: false,
      error: { code: "CONFLICT", params: { currentVersion: 1 } },
    });
    expect(
      t.db
        .select()
        .from(minutes)
        .all()
        .map((r) => r.body),
    ).toEqual(["First editor"]);
    expect(t.db.select().from(auditLog).all()).toHaveLength(auditCount);
  });

  it("refuses personal data in restricted minutes and warns elsewhere", () => {
    const restricted = smallWorld(t.db, { confidentiality: "restricted", kind: "case_management" });
    const repo = meetingRepository(t.db);
    const m = must(
      repo.schedule(ctx("2026-11-01T00:00:00Z"), schedule(restricted.series.id, "2026-12-10T10:00")),
    );
    const during = ctx("2026-12-10T04:00:00Z");
    const item = must(
      repo.addAgendaItem(during, { meetingId: m.id, kind: "regular", title: { en: "Case review" } }),
    );
    must(repo.applyEvent(during, m.id, 1, { type: "hold" }));
    const body = "Case CMM30-L017: contact the family on +95 9 421 234 567.";
    expect(
      repo.saveMinutes(during, {
        meetingId: m.id,
        agendaItemId: item.id,
        language: "en",
        body,
        baseVersion: 0,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: "PRIVACY.PERSONAL_DATA", findings: [{ kind: "phone" }] },
    });
    expect(t.db.select().from(minutes).all()).toEqual([]);
    const stillHeld = t.db.select().from(meetings).all()[0];
    expect(stillHeld?.status).toBe("held");
  });

  it("keeps wall-clock time when rescheduling and refuses the past", () => {
    const { series } = smallWorld(t.db);
    const repo = meetingRepository(t.db);
    const m = must(repo.schedule(ctx("2026-11-01T00:00:00Z"), schedule(series.id, "2026-12-10T10:00")));
    const moved = must(
      repo.reschedule(
        ctx("2026-11-02T00:00:00Z"),
        m.id,
        1,
        "2026-12-17T09:30" as never,
        "Asia/Yangon" as never,
        120,
      ),
    );
    expect([moved.start, moved.end, moved.zone, moved.version]).toEqual([
      "2026-12-17T03:00:00Z",
      "2026-12-17T05:00:00Z",
      "Asia/Yangon",
      2,
    ]);
    expect(
      repo.reschedule(
        ctx("2027-01-01T00:00:00Z"),
        m.id,
        2,
        "2026-12-20T09:30" as never,
        "Asia/Yangon" as never,
        120,
      ),
    ).toMatchObject({
      error: { code: "MEETING.IN_PAST" },
    });
  });

  it("lists meetings by start with cursors", () => {
    const { series } = smallWorld(t.db);
    const repo = meetingRepository(t.db);
    must(repo.scheduleOccurrences(ctx(), series.id, 5, "2026-01-01T00:00:00Z" as never));
    const page = repo.list({ seriesId: series.id }, { first: 2 });
    if (!("items" in page)) throw new Error();
    const next = repo.list({ seriesId: series.id }, { first: 10, after: page.endCursor });
    if (!("items" in next)) throw new Error();
    expect([page.totalCount, page.items.length, next.items.length, next.hasNextPage]).toEqual([
      5,
      2,
      3,
      false,
    ]);
    expect((next.items[0]?.start ?? "") > (page.items[1]?.start ?? "")).toBe(true);
  });
});
