import { describe, expect, it } from "vitest";
import type { LocalDateTime, OrganizationId, TimeZone } from "../shared/index.ts";
import { aSeries, instant } from "../testing/mothers.ts";
import type { Cadence } from "./recurrence.ts";
import {
  addMember,
  displayZones,
  freeOccurrences,
  isCrossBorder,
  removeMember,
  requireCadence,
} from "./series.ts";

const cadence: Cadence = {
  rrule: "FREQ=MONTHLY;BYDAY=2TH",
  zone: "Asia/Bangkok" as TimeZone,
  firstStart: "2026-01-08T09:30" as LocalDateTime,
  durationMinutes: 180,
};

describe("series", () => {
  it("adds and removes members, but never the secretariat", () => {
    const series = aSeries();
    const org = "org_new" as OrganizationId;
    const added = addMember(series, org);
    expect(added.ok && added.value.memberIds).toContain(org);
    expect(addMember(added.ok ? added.value : series, org)).toMatchObject({
      error: { code: "SERIES.ALREADY_MEMBER" },
    });
    expect(removeMember(series, org)).toMatchObject({ error: { code: "SERIES.NOT_MEMBER" } });
    expect(removeMember(series, series.secretariatId)).toMatchObject({
      error: { code: "SERIES.SECRETARIAT_NOT_MEMBER" },
    });
  });

  it("shows both zones for a cross-border series", () => {
    const bcatip = aSeries({ countries: ["TH", "MM"] });
    expect(isCrossBorder(bcatip)).toBe(true);
    expect(displayZones(bcatip, "Asia/Bangkok" as TimeZone)).toEqual(["Asia/Bangkok", "Asia/Yangon"]);
    expect(displayZones(aSeries(), "Asia/Bangkok" as TimeZone)).toEqual(["Asia/Bangkok"]);
  });

  it("needs a cadence to schedule the next meetings", () => {
    expect(requireCadence(aSeries())).toEqual({
      ok: false,
      error: { code: "SERIES.NO_CADENCE", params: {} },
    });
    expect(requireCadence(aSeries({ cadence }))).toEqual({ ok: true, value: cadence });
  });

  it("finds the next occurrences no meeting realises yet, and says when none is left", () => {
    const taken = new Set(["2026-02-12T09:30" as LocalDateTime]);
    const free = freeOccurrences(cadence, instant("2026-01-01T00:00:00Z"), 2, taken, []);
    expect(free.ok && free.value.map((o) => o.original)).toEqual(["2026-01-08T09:30", "2026-03-12T09:30"]);
    const ended = { ...cadence, rrule: "FREQ=MONTHLY;BYDAY=2TH;COUNT=1" };
    expect(
      freeOccurrences(
        ended,
        instant("2026-01-01T00:00:00Z"),
        2,
        new Set(["2026-01-08T09:30" as LocalDateTime]),
        [],
      ),
    ).toEqual({
      ok: false,
      error: { code: "SERIES.NO_FREE_OCCURRENCE", params: {} },
    });
  });
});
