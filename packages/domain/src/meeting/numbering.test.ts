import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unwrap } from "../shared/result.ts";
import { addMinutes, BANGKOK, type Instant, parseInstant, parseTimeZone, YANGON } from "../shared/time.ts";
import {
  formatMeetingNumber,
  type MeetingNumber,
  meetingNumberFor,
  NUMBERING_SCHEMES,
  type NumberedMeeting,
  type NumberingScheme,
  numberingYear,
  parseMeetingNumber,
  renumber,
} from "./numbering.ts";

const instant = (s: string): Instant => unwrap(parseInstant(s));
const held = (start: string, ordinal: number, year?: number): NumberedMeeting => ({
  start: instant(start),
  number: year === undefined ? { ordinal } : { ordinal, year },
});

describe("the real examples", () => {
  it("BCATIP Tak–Myawaddy 1/2561 on 17 September 2018", () => {
    const n = meetingNumberFor("thai_year", [], instant("2018-09-17T02:00:00Z"), BANGKOK);
    expect(n).toEqual({ ordinal: 1, year: 2561 });
    expect(formatMeetingNumber(n, "thai_year", "en")).toBe("1/2561");
    expect(formatMeetingNumber(n, "thai_year", "th")).toBe("1/2561");
    expect(formatMeetingNumber(n, "thai_year", "my")).toBe("1/2561");
    expect(formatMeetingNumber(n, "thai_year", "th", { nativeDigits: true })).toBe("๑/๒๕๖๑");
    expect(formatMeetingNumber(n, "thai_year", "my", { nativeDigits: true })).toBe("၁/၂၅၆၁");
    expect(formatMeetingNumber(n, "thai_year", "en", { nativeDigits: true })).toBe("1/2561");
  });
  it("Tak sub-committee: ครั้งที่ 1 ประจำปีงบประมาณ 2564, held 8 December 2020", () => {
    const n = meetingNumberFor("fiscal_year", [], instant("2020-12-08T06:30:00Z"), BANGKOK);
    expect(n).toEqual({ ordinal: 1, year: 2564 });
    expect(formatMeetingNumber(n, "fiscal_year", "th", { style: "long" })).toBe("ครั้งที่ 1 ประจำปีงบประมาณ 2564");
    expect(formatMeetingNumber(n, "fiscal_year", "th")).toBe("ครั้งที่ 1/2564");
    expect(formatMeetingNumber(n, "fiscal_year", "th", { nativeDigits: true })).toBe("ครั้งที่ ๑/๒๕๖๔");
    expect(formatMeetingNumber(n, "fiscal_year", "en")).toBe("1/FY2564");
    expect(formatMeetingNumber(n, "fiscal_year", "en", { style: "long" })).toBe("1st meeting of FY2564");
    expect(formatMeetingNumber(n, "fiscal_year", "my")).toBe("၁/FY၂၅၆၄");
    expect(formatMeetingNumber(n, "fiscal_year", "my", { nativeDigits: false })).toBe("1/FY2564");
    expect(formatMeetingNumber(n, "fiscal_year", "my", { style: "long" })).toBe("ဘဏ္ဍာနှစ် ၂၅၆၄ (၁) ကြိမ်မြောက်");
  });
  it("the CMM after the 30th (14 August 2024, Bangkok) is the 31st", () => {
    const cmm30 = held("2024-08-14T02:00:00Z", 30);
    const n = meetingNumberFor("sequential", [cmm30], instant("2025-02-20T02:30:00Z"), YANGON);
    expect(n).toEqual({ ordinal: 31 });
    expect(formatMeetingNumber(n, "sequential", "en")).toBe("31st");
    expect(formatMeetingNumber({ ordinal: 30 }, "sequential", "en")).toBe("30th");
    expect(formatMeetingNumber({ ordinal: 30 }, "sequential", "th")).toBe("ครั้งที่ 30");
    expect(formatMeetingNumber({ ordinal: 30 }, "sequential", "th", { nativeDigits: true })).toBe("ครั้งที่ ๓๐");
    expect(formatMeetingNumber({ ordinal: 30 }, "sequential", "my")).toBe("(၃၀) ကြိမ်မြောက်");
    expect(formatMeetingNumber({ ordinal: 30 }, "sequential", "my", { nativeDigits: false })).toBe(
      "(30) ကြိမ်မြောက်",
    );
  });
  it("a sequential series with no register starts at 1", () => {
    expect(meetingNumberFor("sequential", [], instant("2026-01-01T00:00:00Z"), BANGKOK)).toEqual({
      ordinal: 1,
    });
  });
});

