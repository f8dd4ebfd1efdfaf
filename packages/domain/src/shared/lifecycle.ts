import { type DomainError, domainError } from "./errors.ts";
import { err, ok, type Result } from "./result.ts";

/** A lifecycle as data: for each event, the states it may leave from and the state it leads to. */
export type TransitionTable<S extends string, E extends string> = Readonly<
  Record<E, { readonly from: readonly S[]; readonly to: S }>
>;

export type TransitionForbidden<C extends string> = DomainError<C> & {
  readonly params: { readonly from: string; readonly event: string };
};

/** The state after `event`, or `<ENTITY>.TRANSITION_FORBIDDEN` with the state and event for the message. */
export function transition<S extends string, E extends string, C extends string>(
  table: TransitionTable<S, E>,
  code: C,
  from: S,
  event: E,
): Result<S, TransitionForbidden<C>> {
  const rule = table[event];
  return rule.from.includes(from)
    ? ok(rule.to)
    : err(domainError(code, { from, event }) as TransitionForbidden<C>);
}

/** The events that may happen in `state`, in table order: what the portal offers as buttons. */
export function allowedEvents<S extends string, E extends string>(
  table: TransitionTable<S, E>,
  state: S,
): E[] {
  return (Object.keys(table) as E[]).filter((event) => table[event].from.includes(state));
}
