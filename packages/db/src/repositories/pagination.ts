/** A page of a list, with an opaque cursor to the next page. */
export interface Page<T> {
  readonly items: readonly T[];
  /** The items with the cursor of each, for Relay connections. */
  readonly edges: readonly { readonly node: T; readonly cursor: string }[];
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

export interface PageArgs {
  readonly first?: number;
  readonly after?: string | null;
}

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 200;

export const pageSize = (args: PageArgs): number =>
  Math.min(Math.max(1, args.first ?? DEFAULT_PAGE), MAX_PAGE);

/** Cursors are the sort key of the last row, base64url JSON: opaque to clients, stable across writes. */
export const encodeCursor = (key: readonly (string | number)[]): string =>
  Buffer.from(JSON.stringify(key)).toString("base64url");

export type CursorError = { readonly code: "INVALID_CURSOR"; readonly params: Record<string, never> };

export function decodeCursor(cursor: string, arity: number): (string | number)[] | CursorError {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((k) => typeof k === "string" || typeof k === "number")
    ) {
      return key;
    }
  } catch {
    // fall through
  }
  return { code: "INVALID_CURSOR", params: {} };
}

/**
 * Builds the page from rows fetched with limit size + 1. `mapAll` turns the visible rows into domain
 * values in one go, so that children can be loaded for the whole page in a fixed number of statements.
 */
export function toPage<R, T>(
  rows: readonly R[],
  size: number,
  totalCount: number,
  mapAll: (rows: readonly R[]) => readonly T[],
  key: (row: R) => readonly (string | number)[],
): Page<T> {
  const hasNextPage = rows.length > size;
  const visible = hasNextPage ? rows.slice(0, size) : rows;
  const items = mapAll(visible);
  const edges = items.map((node, i) => ({ node, cursor: encodeCursor(key(visible[i] as R)) }));
  return { items, edges, endCursor: edges.at(-1)?.cursor ?? null, hasNextPage, totalCount };
}
