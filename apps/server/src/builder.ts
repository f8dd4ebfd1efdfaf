import type { Instant, LocalDateTime, PlainDate, TimeZone } from "@moei/domain/shared";
import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ErrorsPlugin from "@pothos/plugin-errors";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { authScopes, ForbiddenFailure, HiddenError, refusal, type Scopes } from "./authorization.ts";
import type { Context } from "./context.ts";
import { FAILURES } from "./failures.ts";

/**
 * The schema builder; it configures and nothing else (types live in `schema/`, one file per entity).
 * Reads are batched per request by dataloaders over the repositories' `getMany`, so a query costs a
 * fixed number of SQL statements whatever its list sizes, and rows never leave @moei/db.
 *
 * Plugin order is wrapping order, outermost first: the errors plugin turns a refused scope
 * (ForbiddenFailure) or a hidden target (NotFoundFailure) into the mutation's typed result; relay
 * parses global ids before scope-auth, so that scopes see the parsed ids.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: Scopes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    Instant: { Input: Instant; Output: Instant };
    Date: { Input: PlainDate; Output: PlainDate };
    LocalDateTime: { Input: LocalDateTime; Output: LocalDateTime };
    TimeZone: { Input: TimeZone; Output: TimeZone };
  };
}>({
  plugins: [ErrorsPlugin, RelayPlugin, ScopeAuthPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // Node loaders answer null for what the actor may not read, as for an unknown id.
    nodeQueryOptions: { authScopes: { anyone: true } },
    nodesQueryOptions: { authScopes: { anyone: true } },
  },
  errors: {
    // Subclasses first: the plugin returns the first class a thrown failure is an instance of.
    defaultTypes: [ForbiddenFailure, ...FAILURES],
    directResult: true,
  },
  scopeAuth: {
    authScopes,
    // Scope parameters are small plain values (ids, an id and a field name).
    cacheKey: (value) => JSON.stringify(value),
    // On Query and Mutation fields a refusal says sign in, or not allowed; on the fields of an object
    // it says "not found" (lists and node loaders leave out what may not be read, so this is a backstop).
    unauthorizedError: (_parent, ctx, info) =>
      info.parentType.name === "Query" || info.parentType.name === "Mutation"
        ? refusal(ctx)
        : new HiddenError(ctx.lang, info.parentType.name),
  },
});
