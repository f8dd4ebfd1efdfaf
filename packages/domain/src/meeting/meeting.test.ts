import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validate } from "../shared/validation.ts";
import { aMeeting, instant } from "../testing/mothers.ts";
import { scheduleMeetingInputSchema } from "./meeting.schemas.ts";
import {
  applyMeetingEvent,
  checkOpenFor,
  checkTimes,
  MEETING_LIFECYCLE,
  type Meeting,
  type MeetingEvent,
  type MeetingEventType,
  type MeetingFacts,
  meetingEvents,
} from "./meeting.ts";

const after = (_m: Meeting): MeetingFacts => ({
  now: instant("2026-12-10T06:00:00Z"),
  attendanceCount: 20,
  minutedItemCount: 5,
});
const before: MeetingFacts = {
  now: instant("2026-12-01T00:00:00Z"),
  attendanceCount: 0,
  minutedItemCount: 0,
};

function run(meeting: Meeting, facts: MeetingFacts, ...events: MeetingEvent[]) {
  let current = meeting;
  for (const event of events) {
    const r = applyMeetingEvent(current, event, facts);
    if (!r.ok) return r;
    current = r.value;
  }
  return { ok: true as const, value: current };
}

describe("meeting lifecycle", () => {
  it("goes from draft to approved minutes", () => {
    const m = aMeeting({ status: "draft" });
    const r = run(
      m,
      after(m),
      { type: "schedule" },
      { type: "hold" },
      { type: "draft_minutes" },
      { type: "circulate" },
      { type: "approve" },
    );
    expect(r.ok && r.value.status).toBe("minutes_approved");
  });

  it("cannot be held before it starts", () => {
    expect(applyMeetingEvent(aMeeting(), { type: "hold" }, before)).toEqual({
      ok: false,
      error: { code: "MEETING.NOT_STARTED", params: {} },
    });
  });

  it("cannot circulate minutes without attendance or minutes", () => {
    const m = aMeeting({ status: "minutes_draft" });
    expect(applyMeetingEvent(m, { type: "circulate" }, { ...after(m), attendanceCount: 0 })).toMatchObject({
      error: { code: "MEETING.NO_ATTENDANCE" },
    });
    expect(applyMeetingEvent(m, { type: "circulate" }, { ...after(m), minutedItemCount: 0 })).toMatchObject({
      error: { code: "MEETING.NO_MINUTES" },
    });
  });

  it("postpones and reschedules to a new time, not into the past", () => {
    const m = aMeeting();
    const postponed = applyMeetingEvent(m, { type: "postpone" }, before);
    expect(postponed.ok && postponed.value.status).toBe("postponed");
    if (!postponed.ok) return;
    const event = {
      type: "reschedule" as const,
      start: instant("2026-12-17T02:30:00Z"),
      end: instant("2026-12-17T05:30:00Z"),
    };
    const moved = applyMeetingEvent(postponed.value, event, before);
    expect(moved.ok && [moved.value.status, moved.value.start, moved.value.end]).toEqual([
      "scheduled",
      event.start,
      event.end,
    ]);
    expect(
      applyMeetingEvent(postponed.value, event, { ...before, now: instant("2026-12-18T00:00:00Z") }),
    ).toMatchObject({
      error: { code: "MEETING.IN_PAST" },
    });
    expect(applyMeetingEvent(postponed.value, { ...event, end: event.start }, before)).toMatchObject({
      error: { code: "MEETING.END_BEFORE_START", params: { minimum: 15 } },
    });
  });

  it("refuses what the table does not allow, with the state and event", () => {
    expect(applyMeetingEvent(aMeeting({ status: "cancelled" }), { type: "schedule" }, before)).toEqual({
      ok: false,
      error: { code: "MEETING.TRANSITION_FORBIDDEN", params: { from: "cancelled", event: "schedule" } },
    });
  });

  it("offers only the buttons whose guards pass", () => {
    const m = aMeeting();
    expect(meetingEvents(m, before)).toEqual(["reschedule", "postpone", "cancel"]);
    expect(meetingEvents(m, after(m))).toEqual(["reschedule", "postpone", "cancel", "hold"]);
    expect(meetingEvents(aMeeting({ status: "minutes_draft" }), before)).toEqual([]);
    expect(meetingEvents(aMeeting({ status: "minutes_circulated" }), before)).toEqual([
      "reopen_minutes",
      "approve",
    ]);
  });

  it("follows the table for any sequence of events (property)", () => {
    const types = Object.keys(MEETING_LIFECYCLE) as MeetingEventType[];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...types), { maxLength: 25 }), fc.boolean(), (events, started) => {
        let m = aMeeting({ status: "draft" });
        const facts = started ? after(m) : before;
        for (const type of events) {
          const event: MeetingEvent =
            type === "reschedule"
              ? { type, start: instant("2027-01-14T02:30:00Z"), end: instant("2027-01-14T05:30:00Z") }
              : ({ type } as MeetingEvent);
          const r = applyMeetingEvent(m, event, facts);
          const allowed = meetingEvents(m, facts).includes(type);
          expect(r.ok).toBe(allowed);
          if (r.ok) m = r.value;
        }
        if (m.status === "minutes_approved" || m.status === "cancelled")
          expect(meetingEvents(m, facts)).toEqual([]);
      }),
    );
  });
});

describe("what can still change", () => {
  const now = instant("2026-12-10T03:00:00Z");
  it("freezes the record once minutes are circulated", () => {
    expect(checkOpenFor(aMeeting({ status: "minutes_circulated" }), "minutes", now)).toEqual({
      ok: false,
      error: { code: "MEETING.LOCKED", params: { status: "minutes_circulated", activity: "minutes" } },
    });
    expect(checkOpenFor(aMeeting({ status: "minutes_draft" }), "decisions", now).ok).toBe(true);
  });
  it("takes attendance on a scheduled meeting only from its start", () => {
    expect(checkOpenFor(aMeeting(), "attendance", instant("2026-12-10T02:00:00Z"))).toMatchObject({
      error: { code: "MEETING.NOT_STARTED" },
    });
    expect(checkOpenFor(aMeeting(), "attendance", now).ok).toBe(true);
    expect(checkOpenFor(aMeeting(), "rsvp", now).ok).toBe(true);
  });
  it("limits a meeting to three days", () => {
    expect(checkTimes(instant("2026-12-10T00:00:00Z"), instant("2026-12-14T00:00:00Z"))).toMatchObject({
      error: { code: "MEETING.TOO_LONG" },
    });
  });
});

describe("scheduling input", () => {
  it("accepts a cross-border meeting entered in Bangkok time", () => {
    const r = validate(scheduleMeetingInputSchema, {
      seriesId: "ser_bcatip_tak",
      start: "2026-12-10T10:00",
      zone: "Asia/Bangkok",
      durationMinutes: 180,
      mode: "hybrid",
      onlineUrl: "https://meet.example.org/bcatip",
      interpretation: ["my"],
    });
    expect(r.ok).toBe(true);
  });
  it("refuses plain-http links, unknown zones and impossible times", () => {
    const r = validate(scheduleMeetingInputSchema, {
      seriesId: "ser_1",
      start: "2026-12-10T25:00",
      zone: "Asia/Mae_Sot",
      durationMinutes: 5,
      mode: "in_person",
      onlineUrl: "http://example.org",
    });
    expect(r.ok || r.error.issues.map((i) => [i.path, i.key])).toEqual([
      ["start", "validation.invalid_date_time"],
      ["zone", "validation.invalid_zone"],
      ["durationMinutes", "validation.too_small"],
      ["onlineUrl", "validation.invalid_url"],
    ]);
  });
});
