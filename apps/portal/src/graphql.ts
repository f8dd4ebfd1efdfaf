import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

/** Typed GraphQL documents for the schema the server prints (apps/server/schema.graphql). */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    Instant: string;
    Date: string;
    LocalDateTime: string;
    TimeZone: string;
    ID: string;
  };
}>();

export type { FragmentOf, ResultOf, VariablesOf } from "gql.tada";
export { readFragment } from "gql.tada";
