import { type DomainError, domainError } from "@moei/domain/shared";

export type NotFoundError = DomainError<"NOT_FOUND"> & { readonly params: { readonly entity: string } };
export const notFound = (entity: string): NotFoundError =>
  domainError("NOT_FOUND", { entity }) as NotFoundError;

/** Reference to a row that does not exist (an unknown organization id in an owner list, say). */
export type UnknownReferenceError = DomainError<"UNKNOWN_REFERENCE">;
export const unknownReference = (field: string): UnknownReferenceError =>
  domainError("UNKNOWN_REFERENCE", { field });

export type DuplicateError = DomainError<"DUPLICATE">;
export const duplicate = (field: string): DuplicateError => domainError("DUPLICATE", { field });
