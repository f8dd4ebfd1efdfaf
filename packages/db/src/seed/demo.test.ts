import { scanText } from "@moei/domain/data-protection";
import type { Instant, PlainDate } from "@moei/domain/shared";
import { count, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDb } from "../../test/support.ts";
import {
  actionOwners,
  actions,
  agreements,
  auditLog,
  meetingSeries,
  meetings,
  minutes,
  organizations,
  seriesMembers,
} from "../schema/index.ts";
import { type DemoSummary, seedDemo } from "./demo.ts";
import { AGREEMENTS } from "./demo-organizations.ts";

const options = { today: "2026-11-21" as PlainDate, now: "2026-11-21T03:00:00Z" as Instant };

describe("the demo dataset", () => {
  const a = tempDb();
  const b = tempDb();
  let summary: DemoSummary;
  let ms = 0;
  beforeAll(() => {
    const started = performance.now();
    summary = seedDemo(a.db, options);
    ms = performance.now() - started;
    seedDemo(b.db, options);
  });
  afterAll(() => {
    a.dispose();
    b.dispose();
  });

  it("has the real bodies and the 23 fictional Mae Sot organizations by category", () => {
    const fictional = a.db
      .select({ kind: organizations.kind, n: count() })
      .from(organizations)
      .where(eq(organizations.fictional, true))
      .groupBy(organizations.kind)
      .all();
    const byKind = Object.fromEntries(fictional.map((r) => [r.kind, r.n]));
    expect(fictional.reduce((sum, r) => sum + r.n, 0)).toBe(23);
    expect(byKind).toMatchObject({
      clinic: 3,
      migrant_association: 3,
      legal_aid: 3,
      shelter: 2,
      learning_centre: 4,
    });
    const acronyms = a.db
      .select({ acronym: organizations.acronym })
      .from(organizations)
      .where(eq(organizations.fictional, false))
      .all()
      .map((r) => r.acronym);
    for (const real of ["MSDHS", "DATIP", "IOM", "UNICEF", "UNODC", "DSI", "OAG"])
      expect(acronyms).toContain(real);
  });

  it("holds every agreement of the register with its status", () => {
    const rows = a.db.select({ title: agreements.titleEn, status: agreements.status }).from(agreements).all();
    expect(rows).toHaveLength(AGREEMENTS.length);
    for (const demo of AGREEMENTS) expect(rows).toContainEqual({ title: demo.title.en, status: demo.status });
  });

  it("has the six series, the monthly Mae Sot meeting with 24 members, and two years of meetings", () => {
    const series = a.db.select({ id: meetingSeries.id, kind: meetingSeries.kind }).from(meetingSeries).all();
    expect(series.map((s) => s.kind).sort()).toEqual([
      "bcatip",
      "bcatip",
      "bcatip",
      "case_management",
      "ngo_coordination",
      "provincial_subcommittee",
    ]);
    const maeSot = series.find((s) => s.kind === "ngo_coordination")?.id as string;
    expect(
      a.db.select({ n: count() }).from(seriesMembers).where(eq(seriesMembers.seriesId, maeSot)).get()?.n,
    ).toBe(24);
    const span = a.db
      .select({ first: sql<string>`min(${meetings.startAt})`, last: sql<string>`max(${meetings.startAt})` })
      .from(meetings)
      .get();
    expect((span?.first ?? "") <= "2024-12-31").toBe(true);
    expect((span?.last ?? "") > "2026-11-21").toBe(true);
    const statuses = new Set(
      a.db
        .select({ s: meetings.status })
        .from(meetings)
        .all()
        .map((r) => r.s),
    );
    for (const s of ["scheduled", "minutes_approved", "cancelled"]) expect(statuses).toContain(s);
  });

  it("has minutes in Thai, Burmese and English, and at least 30 actions of which about a fifth are overdue", () => {
    const languages = a.db
      .select({ language: minutes.language })
      .from(minutes)
      .groupBy(minutes.language)
      .all()
      .map((r) => r.language);
    expect(languages.sort()).toEqual(["en", "my", "th"]);
    const total = a.db.select({ n: count() }).from(actions).get()?.n ?? 0;
    const overdue =
      a.db
        .select({ n: count() })
        .from(actions)
        .where(
          sql`${actions.status} in ('open','in_progress','blocked') and ${actions.dueOn} < ${options.today}`,
        )
        .get()?.n ?? 0;
    console.log(
      `demo: ${JSON.stringify(summary)} in ${Math.round(ms)} ms; overdue ${overdue}/${total} (${((100 * overdue) / total).toFixed(0)}%)`,
    );
    expect(total).toBeGreaterThanOrEqual(30);
    expect(overdue / total).toBeGreaterThan(0.15);
    expect(overdue / total).toBeLessThan(0.3);
    // The owners' copy of status and due date matches the actions'.
    const mismatched = a.db
      .select({ n: count() })
      .from(actionOwners)
      .innerJoin(actions, eq(actions.id, actionOwners.actionId))
      .where(sql`${actionOwners.status} <> ${actions.status} or ${actionOwners.dueOn} <> ${actions.dueOn}`)
      .get();
    expect(mismatched?.n).toBe(0);
  });

  it("is consistent, audited, and free of anything the data-protection guard would flag", () => {
    expect(a.db.$client.pragma("foreign_key_check")).toEqual([]);
    const audited = new Set(
      a.db
        .select({ t: auditLog.entityType })
        .from(auditLog)
        .groupBy(auditLog.entityType)
        .all()
        .map((r) => r.t),
    );
    for (const t of [
      "organization",
      "contact",
      "agreement",
      "series",
      "meeting",
      "minutes",
      "decision",
      "action",
      "case_reference",
    ])
      expect(audited).toContain(t);
    const tables = a.db.$client
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' AND name <> 'audit_log'",
      )
      .all() as { name: string }[];
    const flagged: string[] = [];
    for (const { name } of tables) {
      const columns = (
        a.db.$client.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; type: string }[]
      ).filter((c) => c.type.toLowerCase() === "text");
      for (const row of a.db.$client.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]) {
        for (const c of columns) {
          const value = row[c.name];
          // Staff contacts' work addresses are e-mail addresses by design: they must be fictional.
          if (name === "contacts" && c.name === "email") {
            if (!/^[a-z.]+@[a-z0-9-]+\.example$/.test(String(value)))
              flagged.push(`${name}.${c.name}: ${value}`);
            continue;
          }
          if (typeof value === "string" && scanText(value).length > 0)
            flagged.push(`${name}.${c.name}: ${value.slice(0, 80)}`);
        }
      }
    }
    expect(flagged).toEqual([]);
  });

  it("is deterministic: the same content in two databases apart from ids and timestamps", () => {
    const content = (db: typeof a.db) =>
      JSON.stringify([
        db.select({ t: organizations.nameEn }).from(organizations).orderBy(organizations.nameEn).all(),
        db
          .select({ s: meetings.startAt, st: meetings.status, o: meetings.numberOrdinal })
          .from(meetings)
          .orderBy(meetings.startAt)
          .all(),
        db
          .select({ t: actions.text, d: actions.dueOn, s: actions.status })
          .from(actions)
          .orderBy(actions.dueOn, actions.text)
          .all(),
        db.select({ b: minutes.body }).from(minutes).orderBy(minutes.body).all(),
      ]);
    expect(content(b.db)).toBe(content(a.db));
  });
});
