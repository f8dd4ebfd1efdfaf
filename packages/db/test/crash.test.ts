import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { closeDb, openDb } from "../src/client.ts";
import { actions, auditLog, progressUpdates } from "../src/schema/index.ts";
import { tempDb } from "./support.ts";

const here = dirname(fileURLToPath(import.meta.url));
const KILLS = 50;

/** A small seeded PRNG so that a failing run can be repeated with the printed seed. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the writer until it is ready, lets it write for `ms`, kills it with SIGKILL; returns its acknowledgements. */
function runAndKill(path: string, ms: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=@moei/source", "--import", "tsx", join(here, "crash-writer.ts"), path],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (timer === undefined && out.startsWith("ready\n"))
        timer = setTimeout(() => child.kill("SIGKILL"), ms);
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      if (signal !== "SIGKILL")
        return reject(new Error(`writer exited on its own (${String(_code)}): ${out.slice(-500)}`));
      // Only complete lines are acknowledgements; a partial last line was cut by the kill.
      resolve(
        out
          .split("\n")
          .slice(0, -1)
          .filter((l) => l.startsWith("ack ")),
      );
    });
  });
}

describe("crash safety", () => {
  const t = tempDb();
  closeDb(t.db);
  afterAll(() => t.dispose());

  it(`keeps every acknowledged write through ${KILLS} SIGKILLs at random moments`, async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
    const random = mulberry32(seed);
    const acked = { create: new Set<string>(), start: new Set<string>() };
    for (let i = 0; i < KILLS; i++) {
      for (const line of await runAndKill(t.path, 20 + Math.floor(random() * 250))) {
        const [, kind, id] = line.split(" ") as [string, "create" | "start", string];
        acked[kind].add(id);
      }
    }
    const db = openDb({ path: t.path });
    try {
      expect(db.$client.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.$client.pragma("foreign_key_check")).toEqual([]);
      const rows = db.select({ id: actions.id, status: actions.status }).from(actions).all();
      const present = new Map(rows.map((r) => [r.id, r.status]));
      const lostCreates = [...acked.create].filter((id) => !present.has(id));
      const lostStarts = [...acked.start].filter((id) => present.get(id) !== "in_progress");
      // No change without its audit row: one per action created and one per status change.
      const audited = db
        .select({ op: auditLog.operation, id: auditLog.entityId })
        .from(auditLog)
        .where(eq(auditLog.entityType, "action"))
        .all();
      const creates = new Set(audited.filter((a) => a.op === "action.create").map((a) => a.id));
      const starts = new Set(audited.filter((a) => a.op === "action.start").map((a) => a.id));
      const unauditedCreates = rows.filter((r) => !creates.has(r.id)).length;
      const progress = db.select({ id: progressUpdates.actionId }).from(progressUpdates).all();
      const unauditedStarts = progress.filter((p) => !starts.has(p.id)).length;
      console.log(
        `crash test (seed ${seed}): ${KILLS} kills, ${acked.create.size} acknowledged creates and ${acked.start.size} status changes; ` +
          `${rows.length} actions and ${progress.length} progress rows on disk; lost ${lostCreates.length + lostStarts.length}; unaudited ${unauditedCreates + unauditedStarts}; integrity ok`,
      );
      expect(acked.create.size).toBeGreaterThan(KILLS);
      expect(lostCreates).toEqual([]);
      expect(lostStarts).toEqual([]);
      expect(unauditedCreates).toBe(0);
      expect(unauditedStarts).toBe(0);
    } finally {
      closeDb(db);
    }
  }, 240_000);
});
