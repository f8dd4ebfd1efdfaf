import type { Visibility } from "@moei/domain/access";
import { inArray, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import {
  caseOwners,
  caseReferences,
  invitations,
  meetingSeries,
  meetings,
  seriesMembers,
} from "../schema/index.ts";
import type { Tx } from "./write.ts";

/*
 * The domain's reading rules (`seesMeeting`, `seesSeries`, `seesCase` in @moei/domain/access) as SQL
 * conditions, so that lists leave out what the viewer may not read in the statement that pages them:
 * counts, cursors and page sizes stay right, and the statement count stays fixed. Each condition is
 * uncorrelated (`IN (SELECT …)`), which SQLite evaluates once per statement. `undefined` means no
 * condition (an admin's `all`). visibility.test.ts checks them against the domain's rules.
 */

type Q = Db | Tx;

const NOTHING = sql`0`;

const anyOf = (conditions: SQL[]): SQL =>
  conditions.length === 0 ? NOTHING : (or(...conditions) ?? NOTHING);

/** Meetings invited organizations of the visibility were invited to. */
const invitedMeetings = (q: Q, organizationIds: readonly string[]) =>
  q
    .select({ id: invitations.meetingId })
    .from(invitations)
    .where(inArray(invitations.organizationId, [...organizationIds]));

/** A condition on `meetings` rows: the meetings the visibility opens. */
export function visibleMeeting(q: Q, v: Visibility): SQL | undefined {
  if (v.all) return undefined;
  const conditions: SQL[] = [];
  if (v.levels.length > 0) {
    const open = q
      .select({ id: meetingSeries.id })
      .from(meetingSeries)
      .where(inArray(meetingSeries.confidentiality, [...v.levels]));
    conditions.push(inArray(meetings.seriesId, open));
  }
  if (v.seriesIds.length > 0) conditions.push(inArray(meetings.seriesId, [...v.seriesIds]));
  if (v.organizationIds.length > 0)
    conditions.push(inArray(meetings.id, invitedMeetings(q, v.organizationIds)));
  return anyOf(conditions);
}

/** The ids of the meetings the visibility opens, as a subquery; undefined for all. */
export function visibleMeetingIds(q: Q, v: Visibility) {
  const where = visibleMeeting(q, v);
  return where === undefined ? undefined : q.select({ id: meetings.id }).from(meetings).where(where);
}

/** A condition on `meeting_series` rows: the series the visibility opens. */
export function visibleSeries(q: Q, v: Visibility): SQL | undefined {
  if (v.all) return undefined;
  const conditions: SQL[] = [];
  if (v.levels.length > 0) conditions.push(inArray(meetingSeries.confidentiality, [...v.levels]));
  if (v.seriesIds.length > 0) conditions.push(inArray(meetingSeries.id, [...v.seriesIds]));
  if (v.organizationIds.length > 0) {
    const orgs = [...v.organizationIds];
    const memberOf = q
      .select({ id: seriesMembers.seriesId })
      .from(seriesMembers)
      .where(inArray(seriesMembers.organizationId, orgs));
    const invitedTo = q
      .select({ id: meetings.seriesId })
      .from(meetings)
      .where(inArray(meetings.id, invitedMeetings(q, orgs)));
    conditions.push(inArray(meetingSeries.id, memberOf), inArray(meetingSeries.id, invitedTo));
  }
  return anyOf(conditions);
}

/** A condition on `case_references` rows: the cases held by the visibility's organizations. */
export function visibleCase(q: Q, v: Visibility): SQL | undefined {
  if (v.all) return undefined;
  if (v.organizationIds.length === 0) return NOTHING;
  const held = q
    .select({ code: caseOwners.code })
    .from(caseOwners)
    .where(inArray(caseOwners.organizationId, [...v.organizationIds]));
  return inArray(caseReferences.code, held);
}
