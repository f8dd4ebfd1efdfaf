// Imports every entity's types, queries and mutations; the order only matters for the printed schema.
import { builder } from "../builder.ts";
import "./scalars.ts";
import "./errors.ts";
import "./connection.ts";
import "./organization.ts";
import "./series.ts";
import "./meeting.ts";
import "./agreement.ts";
import "./case-reference.ts";
import "./action.ts";
import "./search.ts";
import "./account.ts";
import "./calendar-feed.ts";

builder.queryType({});
builder.mutationType({});

export const schema = builder.toSchema({ sortSchema: true });
