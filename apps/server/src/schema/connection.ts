import type { CursorError, Page } from "@moei/db";
import { GraphQLError } from "graphql";
import { builder } from "../builder.ts";

builder.globalConnectionField("totalCount", (t) =>
  t.int({
    description: "How many items the filter matches, on all pages",
    resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
  }),
);

/** A repository page as a Relay connection (forward pagination: `first` and `after`). */
export function connection<T>(page: Page<T> | CursorError) {
  if (!("items" in page)) {
    throw new GraphQLError("This cursor is not valid here; start again from the first page.", {
      extensions: { code: "INVALID_CURSOR" },
    });
  }
  return {
    edges: page.edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: false,
      startCursor: page.edges[0]?.cursor ?? null,
      endCursor: page.endCursor,
    },
  };
}

/** Connection arguments as the repositories take them. */
export const pageArgs = (args: { first?: number | null; after?: string | null }) => ({
  ...(args.first == null ? {} : { first: args.first }),
  ...(args.after == null ? {} : { after: args.after }),
});

/**
 * Returns the loaded values in the order of `ids`, as dataloaders require. An id that names nothing
 * loads as null: `node` answers null as Relay expects, and what the actor may not read (which the
 * loaders also answer with null) looks exactly like it.
 */
export function inOrder<T extends { readonly id: string }>(
  ids: readonly string[],
  values: readonly T[],
): (T | Error)[] {
  const byId = new Map(values.map((v) => [v.id, v]));
  return loaded(ids.map((id) => byId.get(id) ?? null));
}

/** Loader results with null for missing keys; Pothos' loaders accept null, though their types name values and errors only. */
export const loaded = <T>(values: readonly (T | null)[]): (T | Error)[] => values as (T | Error)[];
