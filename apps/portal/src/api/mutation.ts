import type { TadaDocumentNode } from "gql.tada";
import { useCallback } from "react";
import { type AnyVariables, useMutation } from "urql";
import { type Failure, failureOf, transportFailure } from "./failure.ts";

export type Outcome<Data> =
  | { readonly ok: true; readonly data: Data }
  | { readonly ok: false; readonly failure: Failure };

/**
 * A mutation whose one root field answers with a result or a typed failure. `run` never throws: it gives
 * the data, or the failure (typed, transport or unexpected) for the form to show next to its fields while
 * keeping everything the user typed.
 */
export function useSubmit<Data, Variables extends AnyVariables>(
  document: TadaDocumentNode<Data, Variables>,
): readonly [boolean, (variables: Variables) => Promise<Outcome<Data>>] {
  const [state, execute] = useMutation<Data, Variables>(document);
  const run = useCallback(
    async (variables: Variables): Promise<Outcome<Data>> => {
      const result = await execute(variables);
      if (result.error) return { ok: false, failure: transportFailure(result.error) };
      const data = result.data as Data;
      const payload = data && typeof data === "object" ? Object.values(data)[0] : null;
      const failure = failureOf(payload as Parameters<typeof failureOf>[0]);
      return failure ? { ok: false, failure } : { ok: true, data };
    },
    [execute],
  );
  return [state.fetching, run] as const;
}