describe("yearly numbering", () => {
  const bcatip = [held("2018-09-17T02:00:00Z", 1, 2561), held("2019-03-20T02:00:00Z", 1, 2562)];
  it("restarts each B.E. calendar year and counts within it", () => {
    expect(meetingNumberFor("thai_year", bcatip, instant("2019-09-18T02:00:00Z"), BANGKOK)).toEqual({
      ordinal: 2,
      year: 2562,
    });
    expect(meetingNumberFor("thai_year", bcatip, instant("2020-03-18T02:00:00Z"), BANGKOK)).toEqual({
      ordinal: 1,
      year: 2563,
    });
  });
  it("takes the year from the meeting's zone: 17:30Z on 31 December is already 1 January in both capitals", () => {
    const eve = instant("2025-12-31T17:30:00Z");
    expect(numberingYear("thai_year", eve, BANGKOK)).toBe(2569);
    expect(numberingYear("thai_year", eve, YANGON)).toBe(2569);
    // 17:29Z is 00:29 in Bangkok but still 23:59 in Yangon.
    const justBefore = instant("2025-12-31T17:29:00Z");
    expect(numberingYear("thai_year", justBefore, BANGKOK)).toBe(2569);
    expect(numberingYear("thai_year", justBefore, YANGON)).toBe(2568);
    expect(numberingYear("thai_year", eve, unwrap(parseTimeZone("UTC")))).toBe(2568);
    expect(
      meetingNumberFor("thai_year", [held("2025-03-01T02:00:00Z", 4, 2568)], justBefore, YANGON),
    ).toEqual({
      ordinal: 5,
      year: 2568,
    });
    expect(
      meetingNumberFor("thai_year", [held("2025-03-01T02:00:00Z", 4, 2568)], justBefore, BANGKOK),
    ).toEqual({
      ordinal: 1,
      year: 2569,
    });
  });
  it("restarts the fiscal year on 1 October in the meeting's zone", () => {
    const fy2568 = [held("2024-12-10T03:00:00Z", 1, 2568), held("2025-06-10T03:00:00Z", 2, 2568)];
    // 30 September 23:30 in Bangkok is still FY2568.
    expect(meetingNumberFor("fiscal_year", fy2568, instant("2025-09-30T16:30:00Z"), BANGKOK)).toEqual({
      ordinal: 3,
      year: 2568,
    });
    // 1 October 00:30 in Bangkok (17:30Z on 30 September) opens FY2569; in Yangon it is 00:00, also FY2569.
    expect(meetingNumberFor("fiscal_year", fy2568, instant("2025-09-30T17:30:00Z"), BANGKOK)).toEqual({
      ordinal: 1,
      year: 2569,
    });
    expect(numberingYear("fiscal_year", instant("2025-09-30T17:30:00Z"), YANGON)).toBe(2569);
    expect(numberingYear("fiscal_year", instant("2025-09-30T17:29:00Z"), YANGON)).toBe(2568);
    expect(numberingYear("sequential", instant("2025-09-30T17:29:00Z"), YANGON)).toBeUndefined();
  });
  it("counts previous numbers without a year in the year their start falls in", () => {
    const imported = [held("2024-12-10T03:00:00Z", 1), held("2025-06-10T03:00:00Z", 2)];
    expect(meetingNumberFor("fiscal_year", imported, instant("2025-08-01T03:00:00Z"), BANGKOK)).toEqual({
      ordinal: 3,
      year: 2568,
    });
    expect(meetingNumberFor("fiscal_year", imported, instant("2025-10-01T03:00:00Z"), BANGKOK)).toEqual({
      ordinal: 1,
      year: 2569,
    });
  });
  it("trusts a stored year over the start, e.g. a 2561 meeting postponed into January", () => {
    const postponed = held("2019-01-15T02:00:00Z", 3, 2561);
    expect(meetingNumberFor("thai_year", [postponed], instant("2019-03-01T02:00:00Z"), BANGKOK)).toEqual({
      ordinal: 1,
      year: 2562,
    });
  });
  it("formats a year-less number under a yearly scheme as a plain ordinal", () => {
    expect(formatMeetingNumber({ ordinal: 2 }, "thai_year", "en")).toBe("2nd");
  });
});

