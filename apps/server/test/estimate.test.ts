import { type OperationDefinitionNode, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { estimateObjects } from "../src/hardening.ts";
import { schema } from "../src/schema/index.ts";

const estimate = (source: string, variables: Record<string, unknown> = {}) => {
  const document = parse(source);
  return estimateObjects(schema, document, document.definitions[0] as OperationDefinitionNode, variables);
};

describe("the response-size estimate", () => {
  const literal = "{ actions(first: 200) { edges { node { id owners { id } } } } }";
  const withVariable = "query($n: Int) { actions(first: $n) { edges { node { id owners { id } } } } }";
  const withDefault = "query($n: Int = 200) { actions(first: $n) { edges { node { id owners { id } } } } }";

  it("counts a page size given as a variable like the same size written in the query", () => {
    expect(estimate(withVariable, { n: 200 })).toBe(estimate(literal));
  });

  it("counts a variable left out at its default value, which execution will use", () => {
    expect(estimate(withDefault)).toBe(estimate(literal));
    expect(estimate(withDefault)).toBeGreaterThan(estimate(withVariable));
  });
});
