import { describe, expect, it } from "vitest";
import type { MeetingId, OrganizationId } from "../shared/ids.ts";
import { validate } from "../shared/validation.ts";
import { aSeries, instant } from "../testing/mothers.ts";
import { attendanceInputSchema } from "./meeting.schemas.ts";
import {
  type Attendance,
  type AttendanceStatus,
  attendanceRates,
  checkAttendance,
  invite,
  quorum,
  respond,
} from "./participation.ts";

const mtg = "mtg_1" as MeetingId;
const orgs = Array.from({ length: 23 }, (_, i) => `org_${String(i + 1).padStart(2, "0")}` as OrganizationId);
const row = (
  organizationId: OrganizationId,
  status: AttendanceStatus,
  delegates: string[] = [],
): Attendance => ({
  meetingId: mtg,
  organizationId,
  status,
  delegates,
});

describe("invitations", () => {
  it("invites each organization once", () => {
    const first = invite(mtg, [], [...orgs.slice(0, 3), orgs[0] as OrganizationId]);
    expect(first.map((i) => i.organizationId)).toEqual(orgs.slice(0, 3));
    expect(invite(mtg, first, orgs.slice(0, 5)).map((i) => i.organizationId)).toEqual(orgs.slice(3, 5));
  });
  it("records an RSVP only from an invited organization", () => {
    const invitations = invite(mtg, [], orgs.slice(0, 2));
    const at = instant("2026-12-01T03:00:00Z");
    expect(respond(invitations, orgs[1] as OrganizationId, "accepted", at)).toEqual({
      ok: true,
      value: { meetingId: mtg, organizationId: orgs[1], rsvp: "accepted", respondedAt: at },
    });
    expect(respond(invitations, orgs[5] as OrganizationId, "declined", at)).toMatchObject({
      error: { code: "INVITATION.NOT_INVITED" },
    });
  });
});

describe("attendance and quorum", () => {
  const series = aSeries({ memberIds: orgs, quorum: 0.5 });
  it("counts present and remote members only", () => {
    const rows = [
      ...orgs.slice(0, 10).map((o) => row(o, "present")),
      row(orgs[10] as OrganizationId, "remote"),
      row(orgs[11] as OrganizationId, "excused"),
      row("org_guest" as OrganizationId, "present"),
    ];
    expect(quorum(series, rows)).toEqual({ members: 23, present: 11, required: 12, met: false });
    expect(quorum(series, [...rows, row(orgs[12] as OrganizationId, "remote")]).met).toBe(true);
    expect(quorum({ memberIds: orgs }, []).met).toBe(true);
  });
  it("refuses two rows for one organization and tidies delegate names", () => {
    expect(
      checkAttendance([row(orgs[0] as OrganizationId, "present"), row(orgs[0] as OrganizationId, "absent")]),
    ).toMatchObject({
      error: { code: "ATTENDANCE.DUPLICATE" },
    });
    const ok = checkAttendance([row(orgs[0] as OrganizationId, "present", [" Naw Htoo ", "", "Ko Min"])]);
    expect(ok.ok && ok.value[0]?.delegates).toEqual(["Naw Htoo", "Ko Min"]);
  });
  it("computes attendance rates per organization over the meetings it was invited to", () => {
    const a = orgs[0] as OrganizationId;
    const b = orgs[1] as OrganizationId;
    const meetings = [
      { invitations: invite(mtg, [], [a, b]), attendance: [row(a, "present"), row(b, "absent")] },
      { invitations: invite(mtg, [], [a, b]), attendance: [row(a, "remote")] },
      { invitations: invite(mtg, [], [a]), attendance: [row(a, "excused")] },
    ];
    expect(attendanceRates(meetings)).toEqual([
      { organizationId: a, invited: 3, attended: 2, rate: 2 / 3 },
      { organizationId: b, invited: 2, attended: 0, rate: 0 },
    ]);
  });
  it("validates the attendance checklist", () => {
    const r = validate(attendanceInputSchema, {
      meetingId: "mtg_1",
      rows: [
        { organizationId: "org_1", status: "present", delegates: ["Naw Htoo"] },
        { organizationId: "org_1", status: "late" },
      ],
    });
    expect(r.ok || r.error.issues.map((i) => [i.path, i.key])).toEqual([
      ["rows.1.status", "validation.invalid_choice"],
    ]);
  });
});
