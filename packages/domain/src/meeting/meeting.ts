import type { Country } from "../organization/organization.ts";
import { type DomainError, domainError } from "../shared/errors.ts";
import type { MeetingId, SeriesId } from "../shared/ids.ts";
import type { Language, LocalizedText } from "../shared/language.ts";
import { allowedEvents, type TransitionTable, transition } from "../shared/lifecycle.ts";
import { err, ok, type Result } from "../shared/result.ts";
import {
  compareInstants,
  type Instant,
  type LocalDateTime,
  minutesBetween,
  type TimeZone,
} from "../shared/time.ts";
import type { MeetingNumber } from "./numbering.ts";

export const MEETING_STATUSES = [
  "draft",
  "scheduled",
  "held",
  "minutes_draft",
  "minutes_circulated",
  "minutes_approved",
  "postponed",
  "cancelled",
] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_MODES = ["in_person", "online", "hybrid"] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

export interface Meeting {
  readonly id: MeetingId;
  readonly seriesId: SeriesId;
  /** Assigned when the meeting is scheduled. */
  readonly number?: MeetingNumber;
  /** Overrides the series name for one meeting ("Joint meeting with the Lao delegation"). */
  readonly title?: LocalizedText;
  readonly start: Instant;
  readonly end: Instant;
  /** The zone the meeting is held in; the host side's local time. */
  readonly zone: TimeZone;
  readonly mode: MeetingMode;
  readonly venue?: string;
  readonly onlineUrl?: string;
  readonly hostSide?: Country;
  readonly interpretation: readonly Language[];
  /** The series occurrence this meeting realises, by its regular wall-clock start in the series zone. */
  readonly occurrence?: LocalDateTime;
  readonly status: MeetingStatus;
  readonly version: number;
}

export type MeetingEvent =
  | { readonly type: "schedule" }
  | { readonly type: "reschedule"; readonly start: Instant; readonly end: Instant }
  | { readonly type: "postpone" }
  | { readonly type: "cancel" }
  | { readonly type: "hold" }
  | { readonly type: "draft_minutes" }
  | { readonly type: "circulate" }
  | { readonly type: "reopen_minutes" }
  | { readonly type: "approve" };
export type MeetingEventType = MeetingEvent["type"];

export const MEETING_LIFECYCLE: TransitionTable<MeetingStatus, MeetingEventType> = {
  schedule: { from: ["draft"], to: "scheduled" },
  reschedule: { from: ["draft", "scheduled", "postponed"], to: "scheduled" },
  postpone: { from: ["scheduled"], to: "postponed" },
  cancel: { from: ["draft", "scheduled", "postponed"], to: "cancelled" },
  hold: { from: ["scheduled"], to: "held" },
  draft_minutes: { from: ["held"], to: "minutes_draft" },
  circulate: { from: ["minutes_draft"], to: "minutes_circulated" },
  reopen_minutes: { from: ["minutes_circulated"], to: "minutes_draft" },
  approve: { from: ["minutes_circulated"], to: "minutes_approved" },
};

/** What a lifecycle guard needs to know beyond the meeting itself. */
export interface MeetingFacts {
  readonly now: Instant;
  /** Organizations recorded present or remote. */
  readonly attendanceCount: number;
  /** Agenda items with minutes in at least one language. */
  readonly minutedItemCount: number;
}

export type MeetingError =
  | DomainError<"MEETING.TRANSITION_FORBIDDEN">
  | DomainError<"MEETING.NOT_STARTED">
  | DomainError<"MEETING.NO_ATTENDANCE">
  | DomainError<"MEETING.NO_MINUTES">
  | DomainError<"MEETING.END_BEFORE_START">
  | DomainError<"MEETING.TOO_LONG">
  | DomainError<"MEETING.IN_PAST">
  | DomainError<"MEETING.LOCKED">;

