import type { ActionStatus } from "@moei/domain/action";
import type { AttendanceStatus, MeetingStatus, SeriesKind } from "@moei/domain/meeting";
import type {
  Confidentiality,
  Instant,
  LocalizedText,
  OrganizationId,
  PlainDate,
  SeriesId,
  TimeZone,
} from "@moei/domain/shared";
import { and, asc, count, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { actions, attendance, invitations, meetingSeries, meetings, organizations } from "../schema/index.ts";
import { localizedOf } from "./organization.repository.ts";

/*
 * Figures for the open-data export, counted by SQLite in four statements whatever the size of the data.
 * What the figures mean (which statuses count as held or attended, when an action was done on time, in
 * which zone a year or a date is read) is the domain's: the caller passes the statuses, and rows that
 * need a calendar date are grouped by their instant to the minute, so that the caller can read the date
 * in the meeting's zone with the domain's functions (every zone's offset is a whole number of minutes).
 */

/** What to count. Restricted series are never counted: the figures are published. */
export interface OpenDataScope {
  /** The confidentiality levels the reader may read; `restricted` is refused. */
  readonly levels: readonly Confidentiality[];
  /** Meeting statuses that mean the meeting took place. */
  readonly heldStatuses: readonly MeetingStatus[];
  /** Attendance statuses that mean the organization took part. */
  readonly attendedStatuses: readonly AttendanceStatus[];
}

export interface SeriesFigures {
  readonly id: SeriesId;
  readonly kind: SeriesKind;
  readonly confidentiality: Confidentiality;
  readonly name: LocalizedText;
}

/** Held meetings of a series that started in the same minute in the same zone. */
export interface HeldMeetingGroup {
  readonly seriesId: SeriesId;
  readonly zone: TimeZone;
  /** The start, to the minute. */
  readonly start: Instant;
  readonly count: number;
}

/** Per organization: invitations to held meetings, and how many of those it attended. */
export interface AttendanceFigures {
  readonly organizationId: OrganizationId;
  readonly name: LocalizedText;
  readonly acronym?: string;
  readonly invited: number;
  readonly attended: number;
}

/**
 * Actions of a series with the same status; completed actions further by due date, the zone of the
 * meeting that agreed them and the completion instant to the minute, so that "on time" can be judged
 * per group.
 */
export interface ActionGroup {
  readonly seriesId: SeriesId;
  readonly status: ActionStatus;
  readonly count: number;
  /** For actions with a completion instant only. */
  readonly completion?: { readonly dueOn: PlainDate; readonly zone: TimeZone; readonly at: Instant };
}

export interface OpenDataFacts {
  /** Every series of the scope's levels, by English name. */
  readonly series: readonly SeriesFigures[];
  readonly heldMeetings: readonly HeldMeetingGroup[];
  /** Organizations invited to at least one held meeting, by English name. */
  readonly attendance: readonly AttendanceFigures[];
  readonly actions: readonly ActionGroup[];
}

/** `YYYY-MM-DDTHH:MM` + `:00Z`: an instant to the minute (instants are stored as canonical ISO strings). */
const toMinute = (column: typeof meetings.startAt | typeof actions.completedAt) =>
  sql<string>`substr(${column}, 1, 16) || ':00Z'`;

export function statisticsRepository(db: Db) {
  return {
    openData(scope: OpenDataScope): OpenDataFacts {
      if (scope.levels.includes("restricted")) {
        throw new Error("Open data never counts restricted series");
      }
      const levels = [...scope.levels];
      const inScope = inArray(meetingSeries.confidentiality, levels);
      const held = inArray(meetings.status, [...scope.heldStatuses]);

      const series = db
        .select({
          id: meetingSeries.id,
          kind: meetingSeries.kind,
          confidentiality: meetingSeries.confidentiality,
          nameEn: meetingSeries.nameEn,
          nameTh: meetingSeries.nameTh,
          nameMy: meetingSeries.nameMy,
        })
        .from(meetingSeries)
        .where(inScope)
        .orderBy(asc(meetingSeries.nameEn), asc(meetingSeries.id))
        .all();

      const start = toMinute(meetings.startAt);
      const heldMeetings = db
        .select({ seriesId: meetings.seriesId, zone: meetings.zone, start, count: count() })
        .from(meetings)
        .innerJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
        .where(and(inScope, held))
        .groupBy(meetings.seriesId, meetings.zone, start)
        .orderBy(asc(meetings.seriesId), asc(start))
        .all();

      const attended = sql<number>`coalesce(sum(${inArray(attendance.status, [...scope.attendedStatuses])}), 0)`;
      const attendanceRows = db
        .select({
          organizationId: invitations.organizationId,
          nameEn: organizations.nameEn,
          nameTh: organizations.nameTh,
          nameMy: organizations.nameMy,
          acronym: organizations.acronym,
          invited: count(),
          attended,
        })
        .from(invitations)
        .innerJoin(meetings, eq(meetings.id, invitations.meetingId))
        .innerJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
        .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
        .leftJoin(
          attendance,
          and(
            eq(attendance.meetingId, invitations.meetingId),
            eq(attendance.organizationId, invitations.organizationId),
          ),
        )
        .where(and(inScope, held))
        .groupBy(invitations.organizationId)
        .orderBy(asc(organizations.nameEn), asc(invitations.organizationId))
        .all();

      // Only completed actions need their dates; the others group by series and status alone.
      const completed = isNotNull(actions.completedAt);
      const dueOn = sql<string | null>`case when ${completed} then ${actions.dueOn} end`;
      const zone = sql<string | null>`case when ${completed} then ${meetings.zone} end`;
      const completedAt = sql<
        string | null
      >`case when ${completed} then ${toMinute(actions.completedAt)} end`;
      const actionRows = db
        .select({
          seriesId: meetings.seriesId,
          status: actions.status,
          dueOn,
          zone,
          completedAt,
          count: count(),
        })
        .from(actions)
        .innerJoin(meetings, eq(meetings.id, actions.sourceMeetingId))
        .innerJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
        .where(inScope)
        .groupBy(meetings.seriesId, actions.status, dueOn, zone, completedAt)
        .orderBy(asc(meetings.seriesId), asc(actions.status))
        .all();

      return {
        series: series.map((s) => ({
          id: s.id as SeriesId,
          kind: s.kind,
          confidentiality: s.confidentiality,
          name: localizedOf(s.nameEn, s.nameTh, s.nameMy),
        })),
        heldMeetings: heldMeetings.map((m) => ({
          seriesId: m.seriesId as SeriesId,
          zone: m.zone,
          start: m.start as Instant,
          count: m.count,
        })),
        attendance: attendanceRows.map((a) => ({
          organizationId: a.organizationId as OrganizationId,
          name: localizedOf(a.nameEn, a.nameTh, a.nameMy),
          ...(a.acronym === null ? {} : { acronym: a.acronym }),
          invited: a.invited,
          attended: Number(a.attended),
        })),
        actions: actionRows.map((a) => ({
          seriesId: a.seriesId as SeriesId,
          status: a.status,
          count: a.count,
          ...(a.dueOn !== null && a.zone !== null && a.completedAt !== null
            ? {
                completion: {
                  dueOn: a.dueOn as PlainDate,
                  zone: a.zone as TimeZone,
                  at: a.completedAt as Instant,
                },
              }
            : {}),
        })),
      };
    },
  };
}
