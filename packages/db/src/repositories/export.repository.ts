import type { Db } from "../client.ts";
import { type WriteContext, write } from "./write.ts";

/** One download or feed fetch: what was exported, of which entity, with which (non-personal) options. */
export interface ExportRecord {
  /** `ical.feed`, `ical.invitation`, `docx.minutes`, `pdf.minutes`, `csv.actions`, `open-data`... */
  readonly kind: string;
  readonly entityType: string;
  readonly entityId: string;
  /** Ids, enum filters, the language and the row count; never free text a user typed. */
  readonly details: Readonly<Record<string, unknown>>;
}

/** Exports are reads, but every one is written to the audit log, like a change. */
export function exportRepository(db: Db) {
  return {
    record(ctx: WriteContext, entry: ExportRecord) {
      return write<void, never>(db, ctx, (_tx, audit) => {
        audit({
          operation: `export.${entry.kind}`,
          entityType: entry.entityType,
          entityId: entry.entityId,
          after: entry.details,
        });
      });
    },
  };
}