/** A meeting lasts at least 15 minutes and at most three days (a cross-border workshop). */
export const MIN_DURATION_MINUTES = 15;
export const MAX_DURATION_MINUTES = 3 * 24 * 60;

export function checkTimes(
  start: Instant,
  end: Instant,
): Result<{ start: Instant; end: Instant }, MeetingError> {
  const minutes = minutesBetween(start, end);
  if (minutes < MIN_DURATION_MINUTES) {
    return err(domainError("MEETING.END_BEFORE_START", { minimum: MIN_DURATION_MINUTES }));
  }
  if (minutes > MAX_DURATION_MINUTES)
    return err(domainError("MEETING.TOO_LONG", { maximum: MAX_DURATION_MINUTES }));
  return ok({ start, end });
}

function guard(meeting: Meeting, event: MeetingEvent, facts: MeetingFacts): MeetingError | undefined {
  switch (event.type) {
    case "reschedule": {
      const times = checkTimes(event.start, event.end);
      if (!times.ok) return times.error;
      return compareInstants(event.start, facts.now) < 0 ? domainError("MEETING.IN_PAST") : undefined;
    }
    case "hold":
      return compareInstants(facts.now, meeting.start) < 0 ? domainError("MEETING.NOT_STARTED") : undefined;
    case "circulate":
      if (facts.attendanceCount === 0) return domainError("MEETING.NO_ATTENDANCE");
      return facts.minutedItemCount === 0 ? domainError("MEETING.NO_MINUTES") : undefined;
    default:
      return undefined;
  }
}

export function applyMeetingEvent(
  meeting: Meeting,
  event: MeetingEvent,
  facts: MeetingFacts,
): Result<Meeting, MeetingError> {
  const next = transition(MEETING_LIFECYCLE, "MEETING.TRANSITION_FORBIDDEN", meeting.status, event.type);
  if (!next.ok) return next;
  const refused = guard(meeting, event, facts);
  if (refused !== undefined) return err(refused);
  const times = event.type === "reschedule" ? { start: event.start, end: event.end } : {};
  return ok({ ...meeting, ...times, status: next.value });
}

/** The lifecycle buttons to offer now: allowed by the table and by the guards. */
export function meetingEvents(meeting: Meeting, facts: MeetingFacts): MeetingEventType[] {
  return allowedEvents(MEETING_LIFECYCLE, meeting.status).filter(
    (type) => type === "reschedule" || guard(meeting, { type } as MeetingEvent, facts) === undefined,
  );
}

export type MeetingActivity = "agenda" | "invitations" | "rsvp" | "attendance" | "minutes" | "decisions";

const OPEN_FOR: Record<MeetingActivity, readonly MeetingStatus[]> = {
  agenda: ["draft", "scheduled", "postponed", "held", "minutes_draft"],
  invitations: ["draft", "scheduled", "postponed"],
  rsvp: ["scheduled", "postponed"],
  attendance: ["scheduled", "held", "minutes_draft"],
  minutes: ["held", "minutes_draft"],
  decisions: ["held", "minutes_draft"],
};

/** Whether the meeting's status lets this part change (attendance also waits for the start: checkOpenFor). */
export const isOpenFor = (status: MeetingStatus, activity: MeetingActivity): boolean =>
  OPEN_FOR[activity].includes(status);

/**
 * Whether a part of the meeting can still be changed: once minutes are circulated the record is frozen
 * (reopen the minutes to correct it). Attendance on a scheduled meeting only from its start.
 */
export function checkOpenFor(
  meeting: Meeting,
  activity: MeetingActivity,
  now: Instant,
): Result<Meeting, MeetingError> {
  if (!isOpenFor(meeting.status, activity)) {
    return err(domainError("MEETING.LOCKED", { status: meeting.status, activity }));
  }
  if (
    activity === "attendance" &&
    meeting.status === "scheduled" &&
    compareInstants(now, meeting.start) < 0
  ) {
    return err(domainError("MEETING.NOT_STARTED"));
  }
  return ok(meeting);
}
