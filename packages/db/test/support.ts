import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Instant, UserId } from "@moei/domain/shared";
import { closeDb, type Db, openDb } from "../src/client.ts";
import type { WriteContext } from "../src/repositories/write.ts";

/** A migrated SQLite file in a fresh temporary folder; `dispose` closes and deletes it. */
export function tempDb(options: { onQuery?: (sql: string, params: readonly unknown[]) => void } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "moei-db-"));
  const path = join(dir, "moei.sqlite");
  const db = openDb({ path, ...options });
  return {
    db,
    dir,
    path,
    dispose() {
      closeDb(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const ctx = (at = "2026-11-21T03:00:00Z", actorId: string | null = null): WriteContext => ({
  at: at as Instant,
  actorId: actorId as UserId | null,
});

export type { Db };
