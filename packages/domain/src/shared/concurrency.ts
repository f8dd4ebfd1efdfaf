import { type DomainError, domainError } from "./errors.ts";
import { err, ok, type Result } from "./result.ts";

/** Meetings, minutes, actions and agreements carry a version; a write names the version it was based on. */
export type ConflictError = DomainError<"CONFLICT"> & {
  readonly params: { readonly currentVersion: number };
};

export function checkVersion(expected: number, current: number): Result<number, ConflictError> {
  return expected === current
    ? ok(current + 1)
    : err(domainError("CONFLICT", { currentVersion: current }) as ConflictError);
}