describe("renumber", () => {
  it("numbers meetings by start, keeping the input order", () => {
    const starts = [
      "2025-11-10T03:00:00Z",
      "2024-10-01T03:00:00Z",
      "2025-09-30T03:00:00Z",
      "2025-01-05T03:00:00Z",
    ].map(instant);
    expect(renumber("fiscal_year", starts, BANGKOK)).toEqual([
      { ordinal: 1, year: 2569 },
      { ordinal: 1, year: 2568 },
      { ordinal: 3, year: 2568 },
      { ordinal: 2, year: 2568 },
    ]);
    expect(renumber("thai_year", starts, BANGKOK)).toEqual([
      { ordinal: 3, year: 2568 },
      { ordinal: 1, year: 2567 },
      { ordinal: 2, year: 2568 },
      { ordinal: 1, year: 2568 },
    ]);
    expect(renumber("sequential", starts, BANGKOK, 28)).toEqual([
      { ordinal: 31 },
      { ordinal: 28 },
      { ordinal: 30 },
      { ordinal: 29 },
    ]);
    expect(renumber("sequential", [], BANGKOK)).toEqual([]);
  });
});

describe("parseMeetingNumber", () => {
  it.each([
    ["1/2561", "thai_year", { ordinal: 1, year: 2561 }],
    ["BCATIP ๑/๒๕๖๑", "thai_year", { ordinal: 1, year: 2561 }],
    ["ครั้งที่ 1 ประจำปีงบประมาณ 2564", "fiscal_year", { ordinal: 1, year: 2564 }],
    ["1/FY2564", "fiscal_year", { ordinal: 1, year: 2564 }],
    ["ဘဏ္ဍာနှစ် ၂၅၆၄ (၁) ကြိမ်မြောက်", "fiscal_year", { ordinal: 1, year: 2564 }],
    ["30th", "sequential", { ordinal: 30 }],
    ["(၃၀) ကြိမ်မြောက်", "sequential", { ordinal: 30 }],
    ["ครั้งที่ 30", "sequential", { ordinal: 30 }],
  ] as const)("reads %j", (text, scheme, number) => {
    expect(parseMeetingNumber(text, scheme)).toEqual({ ok: true, value: number });
  });
  it.each([
    ["1/2018", "thai_year"],
    ["2561", "thai_year"],
    ["1/2/2561", "thai_year"],
    ["0/2561", "thai_year"],
    ["", "sequential"],
    ["0", "sequential"],
    ["1/2561", "sequential"],
  ] as const)("refuses %j as %s", (text, scheme) => {
    expect(parseMeetingNumber(text, scheme)).toEqual({
      ok: false,
      error: { code: "MEETING_NUMBER.INVALID", params: { text, scheme } },
    });
  });
});

describe("properties", () => {
  const schemes = fc.constantFrom(...NUMBERING_SCHEMES);
  const starts = fc
    .array(fc.integer({ min: 0, max: 6 * 365 * 24 * 60 }), { maxLength: 30 })
    .map((minutes) => minutes.map((m) => addMinutes(instant("2020-01-01T00:00:00Z"), m)));
  const zones = fc.constantFrom(BANGKOK, YANGON);

  it("numbering meetings one by one in order gives what renumber gives", () => {
    fc.assert(
      fc.property(schemes, starts, zones, (scheme, unsorted, zone) => {
        const sorted = [...unsorted].sort();
        const previous: NumberedMeeting[] = [];
        for (const start of sorted)
          previous.push({ start, number: meetingNumberFor(scheme, previous, start, zone) });
        expect(previous.map((p) => p.number)).toEqual(renumber(scheme, sorted, zone));
      }),
    );
  });
  it("numbers within a group are 1..n with no gap or repeat, and years match the start", () => {
    fc.assert(
      fc.property(schemes, starts, zones, (scheme, list, zone) => {
        const numbers = renumber(scheme, list, zone);
        const groups = new Map<number | undefined, number[]>();
        numbers.forEach((n, i) => {
          expect(n.year).toBe(numberingYear(scheme, list[i] as Instant, zone));
          groups.set(n.year, [...(groups.get(n.year) ?? []), n.ordinal]);
        });
        for (const ordinals of groups.values()) {
          expect([...ordinals].sort((a, b) => a - b)).toEqual(ordinals.map((_, i) => i + 1));
        }
      }),
    );
  });
  it("every formatted number parses back", () => {
    const numbers = fc.record({
      ordinal: fc.integer({ min: 1, max: 999 }),
      year: fc.integer({ min: 2400, max: 2999 }),
    });
    fc.assert(
      fc.property(
        schemes,
        numbers,
        fc.constantFrom("en", "th", "my" as const),
        fc.boolean(),
        fc.constantFrom("short", "long" as const),
        (scheme: NumberingScheme, n, lang, nativeDigits, style) => {
          const number: MeetingNumber = scheme === "sequential" ? { ordinal: n.ordinal } : n;
          const text = formatMeetingNumber(number, scheme, lang, { nativeDigits, style });
          expect(parseMeetingNumber(text, scheme)).toEqual({ ok: true, value: number });
        },
      ),
    );
  });
});
