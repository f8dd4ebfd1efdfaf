import type { Action } from "../action/action.ts";
import type { CaseReference } from "../case-reference/case-reference.ts";
import type { MeetingSeries } from "../meeting/series.ts";
import type { Confidentiality } from "../shared/confidentiality.ts";
import type { OrganizationId, SeriesId } from "../shared/ids.ts";
import type { Actor } from "./access.ts";

/*
 * Who may read and change what: every permission of Moei, as pure functions of the actor (null when
 * nobody is signed in) and the domain values concerned. The server calls these and nothing else; the
 * portal may call them to hide buttons.
 *
 * Reading
 * - A series and its meetings are read according to the series' confidentiality: `public` by anyone,
 *   `partners` by any signed-in user (observers included).
 * - A `restricted` (case management) meeting, and everything under it (agenda, minutes, decisions,
 *   invitations, attendance, the actions agreed there with their history, the matters arising it
 *   reviews), is read only by admins, the coordinators of its series, and the members and coordinators
 *   of the organizations invited to that meeting. Not by observers, not by the other members of the
 *   series: an invitation opens one meeting, never the series' other meetings.
 * - A `restricted` series itself (name, members, cadence) is read by admins, its coordinators, and the
 *   members and coordinators of its member organizations and of organizations invited to any of its
 *   meetings, so that whoever may read a meeting may also read the series it belongs to.
 * - Case references (who holds which case) are read by admins and by the members and coordinators of
 *   the organizations that hold them.
 * - Staff contacts and the names of delegates are read by signed-in users only.
 * - Organizations and agreements (the partner directory) are read by anyone.
 *
 * Changing (never anonymous; never observers)
 * - The directory (organizations, contacts, agreements and SOP versions): admins and coordinators.
 * - Creating a series: admins. Managing a series (settings, members, meetings, invitations, agenda,
 *   attendance, minutes, decisions, and recording or editing the actions agreed): admins and the
 *   coordinators of that series.
 * - An action's status and progress: admins, the coordinators of its series, and the members and
 *   coordinators of the organizations that own it. Its text, owners and due date: as managing the series.
 * - Replying to an invitation: for one's own organization; admins and the series' coordinators for any.
 * - Case references: admins, and members and coordinators of an owning organization.
 * - Accounts, reset links, the audit log and retention: admins.
 *
 * A change to something the actor may not read is answered as if it did not exist: the server checks
 * `canRead…` first and answers NOT_FOUND, then the change rule and answers FORBIDDEN (see `writeAccess`).
 */

/** What a read rule needs to know of a series. */
export type SeriesFacts = Pick<MeetingSeries, "id" | "confidentiality">;

/**
 * What an actor may read, as data: the form the store's list queries filter on, so that a list shows
 * exactly what the `canRead…` rules allow (they are defined through it). `all` for admins; otherwise the
 * confidentiality levels open to the actor, the series they coordinate, and the organizations whose
 * invitations, memberships and cases open restricted records to them (their own, unless an observer).
 */
export type Visibility =
  | { readonly all: true }
  | {
      readonly all: false;
      readonly levels: readonly Confidentiality[];
      readonly seriesIds: readonly SeriesId[];
      readonly organizationIds: readonly OrganizationId[];
    };

/** An admin sees everything. */
export const FULL_VISIBILITY: Visibility = { all: true };

/** Admins and the delegates of an organization (members, coordinators) act; observers only read. */
function participates(actor: Actor | null): actor is Actor {
  return actor?.role === "member" || actor?.role === "coordinator";
}

export const isAdmin = (actor: Actor | null): boolean => actor?.role === "admin";

/** A coordinator runs the series in their `seriesIds`. */
export const coordinates = (actor: Actor | null, seriesId: SeriesId): boolean =>
  actor?.role === "coordinator" && actor.seriesIds.includes(seriesId);

export function visibilityOf(actor: Actor | null): Visibility {
  if (actor === null) return { all: false, levels: ["public"], seriesIds: [], organizationIds: [] };
  if (actor.role === "admin") return FULL_VISIBILITY;
  return {
    all: false,
    levels: ["public", "partners"],
    seriesIds: actor.role === "coordinator" ? [...actor.seriesIds] : [],
    organizationIds: participates(actor) ? [actor.organizationId] : [],
  };
}

const meets = (a: readonly OrganizationId[], b: readonly OrganizationId[]): boolean =>
  a.some((id) => b.includes(id));

/** `canReadMeeting` for a visibility; the store's list filters implement exactly this. */
export function seesMeeting(
  visibility: Visibility,
  series: SeriesFacts,
  invitedOrganizationIds: readonly OrganizationId[],
): boolean {
  if (visibility.all) return true;
  return (
    visibility.levels.includes(series.confidentiality) ||
    visibility.seriesIds.includes(series.id) ||
    meets(invitedOrganizationIds, visibility.organizationIds)
  );
}

