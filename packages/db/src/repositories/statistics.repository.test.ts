import type { Confidentiality, Instant, PlainDate } from "@moei/domain/shared";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { tempDb } from "../../test/support.ts";
import { actions, attendance, invitations, meetingSeries, meetings } from "../schema/index.ts";
import { seedDemo } from "../seed/demo.ts";
import { type OpenDataFacts, statisticsRepository } from "./statistics.repository.ts";

/*
 * The open-data figures against a count written the slow way: every row of the demo data read back and
 * tallied in JavaScript. The statuses are passed in as the server passes them (the domain decides them).
 */

const HELD = ["held", "minutes_draft", "minutes_circulated", "minutes_approved"] as const;
const ATTENDED = ["present", "remote"] as const;
const scope = (levels: Confidentiality[]) => ({ levels, heldStatuses: HELD, attendedStatuses: ATTENDED });

/** What the figures should be, from every row. */
function tally(db: ReturnType<typeof tempDb>["db"], levels: readonly Confidentiality[]) {
  const series = db
    .select()
    .from(meetingSeries)
    .all()
    .filter((s) => levels.includes(s.confidentiality));
  const seriesIds = new Set(series.map((s) => s.id));
  const all = db
    .select()
    .from(meetings)
    .all()
    .filter((m) => seriesIds.has(m.seriesId));
  const held = all.filter((m) => (HELD as readonly string[]).includes(m.status));
  const heldIds = new Set(held.map((m) => m.id));
  const zoneOf = new Map(all.map((m) => [m.id, m]));

  const heldGroups = new Map<string, number>();
  for (const m of held) {
    const key = `${m.seriesId} ${m.zone} ${m.startAt.slice(0, 16)}:00Z`;
    heldGroups.set(key, (heldGroups.get(key) ?? 0) + 1);
  }

  const present = new Map(
    db
      .select()
      .from(attendance)
      .all()
      .map((a) => [`${a.meetingId} ${a.organizationId}`, a.status]),
  );
  const byOrg = new Map<string, { invited: number; attended: number }>();
  for (const i of db.select().from(invitations).all()) {
    if (!heldIds.has(i.meetingId)) continue;
    const o = byOrg.get(i.organizationId) ?? { invited: 0, attended: 0 };
    o.invited += 1;
    const status = present.get(`${i.meetingId} ${i.organizationId}`);
    if (status === "present" || status === "remote") o.attended += 1;
    byOrg.set(i.organizationId, o);
  }

  const actionGroups = new Map<string, number>();
  for (const a of db.select().from(actions).all()) {
    const m = zoneOf.get(a.sourceMeetingId);
    if (m === undefined) continue;
    const completion =
      a.completedAt === null ? "" : ` ${a.dueOn} ${m.zone} ${a.completedAt.slice(0, 16)}:00Z`;
    const key = `${m.seriesId} ${a.status}${completion}`;
    actionGroups.set(key, (actionGroups.get(key) ?? 0) + 1);
  }
  return {
    series: series.map((s) => s.id).sort(),
    held: [...heldGroups].sort(),
    attendance: [...byOrg].map(([id, o]) => [id, o.invited, o.attended]).sort(),
    actions: [...actionGroups].sort(),
  };
}

/** The repository's answer in the tally's shape. */
function shape(facts: OpenDataFacts) {
  return {
    series: facts.series.map((s) => s.id as string).sort(),
    held: facts.heldMeetings.map((m) => [`${m.seriesId} ${m.zone} ${m.start}`, m.count]).sort(),
    attendance: facts.attendance.map((o) => [o.organizationId as string, o.invited, o.attended]).sort(),
    actions: facts.actions
      .map((a) => {
        const c = a.completion;
        return [
          `${a.seriesId} ${a.status}${c === undefined ? "" : ` ${c.dueOn} ${c.zone} ${c.at}`}`,
          a.count,
        ];
      })
      .sort(),
  };
}

describe("statistics repository: open data", () => {
  let t: ReturnType<typeof tempDb>;
  const statements: string[] = [];
  beforeAll(() => {
    t = tempDb({ onQuery: (sql) => statements.push(sql) });
    seedDemo(t.db, { now: "2026-11-21T03:00:00Z" as Instant, today: "2026-11-21" as PlainDate });
  });
  afterAll(() => t.dispose());
  beforeEach(() => {
    statements.length = 0;
  });

  it("counts the demo data's public and partners series as a row-by-row tally does, in four statements", () => {
    const facts = statisticsRepository(t.db).openData(scope(["public", "partners"]));
    expect(statements).toHaveLength(4);
    expect(shape(facts)).toEqual(tally(t.db, ["public", "partners"]));
    // The demo data has figures of every kind, so the comparison compares something.
    expect(facts.series.length).toBe(5);
    expect(facts.heldMeetings.length).toBeGreaterThan(20);
    expect(facts.attendance.length).toBeGreaterThan(20);
    expect(facts.actions.some((a) => a.completion !== undefined)).toBe(true);
    expect(facts.actions.some((a) => a.status === "open")).toBe(true);
  });

  it("leaves the restricted series out entirely, its meetings' invitations and actions too", () => {
    const restricted = new Set(
      t.db
        .select()
        .from(meetingSeries)
        .all()
        .filter((s) => s.confidentiality === "restricted")
        .map((s) => s.id),
    );
    expect(restricted.size).toBe(1);
    const restrictedMeetings = new Set(
      t.db
        .select()
        .from(meetings)
        .all()
        .filter((m) => restricted.has(m.seriesId))
        .map((m) => m.id),
    );
    // Organizations invited to case management meetings only (Myanmar's ministries, in the demo data).
    const byOrg = Map.groupBy(t.db.select().from(invitations).all(), (i) => i.organizationId);
    const onlyRestricted = [...byOrg]
      .filter(([, list]) => list.every((i) => restrictedMeetings.has(i.meetingId)))
      .map(([id]) => id);
    expect(onlyRestricted.length).toBeGreaterThan(0);

    const facts = statisticsRepository(t.db).openData(scope(["public", "partners"]));
    const seriesIds = [
      ...facts.series.map((s) => s.id),
      ...facts.heldMeetings.map((m) => m.seriesId),
      ...facts.actions.map((a) => a.seriesId),
    ];
    expect(seriesIds.filter((id) => restricted.has(id))).toEqual([]);
    const counted = facts.attendance.map((o) => o.organizationId as string);
    expect(counted.filter((id) => onlyRestricted.includes(id))).toEqual([]);
  });

  it("refuses to count restricted series, whoever asks", () => {
    expect(() => statisticsRepository(t.db).openData(scope(["public", "partners", "restricted"]))).toThrow(
      /restricted/,
    );
    expect(statements).toHaveLength(0);
  });

  it("counts nothing for public series alone when there are none, still in four statements", () => {
    const facts = statisticsRepository(t.db).openData(scope(["public"]));
    expect(statements).toHaveLength(4);
    expect(facts).toEqual({ series: [], heldMeetings: [], attendance: [], actions: [] });
  });
});
