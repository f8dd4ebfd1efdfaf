import type { CombinedError } from "@urql/core";
import { graphql } from "../graphql.ts";

/**
 * Every mutation answers with its result or one of the typed failures (validation per field, conflict with
 * the current version, forbidden transition, personal data found, not found, forbidden). Spread this
 * fragment in the result union: `... on Error { ...FailureFields }`.
 */
export const FailureFields = graphql(`
  fragment FailureFields on Error @_unmask {
    __typename
    code
    message
    ... on ValidationError { fields { path key message } }
    ... on ConflictError { currentVersion }
    ... on PersonalDataError { findings { kind start end } }
  }
`);

export interface Failure {
  readonly kind:
    | "validation"
    | "conflict"
    | "personal-data"
    | "transition"
    | "forbidden"
    | "not-found"
    | "rule"
    | "network"
    | "session"
    | "server";
  readonly code: string;
  /** In the user's language: the server writes typed failures in the request's Accept-Language. */
  readonly message: string;
  /** Field path (dotted, as in the input) → message. */
  readonly fields: Readonly<Record<string, string>>;
  readonly currentVersion?: number;
  readonly findings?: readonly { kind: string; start: number; end: number }[];
}

const KINDS: Readonly<Record<string, Failure["kind"]>> = {
  ValidationError: "validation",
  ConflictError: "conflict",
  PersonalDataError: "personal-data",
  TransitionError: "transition",
  ForbiddenError: "forbidden",
  NotFoundError: "not-found",
  RuleError: "rule",
};

interface FailureShape {
  readonly __typename?: string;
  readonly code?: string;
  readonly message?: string;
  readonly fields?: readonly { path: string; message: string }[];
  readonly currentVersion?: number;
  readonly findings?: readonly { kind: string; start: number; end: number }[];
}

/** The typed failure in a mutation's result, or null when it succeeded. */
export function failureOf(result: FailureShape | null | undefined): Failure | null {
  const kind = result?.__typename === undefined ? undefined : KINDS[result.__typename];
  if (result === null || result === undefined || kind === undefined) return null;
  return {
    kind,
    code: result.code ?? "",
    message: result.message ?? "",
    fields: Object.fromEntries((result.fields ?? []).map((f) => [f.path, f.message])),
    ...(result.currentVersion === undefined ? {} : { currentVersion: result.currentVersion }),
    ...(result.findings === undefined ? {} : { findings: result.findings }),
  };
}

/** A failure of the transport or an unexpected server error, which the caller words in the user's language. */
export function transportFailure(error: CombinedError): Failure {
  const first = error.graphQLErrors[0];
  const code = String(first?.extensions?.code ?? "");
  if (error.networkError && !first) return { kind: "network", code: "NETWORK", message: "", fields: {} };
  if (code === "UNAUTHENTICATED") return { kind: "session", code, message: first?.message ?? "", fields: {} };
  if (code === "FORBIDDEN") return { kind: "forbidden", code, message: first?.message ?? "", fields: {} };
  if (code === "BAD_USER_INPUT")
    return { kind: "validation", code, message: first?.message ?? "", fields: {} };
  return { kind: "server", code: String(first?.extensions?.errorId ?? "?"), message: "", fields: {} };
}
