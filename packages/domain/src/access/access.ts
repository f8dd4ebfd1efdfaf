import type { OrganizationId, SeriesId, UserId } from "../shared/ids.ts";

/**
 * Roles: an admin runs the installation; a coordinator is the secretariat of given series; a member is
 * the delegate of an organization and tracks its actions; an observer reads what is not restricted.
 */
export const ROLES = ["admin", "coordinator", "member", "observer"] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: the signed-in user, the organization they belong to, their role and series. */
export interface Actor {
  readonly userId: UserId;
  readonly organizationId: OrganizationId;
  readonly role: Role;
  /** The series a coordinator runs; empty for other roles. */
  readonly seriesIds: readonly SeriesId[];
}
