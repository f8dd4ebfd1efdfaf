import { readFileSync } from "node:fs";
import { printSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { SCHEMA_FILE } from "../src/main.ts";
import { schema } from "../src/schema/index.ts";

describe("the printed schema", () => {
  it("is committed and up to date", () => {
    const committed = readFileSync(SCHEMA_FILE, "utf8");
    expect(
      committed,
      "schema.graphql is stale: run `pnpm --filter @moei/server print-schema` and commit it",
    ).toBe(`${printSchema(schema)}\n`);
  });
});
