import { FULL_VISIBILITY } from "@moei/domain/access";
import { type ScheduleMeetingInput, scheduleMeetingInputSchema } from "@moei/domain/meeting";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { must, parsed, smallWorld, THAI_ID, UDHR_UNICODE, UDHR_ZAWGYI } from "../../test/fixtures.ts";
import { ctx, tempDb } from "../../test/support.ts";
import { agendaItems, attendance, auditLog, meetings, minutes } from "../schema/index.ts";
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

  it("refuses personal data in a restricted meeting's title, venue, agenda and attendance, changing nothing", () => {
    const { series, members } = smallWorld(t.db, { confidentiality: "restricted", kind: "case_management" });
    const repo = meetingRepository(t.db);
    const refused = {
      ok: false,
      error: { code: "PRIVACY.PERSONAL_DATA", findings: [{ kind: "thai_national_id" }] },
    };
    const snapshot = () => ({
      meetings: t.db.select().from(meetings).all(),
      agenda: t.db.select().from(agendaItems).all(),
      attendance: t.db.select().from(attendance).all(),
      audit: t.db.select().from(auditLog).all().length,
    });
    const empty = snapshot();
    const at = ctx("2026-11-01T00:00:00Z");
    const start = "2026-12-10T10:00";
    expect(repo.schedule(at, schedule(series.id, start, { venue: `Shelter of ${THAI_ID}` }))).toMatchObject(
      refused,
    );
    expect(
      repo.schedule(at, schedule(series.id, start, { title: { en: "CMM", my: `ကိစ္စ ${THAI_ID}` } })),
    ).toMatchObject(refused);
    expect(snapshot()).toEqual(empty);

    const m = must(repo.schedule(at, schedule(series.id, start, { venue: "Tak provincial hall" })));
    const during = ctx("2026-12-10T04:00:00Z");
    const item = must(
      repo.addAgendaItem(during, { meetingId: m.id, kind: "regular", title: { en: "Case review" } }),
    );
    must(
      repo.recordAttendance(during, m.id, [
        { organizationId: members[0]?.id as never, status: "present", delegates: ["Naw Htoo"] },
      ]),
    );
    const held = snapshot();
    expect(
      repo.addAgendaItem(during, { meetingId: m.id, kind: "regular", title: { en: `Case of ${THAI_ID}` } }),
    ).toMatchObject(refused);
    expect(
      repo.updateAgendaItem(during, item.id, { title: { en: "Case review", th: `ทบทวน ${THAI_ID}` } }),
    ).toMatchObject(refused);
    expect(
      repo.recordAttendance(during, m.id, [
        { organizationId: members[0]?.id as never, status: "present", delegates: [`Naw Htoo ${THAI_ID}`] },
      ]),
    ).toMatchObject(refused);
    expect(snapshot()).toEqual(held);
  });

  it("stores Burmese titles converted from Zawgyi to Unicode, other fields as typed", () => {
    const { series, members } = smallWorld(t.db);
    const repo = meetingRepository(t.db);
    const m = must(
      repo.schedule(
        ctx("2026-11-01T00:00:00Z"),
        schedule(series.id, "2026-12-10T10:00", { title: { en: "Joint meeting", my: UDHR_ZAWGYI } }),
      ),
    );
    expect(m.title?.my).toBe(UDHR_UNICODE);
    const during = ctx("2026-12-10T04:00:00Z");
    const item = must(
      repo.addAgendaItem(during, {
        meetingId: m.id,
        kind: "regular",
        title: { en: "Rights", my: UDHR_ZAWGYI },
      }),
    );
    expect(item.title.my).toBe(UDHR_UNICODE);
    const updated = must(
      repo.updateAgendaItem(during, item.id, { title: { en: "Rights", my: UDHR_ZAWGYI } }),
    );
    expect(updated.title.my).toBe(UDHR_UNICODE);
    // Delegates' names carry no language tag: NFC only, no Zawgyi conversion.
    const rows = must(
      repo.recordAttendance(during, m.id, [
        { organizationId: members[0]?.id as never, status: "present", delegates: [UDHR_ZAWGYI] },
      ]),
    );
    expect(rows[0]?.delegates).toEqual([UDHR_ZAWGYI]);
    expect(repo.record(m.id)).toMatchObject({
      meeting: { title: { my: UDHR_UNICODE } },
      agenda: [{ title: { en: "Rights", my: UDHR_UNICODE } }],
    });
    // A partners series accepts what a restricted one refuses (the warning is not kept for these fields).
    expect(
      repo.addAgendaItem(during, { meetingId: m.id, kind: "regular", title: { en: `Follow-up ${THAI_ID}` } })
        .ok,
    ).toBe(true);
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
    const page = repo.list({ visibleTo: FULL_VISIBILITY, seriesId: series.id }, { first: 2 });
    if (!("items" in page)) throw new Error();
    const next = repo.list(
      { visibleTo: FULL_VISIBILITY, seriesId: series.id },
      { first: 10, after: page.endCursor },
    );
    if (!("items" in next)) throw new Error();
    expect([page.totalCount, page.items.length, next.items.length, next.hasNextPage]).toEqual([
      5,
      2,
      3,
      false,
    ]);
    expect((next.items[0]?.start ?? "") > (page.items[1]?.start ?? "")).toBe(true);
  });

  describe("batch reads", () => {
    /** Two series, three meetings with children, and a counter of the statements run. */
    function world() {
      const statements: string[] = [];
      t.dispose();
      t = tempDb({ onQuery: (sql) => statements.push(sql) });
      const a = smallWorld(t.db);
      const b = smallWorld(t.db, { name: { en: "Second series" } });
      const repo = meetingRepository(t.db);
      const [m1, m2] = must(repo.scheduleOccurrences(ctx(), a.series.id, 2, "2026-01-01T00:00:00Z" as never));
      const m3 = must(repo.schedule(ctx(), schedule(b.series.id, "2026-03-05T10:00")));
      if (m1 === undefined || m2 === undefined) throw new Error("two meetings expected");
      const during = ctx("2026-01-08T03:00:00Z");
      must(repo.inviteMembers(ctx(), m1.id));
      must(repo.invite(ctx(), m3.id, [b.iom.id]));
      const x = must(repo.addAgendaItem(during, { meetingId: m1.id, kind: "regular", title: { en: "X" } }));
      must(
        repo.addAgendaItem(during, { meetingId: m1.id, kind: "regular", title: { en: "Y" }, position: 1 }),
      );
      must(repo.addAgendaItem(during, { meetingId: m3.id, kind: "matters_arising", title: { en: "Z" } }));
      must(
        repo.recordAttendance(during, m1.id, [
          { organizationId: a.iom.id, status: "present", delegates: [] },
          {
            organizationId: (a.members[0] as (typeof a.members)[number]).id,
            status: "absent",
            delegates: [],
          },
        ]),
      );
      must(repo.applyEvent(during, m1.id, 1, { type: "hold" }));
      must(
        repo.saveMinutes(during, {
          meetingId: m1.id,
          agendaItemId: x.id,
          language: "my",
          body: "မှတ်တမ်း",
          baseVersion: 0,
        }),
      );
      must(
        repo.saveMinutes(during, {
          meetingId: m1.id,
          agendaItemId: x.id,
          language: "en",
          body: "  ",
          baseVersion: 0,
        }),
      );
      must(repo.addDecision(during, { meetingId: m1.id, text: { en: "Agreed" } }));
      must(repo.addDecision(during, { meetingId: m1.id, agendaItemId: x.id, text: { en: "Also agreed" } }));
      statements.length = 0;
      return { a, b, repo, m1, m2, m3, statements };
    }

    it("reads the children of many meetings in one statement each", () => {
      const { a, repo, m1, m2, m3, statements } = world();
      const ids = [m1.id, m2.id, m3.id];
      const invited = repo.invitationsOf(ids);
      expect([
        invited.filter((i) => i.meetingId === m1.id).length,
        invited.filter((i) => i.meetingId === m3.id).length,
      ]).toEqual([5, 1]);
      const member = (a.members[0] as (typeof a.members)[number]).id;
      const attended = repo.attendanceOf(ids);
      expect(attended.map((r) => [r.meetingId, r.organizationId])).toEqual(
        [a.iom.id, member].sort().map((org) => [m1.id, org]),
      );
      expect(Object.fromEntries(attended.map((r) => [r.organizationId, r.status]))).toEqual({
        [a.iom.id]: "present",
        [member]: "absent",
      });
      expect(repo.agendaOf(ids).map((i) => [i.meetingId, i.position, i.title.en])).toEqual(
        [
          [m1.id, 1, "Y"],
          [m1.id, 2, "X"],
          [m3.id, 1, "Z"],
        ].sort((p, q) => (String(p[0]) < String(q[0]) ? -1 : 1)),
      );
      expect(repo.minutesOf(ids).map((m) => [m.language, m.version])).toEqual([
        ["en", 1],
        ["my", 1],
      ]);
      expect(repo.decisionsOf(ids).map((d) => [d.position, d.text.en, d.agendaItemId !== undefined])).toEqual(
        [
          [1, "Agreed", false],
          [2, "Also agreed", true],
        ],
      );
      expect(statements).toHaveLength(5);
      expect([repo.invitationsOf([]), repo.agendaOf([]), repo.minutesOf([])]).toEqual([[], [], []]);
      expect(statements).toHaveLength(5);
    });

    it("reads agenda items and decisions by id across meetings", () => {
      const { repo, m1, m3, statements } = world();
      const agenda = repo.agendaOf([m1.id, m3.id]);
      const decided = repo.decisionsOf([m1.id]);
      statements.length = 0;
      const ids = [agenda[2]?.id, agenda[0]?.id, "agi_missing"].map(String);
      expect(
        repo
          .getAgendaItems(ids)
          .map((i) => i.id)
          .sort(),
      ).toEqual([agenda[0]?.id, agenda[2]?.id].sort());
      expect(repo.getDecisions([decided[1]?.id ?? ""])).toEqual([decided[1]]);
      expect(statements).toHaveLength(2);
      expect([repo.getAgendaItems([]), repo.getDecisions([])]).toEqual([[], []]);
    });

    it("computes the guards' facts for many meetings as facts does for one", () => {
      const { repo, m1, m2, statements } = world();
      const now = "2026-01-08T05:00:00Z" as never;
      expect(repo.factsOf([m2.id, m1.id], now)).toEqual([repo.facts(m2.id, now), repo.facts(m1.id, now)]);
      expect(repo.factsOf([m1.id], now)).toEqual([{ now, attendanceCount: 1, minutedItemCount: 1 }]);
      statements.length = 0;
      repo.factsOf([m1.id, m2.id], now);
      expect(statements).toHaveLength(2);
    });

    it("gives each series its realised occurrences and their exceptions", () => {
      const { a, b, repo, m1, m2, statements } = world();
      const before = repo.get(m2.id) as NonNullable<ReturnType<typeof repo.get>>;
      must(repo.applyEvent(ctx(), m2.id, before.version, { type: "cancel" }));
      statements.length = 0;
      const [ofA, ofB] = repo.occurrencesOf([a.series.id, b.series.id], FULL_VISIBILITY);
      expect(statements).toHaveLength(1);
      expect(ofA?.meetings.map((m) => m.id)).toEqual([m1.id, m2.id]);
      expect(ofA?.exceptions).toEqual([
        { kind: "moved", original: "2026-01-08T09:30", start: m1.start, end: m1.end },
        { kind: "skipped", original: "2026-02-12T09:30" },
      ]);
      // A meeting scheduled by hand realises no occurrence.
      expect(ofB).toEqual({ seriesId: b.series.id, meetings: [], exceptions: [] });
    });

    it("pages the meetings of many series at once, each page as list gives it", () => {
      const { a, b, repo, statements } = world();
      must(repo.scheduleOccurrences(ctx(), a.series.id, 3, "2026-01-01T00:00:00Z" as never));
      statements.length = 0;
      const pages = repo.listBySeries(
        [b.series.id, a.series.id, "ser_none"],
        { visibleTo: FULL_VISIBILITY },
        { first: 2 },
      );
      expect(statements).toHaveLength(2);
      if (!Array.isArray(pages)) throw new Error("pages expected");
      const [ofB, ofA, none] = pages;
      expect(ofA).toEqual(repo.list({ visibleTo: FULL_VISIBILITY, seriesId: a.series.id }, { first: 2 }));
      expect(ofB).toEqual(repo.list({ visibleTo: FULL_VISIBILITY, seriesId: b.series.id }, { first: 2 }));
      expect(none).toMatchObject({ items: [], totalCount: 0, hasNextPage: false, endCursor: null });
      const next = repo.listBySeries(
        [a.series.id],
        { visibleTo: FULL_VISIBILITY },
        { first: 2, after: ofA?.endCursor ?? null },
      );
      expect(next).toEqual([
        repo.list(
          { visibleTo: FULL_VISIBILITY, seriesId: a.series.id },
          { first: 2, after: ofA?.endCursor ?? null },
        ),
      ]);
      const filtered = repo.listBySeries([a.series.id], {
        visibleTo: FULL_VISIBILITY,
        status: ["minutes_draft"],
        from: "2026-01-01T00:00:00Z" as never,
      });
      expect(Array.isArray(filtered) && filtered[0]?.items.map((m) => m.status)).toEqual(["minutes_draft"]);
      expect(
        repo.listBySeries([a.series.id], { visibleTo: FULL_VISIBILITY }, { after: "not a cursor" }),
      ).toMatchObject({
        code: "INVALID_CURSOR",
      });
    });
  });
});
