import type { Instant, LocalDateTime, PlainDate, TimeZone } from "@moei/domain/shared";
import SchemaBuilder from "@pothos/core";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ErrorsPlugin from "@pothos/plugin-errors";
import RelayPlugin from "@pothos/plugin-relay";
import type { Context } from "./context.ts";
import { FAILURES } from "./failures.ts";

/**
 * The schema builder; it configures and nothing else (types live in `schema/`, one file per entity).
 * Reads are batched per request by dataloaders over the repositories' `getMany`, so a query costs a
 * fixed number of SQL statements whatever its list sizes, and rows never leave @moei/db.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
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
  plugins: [ErrorsPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  errors: {
    // Subclasses first: the plugin returns the first class a thrown failure is an instance of.
    defaultTypes: [...FAILURES],
    directResult: true,
  },
});