/** `canReadSeries` for a visibility; the store's list filters implement exactly this. */
export function seesSeries(
  visibility: Visibility,
  series: SeriesFacts & Pick<MeetingSeries, "memberIds">,
  invitedOrganizationIds: readonly OrganizationId[],
): boolean {
  return (
    seesMeeting(visibility, series, invitedOrganizationIds) ||
    (!visibility.all && meets(series.memberIds, visibility.organizationIds))
  );
}

/** `canReadCase` for a visibility; the store's list filters implement exactly this. */
export const seesCase = (visibility: Visibility, c: Pick<CaseReference, "owningOrganizationIds">): boolean =>
  visibility.all || meets(c.owningOrganizationIds, visibility.organizationIds);

/**
 * May the actor read this meeting and everything under it? `invitedOrganizationIds`: the organizations
 * invited to the meeting (only restricted series look at them).
 */
export const canReadMeeting = (
  actor: Actor | null,
  series: SeriesFacts,
  invitedOrganizationIds: readonly OrganizationId[],
): boolean => seesMeeting(visibilityOf(actor), series, invitedOrganizationIds);

/**
 * May the actor read this series (its name, members, cadence)? `invitedOrganizationIds`: organizations
 * invited to any of its meetings; passing only the actor's organization when it is among them is enough.
 */
export const canReadSeries = (
  actor: Actor | null,
  series: SeriesFacts & Pick<MeetingSeries, "memberIds">,
  invitedOrganizationIds: readonly OrganizationId[],
): boolean => seesSeries(visibilityOf(actor), series, invitedOrganizationIds);

/** May the actor read this case reference (and know that it exists)? */
export const canReadCase = (actor: Actor | null, c: Pick<CaseReference, "owningOrganizationIds">): boolean =>
  seesCase(visibilityOf(actor), c);

/** Staff contacts and delegates' names: for partners, not for the public. */
export const canReadContacts = (actor: Actor | null): boolean => actor !== null;

/** Organizations, contacts, agreements and SOP versions. */
export const canEditDirectory = (actor: Actor | null): boolean =>
  actor?.role === "admin" || actor?.role === "coordinator";

export const canCreateSeries = (actor: Actor | null): boolean => isAdmin(actor);

/** Settings, members, meetings and everything recorded in them, and the actions agreed there. */
export const canManageSeries = (actor: Actor | null, series: Pick<MeetingSeries, "id">): boolean =>
  isAdmin(actor) || coordinates(actor, series.id);

/** Status changes and progress reports: the series' managers and the owning organizations' delegates. */
export const canChangeAction = (
  actor: Actor | null,
  action: Pick<Action, "ownerIds">,
  series: Pick<MeetingSeries, "id">,
): boolean =>
  canManageSeries(actor, series) || (participates(actor) && action.ownerIds.includes(actor.organizationId));

/** Text, owners, due date, contact and links: what was agreed, as the secretariat records it. */
export const canEditAction = (actor: Actor | null, series: Pick<MeetingSeries, "id">): boolean =>
  canManageSeries(actor, series);

/** A reply to an invitation on behalf of `organizationId`. */
export const canRespondFor = (
  actor: Actor | null,
  organizationId: OrganizationId,
  series: Pick<MeetingSeries, "id">,
): boolean =>
  canManageSeries(actor, series) || (participates(actor) && actor.organizationId === organizationId);

/** Recording a case for these owners, or moving one of theirs along its lifecycle. */
export const canRecordCase = (actor: Actor | null, ownerIds: readonly OrganizationId[]): boolean =>
  isAdmin(actor) || (participates(actor) && ownerIds.includes(actor.organizationId));

/** Accounts, reset links, the audit log, retention and purges. */
export const canAdminister = (actor: Actor | null): boolean => isAdmin(actor);

/** How a refused change is answered: the first that applies. */
export type Refusal = "UNAUTHENTICATED" | "NOT_FOUND" | "FORBIDDEN";

/**
 * The answer to a change: nobody signed in must sign in (before anything is looked up, so it says
 * nothing about what exists); what the actor may not read does not exist for them; what they may read
 * but not change is forbidden. `readable` is true for changes that concern no existing object.
 */
export function writeAccess(
  actor: Actor | null,
  readable: boolean,
  allowed: boolean,
): { readonly ok: true } | { readonly ok: false; readonly refusal: Refusal } {
  if (actor === null) return { ok: false, refusal: "UNAUTHENTICATED" };
  if (!readable) return { ok: false, refusal: "NOT_FOUND" };
  if (!allowed) return { ok: false, refusal: "FORBIDDEN" };
  return { ok: true };
}
