import { describe, expect, it } from "vitest";
import type { MeetingId } from "../shared/ids.ts";
import { anAction, date, instant } from "../testing/mothers.ts";
import { mattersArising, type SeriesMeeting } from "./matters-arising.ts";

const meeting = (n: number, status: SeriesMeeting["status"] = "minutes_approved"): SeriesMeeting => ({
  id: `mtg_${n}` as MeetingId,
  start: instant(`2026-0${n}-10T02:30:00Z`),
  status,
});

describe("matters arising", () => {
  const today = date("2026-06-01");
  const m = [meeting(1), meeting(2), meeting(3, "cancelled"), meeting(4), meeting(5, "scheduled")];
  const next = m[4] as SeriesMeeting;

  it("brings back the open actions of earlier meetings with how often they were carried over", () => {
    const old = anAction({ source: { meetingId: m[0]?.id as MeetingId }, dueOn: date("2026-02-01") });
    const recent = anAction({
      source: { meetingId: m[3]?.id as MeetingId },
      dueOn: date("2026-07-01"),
      status: "in_progress",
    });
    const done = anAction({ source: { meetingId: m[0]?.id as MeetingId }, status: "done" });
    const fromOtherSeries = anAction({ source: { meetingId: "mtg_other" as MeetingId } });
    const fromThisMeeting = anAction({ source: { meetingId: next.id } });
    const result = mattersArising(next, m, [recent, done, old, fromOtherSeries, fromThisMeeting], today);
    // Meetings 2, 4 and 5 were held or are next; the cancelled 3rd does not count.
    expect(result.map((r) => [r.action.id, r.carriedOver, r.overdue])).toEqual([
      [old.id, 3, true],
      [recent.id, 1, false],
    ]);
  });

  it("works for a meeting not yet in the list of series meetings", () => {
    const fresh = { ...meeting(6, "draft"), start: instant("2026-06-30T02:30:00Z") };
    const a = anAction({ source: { meetingId: m[3]?.id as MeetingId } });
    expect(mattersArising(fresh, m, [a], today).map((r) => r.carriedOver)).toEqual([2]);
  });

  it("brings back nothing to the first meeting of a series", () => {
    expect(
      mattersArising(
        m[0] as SeriesMeeting,
        m,
        [anAction({ source: { meetingId: m[0]?.id as MeetingId } })],
        today,
      ),
    ).toEqual([]);
  });
});
