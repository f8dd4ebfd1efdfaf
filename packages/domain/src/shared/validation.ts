import type { z } from "zod";
import type { FieldIssue, ValidationError } from "./errors.ts";
import { err, ok, type Result } from "./result.ts";

/**
 * Runs a zod schema and turns its issues into translatable field issues. Schemas name their messages
 * as keys (`validation.required`); zod's own issues are mapped to keys by their code.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
): Result<z.output<S>, ValidationError> {
  // reportInput lets a missing field be told from a wrong type; the input itself never leaves this function.
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  return err({ code: "VALIDATION", params: {}, issues: parsed.error.issues.map(toFieldIssue) });
}

function toFieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  const path = issue.path.map(String).join(".");
  if (issue.message.startsWith("validation.")) {
    return { path, key: issue.message, params: paramsOf(issue) };
  }
  switch (issue.code) {
    case "too_small":
      return { path, key: "validation.too_small", params: { minimum: Number(issue.minimum) } };
    case "too_big":
      return { path, key: "validation.too_big", params: { maximum: Number(issue.maximum) } };
    case "invalid_type":
      return {
        path,
        key: issue.input === undefined ? "validation.required" : "validation.invalid_type",
        params: {},
      };
    case "unrecognized_keys":
      return { path, key: "validation.unknown_field", params: { keys: issue.keys } };
    case "invalid_value":
      return { path, key: "validation.invalid_choice", params: { options: issue.values.map(String) } };
    default:
      return { path, key: "validation.invalid", params: {} };
  }
}

function paramsOf(issue: z.core.$ZodIssue): FieldIssue["params"] {
  if (issue.code === "too_small") return { minimum: Number(issue.minimum) };
  if (issue.code === "too_big") return { maximum: Number(issue.maximum) };
  return {};
}
