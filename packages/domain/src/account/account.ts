import { z } from "zod";
import { ROLES, type Role } from "../access/access.ts";
import { type DomainError, domainError } from "../shared/errors.ts";
import { idSchema, type OrganizationId, type SeriesId, type UserId } from "../shared/ids.ts";
import { type UiLanguage, uiLanguageSchema } from "../shared/language.ts";
import { choice, text } from "../shared/schemas.ts";
import type { Instant } from "../shared/time.ts";

/** A person who signs in: staff of a partner organization, never a victim. */
export interface User {
  readonly id: UserId;
  readonly organizationId: OrganizationId;
  /** Lower case; what the user signs in with. */
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly language: UiLanguage;
  /** Deactivated users cannot sign in; their history stays. */
  readonly active: boolean;
  /** The series a coordinator is the secretariat of; empty for other roles. */
  readonly seriesIds: readonly SeriesId[];
  readonly createdAt: Instant;
}

/**
 * Length is what makes a password strong, and a passphrase of a few words in any script is easy to
 * type on a phone: at least 12 characters, no rules on character classes (NIST SP 800-63B).
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/** The longest retention period of restricted minutes, in days (a hundred years: "keep"). */
export const RETENTION_MAX_DAYS = 36_500;

/**
 * Usernames compare in lower case, trimmed: "Somchai.K " and "somchai.k" are one account (and one count
 * for the sign-in limiter). Cut to the longest valid length so that a huge input costs nothing.
 */
export const normalizeUsername = (username: string): string => username.trim().toLowerCase().slice(0, 64);

/** ASCII letters, digits, dots, dashes and underscores: no look-alike letters from other scripts. */
export const usernameSchema = z
  .string({ error: "validation.required" })
  .transform(normalizeUsername)
  .pipe(z.string().regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, { error: "validation.invalid_username" }));

export const passwordSchema = z
  .string({ error: "validation.required" })
  .min(PASSWORD_MIN_LENGTH, { error: "validation.weak_password" })
  .max(PASSWORD_MAX_LENGTH, { error: "validation.too_long" });

/** An account as an admin creates it; the user sets a password through a reset link. */
export const newUserInputSchema = z
  .strictObject({
    username: usernameSchema,
    displayName: text(120),
    organizationId: idSchema<"OrganizationId">(),
    role: choice(ROLES),
    language: uiLanguageSchema.exactOptional(),
    seriesIds: z.array(idSchema<"SeriesId">()).max(200, { error: "validation.too_many" }).default([]),
  })
  // Only coordinators run series; a series given to another role would grant nothing and mislead.
  .refine((u) => u.role === "coordinator" || u.seriesIds.length === 0, {
    path: ["seriesIds"],
    error: "validation.series_for_coordinators",
  });
export type NewUserInput = z.output<typeof newUserInputSchema>;

/** The first admin, from the setup link or `pnpm moei create-admin`. */
export const firstAdminInputSchema = z.strictObject({
  username: usernameSchema,
  displayName: text(120),
  password: passwordSchema,
  organizationId: idSchema<"OrganizationId">().exactOptional(),
});
export type FirstAdminInput = z.output<typeof firstAdminInputSchema>;

export const resetPasswordInputSchema = z.strictObject({ newPassword: passwordSchema });

export const retentionInputSchema = z.strictObject({
  days: z
    .int({ error: "validation.invalid_type" })
    .min(1, { error: "validation.too_small" })
    .max(RETENTION_MAX_DAYS, { error: "validation.too_big" })
    .nullable(),
});

/** One answer for an unknown username, a wrong password and a deactivated account. */
export type WrongCredentialsError = DomainError<"AUTH.WRONG_CREDENTIALS">;
export const wrongCredentials = (): WrongCredentialsError => domainError("AUTH.WRONG_CREDENTIALS");

/** One answer for a reset or setup link that is unknown, used, expired or replaced. */
export type InvalidLinkError = DomainError<"AUTH.INVALID_LINK">;
export const invalidLink = (): InvalidLinkError => domainError("AUTH.INVALID_LINK");
