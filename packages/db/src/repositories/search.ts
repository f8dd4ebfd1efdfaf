import { type SQL, type SQLWrapper, sql } from "drizzle-orm";

/** `column` contains `query` as typed: `%` and `_` in the query are literal, not wildcards. */
export function contains(column: SQLWrapper, query: string): SQL {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // SQLite's LIKE has no default escape character.
  return sql`${column} like ${pattern} escape '\\'`;
}
