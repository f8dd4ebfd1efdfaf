import { z } from "zod";
import { type DomainError, domainError } from "../shared/errors.ts";
import { createsCycle } from "../shared/hierarchy.ts";
import { type ContactId, idSchema, type OrganizationId } from "../shared/ids.ts";
import { LANGUAGES, type Language, type LocalizedText } from "../shared/language.ts";
import { err, ok, type Result } from "../shared/result.ts";
import { choice, localizedTextSchema, optionalText, text } from "../shared/schemas.ts";
import { COUNTRIES, type Country, ORGANIZATION_KINDS, type OrganizationKind } from "./kinds.ts";

export { COUNTRIES, type Country, ORGANIZATION_KINDS, type OrganizationKind } from "./kinds.ts";

/** Where an organization works: a country, and a Thai province or Myanmar state/region and township. */
export interface Location {
  readonly country: Country;
  readonly province?: string;
  readonly township?: string;
}

export interface Organization {
  readonly id: OrganizationId;
  readonly name: LocalizedText;
  readonly acronym?: string;
  readonly kind: OrganizationKind;
  /** Absent for international bodies (IOM, UNICEF) that are not of one country. */
  readonly location?: Location;
  readonly parentId?: OrganizationId;
  readonly active: boolean;
  /** Demo records with invented names, never to be mistaken for a real organization. */
  readonly fictional: boolean;
}

/** A staff member of a partner organization. Contacts are never victims, witnesses or suspects. */
export interface Contact {
  readonly id: ContactId;
  readonly organizationId: OrganizationId;
  readonly name: string;
  readonly title?: string;
  /** A work address, for meeting invitations; shown only to signed-in users. */
  readonly email?: string;
  readonly languages: readonly Language[];
  /** Listed in the partner directory only with the person's consent. */
  readonly consentToList: boolean;
  readonly active: boolean;
}

export type OrganizationError =
  | DomainError<"ORGANIZATION.ALREADY_INACTIVE">
  | DomainError<"ORGANIZATION.ALREADY_ACTIVE">
  | DomainError<"ORGANIZATION.PARENT_CYCLE">;

export function deactivateOrganization(org: Organization): Result<Organization, OrganizationError> {
  return org.active ? ok({ ...org, active: false }) : err(domainError("ORGANIZATION.ALREADY_INACTIVE"));
}

export function reactivateOrganization(org: Organization): Result<Organization, OrganizationError> {
  return org.active ? err(domainError("ORGANIZATION.ALREADY_ACTIVE")) : ok({ ...org, active: true });
}

/**
 * Refuses a parent that would make the hierarchy circular (a department under its own sub-unit).
 * `parentOf` looks up the current parent of any organization.
 */
export function checkParent(
  id: OrganizationId,
  parentId: OrganizationId | undefined,
  parentOf: (id: OrganizationId) => OrganizationId | undefined,
): Result<OrganizationId | undefined, OrganizationError> {
  return createsCycle(id, parentId, parentOf)
    ? err(domainError("ORGANIZATION.PARENT_CYCLE", { parentId: parentId ?? "" }))
    : ok(parentId);
}

export const locationSchema = z.strictObject({
  country: choice(COUNTRIES),
  province: optionalText(80),
  township: optionalText(80),
});

export const organizationInputSchema = z.strictObject({
  name: localizedTextSchema(200),
  acronym: optionalText(20),
  kind: choice(ORGANIZATION_KINDS),
  location: locationSchema.exactOptional(),
  parentId: idSchema<"OrganizationId">().exactOptional(),
  fictional: z.boolean().default(false),
});
export type OrganizationInput = z.output<typeof organizationInputSchema>;

export const contactInputSchema = z.strictObject({
  organizationId: idSchema<"OrganizationId">(),
  name: text(120),
  title: optionalText(120),
  email: z
    .email({ error: "validation.invalid_email" })
    .max(254, { error: "validation.too_long" })
    .exactOptional(),
  languages: z
    .array(z.enum(LANGUAGES, { error: "validation.invalid_language" }))
    .max(8)
    .default([]),
  consentToList: z.boolean().default(false),
});
export type ContactInput = z.output<typeof contactInputSchema>;

/** Case-insensitive match on any name or the acronym, for directory search in the browser. */
export function matchesOrganization(org: Organization, query: string): boolean {
  const q = query.trim().toLocaleLowerCase();
  if (q === "") return true;
  return [org.name.en, org.name.th, org.name.my, org.acronym].some((s) => s?.toLocaleLowerCase().includes(q));
}
