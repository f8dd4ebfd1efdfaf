import { describe, expect, it } from "vitest";
import { unwrap } from "./result.ts";
import {
  addDays,
  BANGKOK,
  dateOf,
  daysBetween,
  instantFromEpochMs,
  instantOf,
  localOf,
  offsetOf,
  parseInstant,
  parseLocalDateTime,
  parsePlainDate,
  parseTimeZone,
  YANGON,
} from "./time.ts";

describe("the test process", () => {
  it("runs in the zone of its project", () => {
    const expected = process.env.TZ === "Asia/Yangon" ? -390 : 0;
    expect(new Date("2026-01-01T00:00:00Z").getTimezoneOffset()).toBe(expected);
  });
});

describe("time values", () => {
  it("parses valid instants and keeps them to the second, so that they sort as text", () => {
    expect(unwrap(parseInstant("2026-11-21T03:00:00.000Z"))).toBe("2026-11-21T03:00:00Z");
    expect(unwrap(parseInstant("2026-11-21T03:00:00.999Z"))).toBe("2026-11-21T03:00:00Z");
    expect(instantFromEpochMs(Date.UTC(2026, 10, 21, 3, 0, 0, 500))).toBe("2026-11-21T03:00:00Z");
  });
  it("accepts an offset and stores the instant in UTC", () => {
    expect(unwrap(parseInstant("2026-12-10T10:00:00+07:00"))).toBe("2026-12-10T03:00:00Z");
    expect(unwrap(parseInstant("2026-12-10T09:30:00+06:30"))).toBe("2026-12-10T03:00:00Z");
  });
  it.each([
    "2026-02-30T00:00:00Z",
    "2026-11-21T24:00:00Z",
    "2026-11-21 03:00:00Z",
    "2026-11-21T03:00:00",
    "2026-11-21T03:00:00+7",
    "",
  ])("refuses the instant %j", (value) => {
    expect(parseInstant(value)).toEqual({
      ok: false,
      error: { code: "TIME.INVALID_INSTANT", params: { value } },
    });
  });
  it("refuses impossible dates and accepts leap days", () => {
    expect(parsePlainDate("2024-02-29").ok).toBe(true);
    expect(parsePlainDate("2025-02-29").ok).toBe(false);
    expect(parsePlainDate("2025-2-1").ok).toBe(false);
    expect(parseLocalDateTime("2025-02-01T25:00").ok).toBe(false);
    expect(parseLocalDateTime("2025-02-01T09:30").ok).toBe(true);
  });
  it("accepts canonical IANA zones only", () => {
    expect(parseTimeZone("Asia/Bangkok").ok).toBe(true);
    expect(parseTimeZone("UTC").ok).toBe(true);
    expect(parseTimeZone("America/Argentina/Buenos_Aires").ok).toBe(true);
    for (const bad of ["asia/bangkok", "+07:00", "Mars/Olympus", "", "Asia/Bangkok "]) {
      expect(parseTimeZone(bad).ok).toBe(false);
    }
  });
});

describe("converting between zones", () => {
  it("10:00 in Mae Sot is 09:30 in Myawaddy", () => {
    const instant = instantOf(unwrap(parseLocalDateTime("2026-12-10T10:00")), BANGKOK);
    expect(instant).toBe("2026-12-10T03:00:00Z");
    expect(localOf(instant, YANGON)).toBe("2026-12-10T09:30");
    expect(offsetOf(instant, BANGKOK)).toBe("+07:00");
    expect(offsetOf(instant, YANGON)).toBe("+06:30");
  });
  it("the calendar date depends on the zone", () => {
    const instant = unwrap(parseInstant("2026-12-09T17:15:00Z"));
    expect(dateOf(instant, BANGKOK)).toBe("2026-12-10");
    expect(dateOf(instant, YANGON)).toBe("2026-12-09");
  });
  it("a wall time skipped by a DST jump moves forward", () => {
    const local = unwrap(parseLocalDateTime("2026-03-08T02:30"));
    expect(instantOf(local, unwrap(parseTimeZone("America/New_York")))).toBe("2026-03-08T07:30:00Z");
  });
  it("counts days across month and year ends", () => {
    const d = unwrap(parsePlainDate("2026-12-30"));
    expect(addDays(d, 3)).toBe("2027-01-02");
    expect(daysBetween(d, addDays(d, -40))).toBe(-40);
  });
});
