import { z } from "zod";

declare const brand: unique symbol;
/** A nominal type: a `MeetingId` cannot be passed where an `ActionId` is expected. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type OrganizationId = Brand<string, "OrganizationId">;
export type ContactId = Brand<string, "ContactId">;
export type AgreementId = Brand<string, "AgreementId">;
export type SeriesId = Brand<string, "SeriesId">;
export type MeetingId = Brand<string, "MeetingId">;
export type AgendaItemId = Brand<string, "AgendaItemId">;
export type DecisionId = Brand<string, "DecisionId">;
export type ActionId = Brand<string, "ActionId">;
export type UserId = Brand<string, "UserId">;

/** Opaque identifiers: letters, digits, `_` and `-`, at most 64 characters (ULIDs, UUIDs, slugs). */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const idSchema = <B extends string>() =>
  z
    .string({ error: "validation.required" })
    .regex(ID_PATTERN, { error: "validation.invalid_id" })
    .transform((s) => s as Brand<string, B>);

/** Brands a string from a trusted source (the database, a test). Throws on a malformed id. */
export function asId<I extends Brand<string, string>>(value: string): I {
  if (!ID_PATTERN.test(value)) throw new Error(`Malformed id: ${JSON.stringify(value)}`);
  return value as I;
}
