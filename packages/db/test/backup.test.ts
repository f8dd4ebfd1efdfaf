import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { count } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { backup, integrityProblem, restore } from "../src/backup.ts";
import { closeDb, openDb } from "../src/client.ts";
import { actions } from "../src/schema/index.ts";
import { tempDb } from "./support.ts";

const here = dirname(fileURLToPath(import.meta.url));

describe("online backup and restore", () => {
  const t = tempDb();
  afterAll(() => t.dispose());

  it("copies a consistent database while another process keeps writing, and restores it", async () => {
    // A writer process (the crash-test writer) keeps inserting actions while we back up.
    const writer = spawn(
      process.execPath,
      ["--conditions=@moei/source", "--import", "tsx", join(here, "crash-writer.ts"), t.path],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    writer.stdout.on("data", (c: Buffer) => {
      out += c.toString();
    });
    await new Promise((r) => setTimeout(r, 100));
    while (!out.startsWith("ready\n")) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300));

    const before = t.db.select({ n: count() }).from(actions).get()?.n ?? 0;
    const file = join(t.dir, "backup.sqlite");
    const result = backup(t.db, file);
    await new Promise((r) => setTimeout(r, 300));
    writer.kill("SIGKILL");
    await new Promise((r) => writer.on("exit", r));
    expect(result.ok).toBe(true);
    const after = t.db.select({ n: count() }).from(actions).get()?.n ?? 0;

    expect(integrityProblem(file)).toBeUndefined();
    const copy = openDb({ path: file, migrate: false, readonly: true });
    const inCopy = copy.select({ n: count() }).from(actions).get()?.n ?? 0;
    closeDb(copy);
    console.log(
      `backup under load: ${before} actions before the backup began, ${inCopy} in the copy, ${after} after the writer stopped`,
    );
    expect(before).toBeGreaterThan(0);
    expect(inCopy).toBeGreaterThanOrEqual(before);
    expect(inCopy).toBeLessThanOrEqual(after);
    expect(after).toBeGreaterThan(before);
    expect(backup(t.db, file)).toMatchObject({ ok: false, error: { code: "BACKUP.TARGET_EXISTS" } });

    // Restore into a new location, and over an existing database (which is kept aside).
    const target = join(t.dir, "restored.sqlite");
    expect(restore(file, target)).toEqual({ ok: true, value: {} });
    expect(restore(file, target)).toEqual({ ok: true, value: { previous: `${target}.before-restore` } });
    const restored = openDb({ path: target });
    expect(restored.select({ n: count() }).from(actions).get()?.n).toBe(inCopy);
    closeDb(restored);
  }, 60_000);

  it("refuses to restore a damaged or missing backup and leaves the database alone", () => {
    const bad = join(t.dir, "bad.sqlite");
    writeFileSync(bad, "this is not a database".repeat(200));
    const target = join(t.dir, "untouched.sqlite");
    expect(restore(bad, target)).toMatchObject({
      ok: false,
      error: { code: "RESTORE.CORRUPT", detail: "file is not a database" },
    });
    expect(existsSync(target)).toBe(false);
    expect(restore(join(t.dir, "missing.sqlite"), target)).toMatchObject({
      ok: false,
      error: { code: "RESTORE.NOT_FOUND" },
    });
  });
});
