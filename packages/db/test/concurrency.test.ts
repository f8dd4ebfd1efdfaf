import { type ScheduleMeetingInput, scheduleMeetingInputSchema } from "@moei/domain/meeting";
import { and, eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, type Db, openDb } from "../src/client.ts";
import { meetingRepository } from "../src/repositories/meeting.repository.ts";
import { auditLog, minutes } from "../src/schema/index.ts";
import { must, parsed, smallWorld } from "./fixtures.ts";
import { ctx, tempDb } from "./support.ts";

/**
 * Editors of one minutes record, each on its own connection: each reads the current version, thinks
 * (an await the scheduler interleaves with the others), then saves based on what it read.
 */
describe("concurrent editors of one minutes record", () => {
  const t = tempDb();
  let meetingId = "";
  let agendaItemId = "";
  const editorDbs: Db[] = [];

  beforeAll(() => {
    const { series } = smallWorld(t.db);
    const repo = meetingRepository(t.db);
    const m = must(
      repo.schedule(
        ctx("2026-11-01T00:00:00Z"),
        parsed<ScheduleMeetingInput>(scheduleMeetingInputSchema, {
          seriesId: series.id,
          start: "2026-12-10T10:00",
          zone: "Asia/Bangkok",
          durationMinutes: 120,
          mode: "in_person",
        }),
      ),
    );
    const during = ctx("2026-12-10T04:00:00Z");
    agendaItemId = must(
      repo.addAgendaItem(during, { meetingId: m.id, kind: "regular", title: { en: "Matters arising" } }),
    ).id;
    must(repo.applyEvent(during, m.id, 1, { type: "hold" }));
    meetingId = m.id;
    for (let i = 0; i < 4; i++) editorDbs.push(openDb({ path: t.path, migrate: false }));
  });
  afterAll(() => {
    for (const db of editorDbs) closeDb(db);
    t.dispose();
  });

  it("refuses every stale write; the final version is the successful writes plus one", async () => {
    let runs = 0;
    let refusedTotal = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.scheduler(),
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        async (s, editors, rounds) => {
          runs += 1;
          const key = and(eq(minutes.agendaItemId, agendaItemId), eq(minutes.language, "en"));
          // Each run starts from a fresh record at version 1.
          t.db.$client.prepare("DELETE FROM minutes").run();
          const during = ctx("2026-12-10T04:00:00Z");
          must(
            meetingRepository(t.db).saveMinutes(during, {
              meetingId,
              agendaItemId,
              language: "en",
              body: "Initial",
              baseVersion: 0,
            }),
          );
          const auditBefore = t.db
            .select()
            .from(auditLog)
            .where(eq(auditLog.operation, "minutes.save"))
            .all().length;
          const outcomes: { base: number; current: number; ok: boolean }[] = [];

          const editor = async (n: number) => {
            const db = editorDbs[n] as Db;
            const repo = meetingRepository(db);
            for (let r = 0; r < rounds; r++) {
              const base = db.select().from(minutes).where(key).get()?.version ?? 0;
              await s.schedule(Promise.resolve(), `editor ${n} thinks`);
              const current = db.select().from(minutes).where(key).get()?.version ?? 0;
              const result = repo.saveMinutes(during, {
                meetingId,
                agendaItemId,
                language: "en",
                body: `Editor ${n}, round ${r}`,
                baseVersion: base,
              });
              outcomes.push({ base, current, ok: result.ok });
              if (!result.ok)
                expect(result.error).toEqual({ code: "CONFLICT", params: { currentVersion: current } });
            }
          };
          await s.waitFor(Promise.all(Array.from({ length: editors }, (_, n) => editor(n))));

          const succeeded = outcomes.filter((o) => o.ok).length;
          refusedTotal += outcomes.length - succeeded;
          // A write succeeds exactly when nobody saved between its read and its write.
          for (const o of outcomes) expect(o.ok).toBe(o.base === o.current);
          const final = t.db.select().from(minutes).where(key).get();
          expect(final?.version).toBe(succeeded + 1);
          const auditAfter = t.db
            .select()
            .from(auditLog)
            .where(eq(auditLog.operation, "minutes.save"))
            .all().length;
          expect(auditAfter - auditBefore).toBe(succeeded);
        },
      ),
      { numRuns: 60 },
    );
    console.log(`concurrency: ${runs} interleavings, ${refusedTotal} stale writes refused`);
    expect(refusedTotal).toBeGreaterThan(0);
  });
});
