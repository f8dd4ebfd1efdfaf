// Imports every entity's types, queries and mutations; the order only matters for the printed schema.
import { builder } from "../builder.ts";
import "./scalars.ts";
import "./errors.ts";
import "./connection.ts";
import "./organization.ts";

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSchema({ sortSchema: true });
