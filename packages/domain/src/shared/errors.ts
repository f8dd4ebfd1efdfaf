/**
 * Every expected failure carries a stable machine `code` (`'MEETING.TRANSITION_FORBIDDEN'`) and the
 * `params` a translated message needs. Codes never change meaning; messages live in the portal's catalogues.
 */
export type ErrorParamValue = string | number | boolean | readonly string[];
export type ErrorParams = Readonly<Record<string, ErrorParamValue>>;

export interface DomainError<C extends string = string> {
  readonly code: C;
  readonly params: ErrorParams;
}

export const domainError = <C extends string>(code: C, params: ErrorParams = {}): DomainError<C> => ({
  code,
  params,
});

/** One problem with one input field; `key` is a translation key such as `validation.too_long`. */
export interface FieldIssue {
  readonly path: string;
  readonly key: string;
  readonly params: ErrorParams;
}

export interface ValidationError extends DomainError<"VALIDATION"> {
  readonly issues: readonly FieldIssue[];
}
