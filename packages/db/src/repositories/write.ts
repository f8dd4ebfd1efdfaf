import type { Instant, Result, UserId } from "@moei/domain/shared";
import type { Db } from "../client.ts";
import { auditLog } from "../schema/index.ts";

/** Who writes and when: every write is attributed and timed by its caller, never by the store. */
export interface WriteContext {
  /** The signed-in user, or null for the system (seed, migrations, scheduled purges). */
  readonly actorId: UserId | null;
  readonly at: Instant;
}

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface AuditEntry {
  readonly operation: string;
  readonly entityType: string;
  readonly entityId: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

/** Thrown inside a transaction to roll it back and hand an expected failure to the caller. */
class Rollback {
  constructor(readonly error: unknown) {}
}

/** Rolls back the write in progress and returns `error` from `write`. */
export function fail(error: unknown): never {
  throw new Rollback(error);
}

/**
 * Runs `body` in one synchronous transaction together with its audit rows: it commits only if the
 * body succeeds, and a successful body must have written at least one audit entry. `fail()` inside the
 * body rolls everything back and returns the failure. SQLite transactions here are synchronous on
 * purpose: an `await` inside one would let other writes interleave and would not roll back.
 */
export function write<T, E>(
  db: Db,
  ctx: WriteContext,
  body: (tx: Tx, audit: (entry: AuditEntry) => void) => T,
): Result<T, E> {
  try {
    // drizzle types refuse a generic T that might be a Promise; `body` is synchronous by its signature.
    const transaction = db.transaction.bind(db) as unknown as (fn: (tx: Tx) => T) => T;
    const value = transaction((tx) => {
      let audited = 0;
      const audit = (entry: AuditEntry) => {
        tx.insert(auditLog)
          .values({
            at: ctx.at,
            actorId: ctx.actorId,
            operation: entry.operation,
            entityType: entry.entityType,
            entityId: entry.entityId,
            before: entry.before ?? null,
            after: entry.after ?? null,
          })
          .run();
        audited += 1;
      };
      const result = body(tx, audit);
      if (audited === 0) throw new Error("A write must record at least one audit entry");
      return result;
    });
    return { ok: true, value };
  } catch (e) {
    if (e instanceof Rollback) return { ok: false, error: e.error as E };
    throw e;
  }
}
