import { type DomainError, domainError } from "../shared/errors.ts";
import type { MeetingId, OrganizationId } from "../shared/ids.ts";
import { err, ok, type Result } from "../shared/result.ts";
import type { Instant } from "../shared/time.ts";
import type { MeetingSeries } from "./series.ts";

export const RSVPS = ["pending", "accepted", "tentative", "declined"] as const;
export type Rsvp = (typeof RSVPS)[number];

export interface Invitation {
  readonly meetingId: MeetingId;
  readonly organizationId: OrganizationId;
  readonly rsvp: Rsvp;
  readonly respondedAt?: Instant;
}

export const ATTENDANCE_STATUSES = ["present", "remote", "excused", "absent"] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Attendance is recorded per organization; delegates are staff names, at most a handful. */
export interface Attendance {
  readonly meetingId: MeetingId;
  readonly organizationId: OrganizationId;
  readonly status: AttendanceStatus;
  readonly delegates: readonly string[];
}

export const attended = (a: Pick<Attendance, "status">): boolean =>
  a.status === "present" || a.status === "remote";

export type ParticipationError = DomainError<"INVITATION.NOT_INVITED"> | DomainError<"ATTENDANCE.DUPLICATE">;

/** Invites organizations not yet invited; returns only the new invitations. */
export function invite(
  meetingId: MeetingId,
  existing: readonly Invitation[],
  organizationIds: readonly OrganizationId[],
): Invitation[] {
  const invited = new Set(existing.map((i) => i.organizationId));
  return [...new Set(organizationIds)]
    .filter((id) => !invited.has(id))
    .map((organizationId) => ({ meetingId, organizationId, rsvp: "pending" as const }));
}

export function respond(
  invitations: readonly Invitation[],
  organizationId: OrganizationId,
  rsvp: Exclude<Rsvp, "pending">,
  at: Instant,
): Result<Invitation, ParticipationError> {
  const invitation = invitations.find((i) => i.organizationId === organizationId);
  if (invitation === undefined) return err(domainError("INVITATION.NOT_INVITED", { organizationId }));
  return ok({ ...invitation, rsvp, respondedAt: at });
}

/** Replaces the whole attendance list of a meeting (the checklist is saved at once); one row per organization. */
export function checkAttendance(
  rows: readonly Attendance[],
): Result<readonly Attendance[], ParticipationError> {
  const seen = new Set<OrganizationId>();
  for (const row of rows) {
    if (seen.has(row.organizationId)) {
      return err(domainError("ATTENDANCE.DUPLICATE", { organizationId: row.organizationId }));
    }
    seen.add(row.organizationId);
  }
  return ok(rows.map((r) => ({ ...r, delegates: r.delegates.map((d) => d.trim()).filter((d) => d !== "") })));
}

export interface Quorum {
  readonly members: number;
  readonly present: number;
  /** Members needed; 0 when the series sets no quorum. */
  readonly required: number;
  readonly met: boolean;
}

/** Only members count towards quorum; observers and guests attend without counting. */
export function quorum(
  series: Pick<MeetingSeries, "memberIds" | "quorum">,
  attendance: readonly Attendance[],
): Quorum {
  const members = new Set(series.memberIds);
  const present = attendance.filter((a) => members.has(a.organizationId) && attended(a)).length;
  const required = series.quorum === undefined ? 0 : Math.ceil(series.quorum * members.size);
  return { members: members.size, present, required, met: present >= required };
}

export interface AttendanceRate {
  readonly organizationId: OrganizationId;
  readonly invited: number;
  readonly attended: number;
  /** attended / invited, 0–1. */
  readonly rate: number;
}

/** Per organization: of the meetings it was invited to, how many it attended (in person or remotely). */
export function attendanceRates(
  meetings: readonly {
    readonly invitations: readonly Invitation[];
    readonly attendance: readonly Attendance[];
  }[],
): AttendanceRate[] {
  const counts = new Map<OrganizationId, { invited: number; attended: number }>();
  for (const meeting of meetings) {
    const came = new Set(meeting.attendance.filter(attended).map((a) => a.organizationId));
    for (const { organizationId } of meeting.invitations) {
      const c = counts.get(organizationId) ?? { invited: 0, attended: 0 };
      c.invited += 1;
      if (came.has(organizationId)) c.attended += 1;
      counts.set(organizationId, c);
    }
  }
  return [...counts]
    .map(([organizationId, c]) => ({ organizationId, ...c, rate: c.attended / c.invited }))
    .sort((a, b) => b.rate - a.rate || a.organizationId.localeCompare(b.organizationId));
}
