import type { MeetingStatus } from "../meeting/meeting.ts";
import type { MeetingId } from "../shared/ids.ts";
import { compareDates, compareInstants, type Instant, type PlainDate } from "../shared/time.ts";
import { type Action, isFinal, isOverdue } from "./action.ts";

/** The meetings of one series, as much as matters arising need of them. */
export interface SeriesMeeting {
  readonly id: MeetingId;
  readonly start: Instant;
  readonly status: MeetingStatus;
}

export interface MatterArising<A extends Action = Action> {
  readonly action: A;
  /** How many later meetings of the series the action has come back to, counting `meeting`. */
  readonly carriedOver: number;
  readonly overdue: boolean;
}

const NOT_HELD: readonly MeetingStatus[] = ["cancelled", "postponed"];

/**
 * The open actions agreed at earlier meetings of a series that come back at `meeting`, with how often
 * each has been carried over. Cancelled and postponed meetings do not count as a carry-over. Sorted
 * by how often carried over, then by due date, so the longest-standing come first.
 */
export function mattersArising<A extends Action>(
  meeting: SeriesMeeting,
  seriesMeetings: readonly SeriesMeeting[],
  actions: readonly A[],
  today: PlainDate,
): MatterArising<A>[] {
  const held = seriesMeetings
    .filter((m) => !NOT_HELD.includes(m.status) && compareInstants(m.start, meeting.start) <= 0)
    .sort((a, b) => compareInstants(a.start, b.start));
  if (!held.some((m) => m.id === meeting.id)) held.push(meeting);
  const index = new Map(held.map((m, i) => [m.id, i]));
  const at = index.get(meeting.id) as number;
  return actions
    .filter((a) => !isFinal(a.status))
    .flatMap((action) => {
      const source = index.get(action.source.meetingId);
      if (source === undefined || source >= at) return [];
      return [{ action, carriedOver: at - source, overdue: isOverdue(action, today) }];
    })
    .sort((x, y) => y.carriedOver - x.carriedOver || compareDates(x.action.dueOn, y.action.dueOn));
}
