import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import type { Db } from "./client.ts";

export interface BackupResult {
  readonly file: string;
  readonly bytes: number;
  readonly milliseconds: number;
}

export type BackupError =
  | { readonly code: "BACKUP.TARGET_EXISTS"; readonly file: string }
  | { readonly code: "BACKUP.CORRUPT"; readonly file: string; readonly detail: string };

/**
 * A consistent copy of the live database while writes go on: `VACUUM INTO` reads one snapshot (in WAL
 * mode writers on other connections are not blocked) and writes a compact, self-contained file. The
 * copy is written beside the target and renamed into place only after its integrity check passes.
 */
export function backup(
  db: Db,
  file: string,
): { ok: true; value: BackupResult } | { ok: false; error: BackupError } {
  const target = resolve(file);
  if (existsSync(target)) return { ok: false, error: { code: "BACKUP.TARGET_EXISTS", file: target } };
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const started = performance.now();
  db.$client.prepare("VACUUM INTO ?").run(partial);
  const problem = integrityProblem(partial);
  if (problem !== undefined) {
    rmSync(partial, { force: true });
    return { ok: false, error: { code: "BACKUP.CORRUPT", file: target, detail: problem } };
  }
  renameSync(partial, target);
  return {
    ok: true,
    value: { file: target, bytes: statSync(target).size, milliseconds: performance.now() - started },
  };
}

/** `undefined` when `PRAGMA integrity_check` and `foreign_key_check` are clean; else what is wrong. */
export function integrityProblem(file: string): string | undefined {
  let copy: Database.Database | undefined;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = copy.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") return `integrity_check: ${String(integrity)}`;
    const fk = copy.pragma("foreign_key_check") as unknown[];
    if (fk.length > 0) return `foreign_key_check: ${fk.length} violations`;
    return undefined;
  } catch (e) {
    // Not a database at all, or unreadable: SQLite's own words say which.
    return e instanceof Error ? e.message : String(e);
  } finally {
    copy?.close();
  }
}

export type RestoreError =
  | { readonly code: "RESTORE.NOT_FOUND"; readonly file: string }
  | { readonly code: "RESTORE.CORRUPT"; readonly file: string; readonly detail: string };

/**
 * Replaces the database at `target` with a backup. The server must be stopped first. The backup is
 * checked before anything is touched; the old database is kept as `<target>.before-restore`.
 */
export function restore(
  backupFile: string,
  target: string,
): { ok: true; value: { previous?: string } } | { ok: false; error: RestoreError } {
  const source = resolve(backupFile);
  if (!existsSync(source)) return { ok: false, error: { code: "RESTORE.NOT_FOUND", file: source } };
  const problem = integrityProblem(source);
  if (problem !== undefined)
    return { ok: false, error: { code: "RESTORE.CORRUPT", file: source, detail: problem } };
  const destination = resolve(target);
  const incoming = `${destination}.restoring`;
  // Copy through SQLite rather than the file system so the result is a clean, checkpointed file.
  const src = new Database(source, { readonly: true, fileMustExist: true });
  try {
    rmSync(incoming, { force: true });
    src.prepare("VACUUM INTO ?").run(incoming);
  } finally {
    src.close();
  }
  let previous: string | undefined;
  if (existsSync(destination)) {
    previous = `${destination}.before-restore`;
    rmSync(previous, { force: true });
    renameSync(destination, previous);
  }
  for (const suffix of ["-wal", "-shm"]) rmSync(`${destination}${suffix}`, { force: true });
  renameSync(incoming, destination);
  return { ok: true, value: previous === undefined ? {} : { previous } };
}
