import fc from "fast-check";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import {
  englishOrdinal,
  fiscalYearRange,
  formatDate,
  formatDateTime,
  formatDualZone,
  formatDualZoneText,
  formatOffset,
  formatTime,
  fromBuddhistYear,
  monthName,
  thaiFiscalYear,
  toBuddhistYear,
  toLatinDigits,
  toMyanmarDigits,
  toThaiDigits,
  zoneLabel,
} from "./format.ts";
import { unwrap } from "./result.ts";
import {
  addDays,
  BANGKOK,
  type Instant,
  type PlainDate,
  parseInstant,
  parsePlainDate,
  parseTimeZone,
  YANGON,
} from "./time.ts";

const date = (s: string): PlainDate => unwrap(parsePlainDate(s));
const instant = (s: string): Instant => unwrap(parseInstant(s));
const NEW_YORK = unwrap(parseTimeZone("America/New_York"));

/** Any date a PlainDate can hold, as a string. */
const plainDates = fc
  .date({ min: new Date("0100-01-01T00:00:00Z"), max: new Date("9998-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10) as PlainDate);

describe("Buddhist Era years", () => {
  it("adds 543: B.E. 2562 is 2019 and the 2009 MOU was signed in 2552", () => {
    expect(toBuddhistYear(2019)).toBe(2562);
    expect(toBuddhistYear(2009)).toBe(2552);
    expect(fromBuddhistYear(2561)).toBe(2018);
  });
  it("round-trips every year", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000, max: 10_000 }),
        (y) => fromBuddhistYear(toBuddhistYear(y)) === y,
      ),
    );
  });
});

describe("digits", () => {
  it("converts only the digits 0-9", () => {
    expect(toThaiDigits("24/4/2552 10:05")).toBe("๒๔/๔/๒๕๕๒ ๑๐:๐๕");
    expect(toMyanmarDigits("(30) 1/2561")).toBe("(၃၀) ၁/၂၅၆၁");
    expect(toThaiDigits("เมษายน พ.ศ.")).toBe("เมษายน พ.ศ.");
    expect(toLatinDigits("๒๕๖๘ ၂၀၂၅ 7")).toBe("2568 2025 7");
  });
  it("round-trips any text, and converted text has no Latin digit left", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const latin = toLatinDigits(s);
        expect(toLatinDigits(toThaiDigits(latin))).toBe(latin);
        expect(toLatinDigits(toMyanmarDigits(latin))).toBe(latin);
        expect(toThaiDigits(s)).not.toMatch(/[0-9]/);
        expect(toMyanmarDigits(s)).not.toMatch(/[0-9]/);
        expect([...toThaiDigits(s)]).toHaveLength([...s].length);
      }),
    );
  });
});

describe("Thai fiscal year", () => {
  it("runs October to September and is named after the later year", () => {
    expect(thaiFiscalYear(date("2024-10-01"))).toBe(2568);
    expect(thaiFiscalYear(date("2025-09-30"))).toBe(2568);
    expect(thaiFiscalYear(date("2024-09-30"))).toBe(2567);
    expect(thaiFiscalYear(date("2025-10-01"))).toBe(2569);
    // Tak sub-committee meeting 1 of FY2564, held 8 December 2020.
    expect(thaiFiscalYear(date("2020-12-08"))).toBe(2564);
  });
  it("gives the first and last day of a fiscal year", () => {
    expect(fiscalYearRange(2568)).toEqual({ start: "2024-10-01", end: "2025-09-30" });
    expect(fiscalYearRange(2564)).toEqual({ start: "2020-10-01", end: "2021-09-30" });
    expect(() => fiscalYearRange(2568.5)).toThrow(RangeError);
    expect(() => fiscalYearRange(544)).toThrow(RangeError);
    expect(() => fiscalYearRange(10_543)).toThrow(RangeError);
  });
  it("is one of two values over a calendar year and changes exactly on 1 October", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9000 }), (year) => {
        let day = date(`${year}-01-01`);
        const seen = new Set<number>();
        for (; day.startsWith(String(year)); day = addDays(day, 1)) {
          const fy = thaiFiscalYear(day);
          seen.add(fy);
          expect(fy).toBe(day >= `${year}-10-01` ? year + 544 : year + 543);
        }
        expect([...seen]).toEqual([year + 543, year + 544]);
      }),
      { numRuns: 20 },
    );
  });
  it("every date lies in the range of its fiscal year", () => {
    fc.assert(
      fc.property(plainDates, (d) => {
        const { start, end } = fiscalYearRange(thaiFiscalYear(d));
        expect(start <= d && d <= end).toBe(true);
        expect(thaiFiscalYear(start)).toBe(thaiFiscalYear(end));
        expect(thaiFiscalYear(addDays(start, -1))).toBe(thaiFiscalYear(d) - 1);
      }),
    );
  });
});

describe("formatDate", () => {
  const mou = date("2009-04-24");
  it("writes Thai dates in the Buddhist Era, formal and full", () => {
    expect(formatDate(mou, "th")).toBe("24/4/2552");
    expect(formatDate(mou, "th", { style: "long" })).toBe("24 เมษายน พ.ศ. 2552");
    expect(formatDate(mou, "th", { style: "long", thaiDigits: true })).toBe("๒๔ เมษายน พ.ศ. ๒๕๕๒");
    expect(formatDate(mou, "th", { thaiDigits: true })).toBe("๒๔/๔/๒๕๕๒");
    expect(formatDate(date("2018-09-17"), "th", { style: "long" })).toBe("17 กันยายน พ.ศ. 2561");
    expect(formatDate(date("2020-12-08"), "th", { style: "long" })).toBe("8 ธันวาคม พ.ศ. 2563");
  });
  it("writes Burmese dates with Myanmar digits and Burmese month names", () => {
    expect(formatDate(mou, "my")).toBe("၂၄/၄/၂၀၀၉");
    expect(formatDate(mou, "my", { style: "long" })).toBe("၂၀၀၉ ဧပြီ ၂၄");
    expect(formatDate(date("2024-08-14"), "my", { style: "long" })).toBe("၂၀၂၄ ဩဂုတ် ၁၄");
    // Thai digits are a Thai option only.
    expect(formatDate(mou, "my", { thaiDigits: true })).toBe("၂၄/၄/၂၀၀၉");
  });
  it("writes English dates day first, with three-letter months", () => {
    expect(formatDate(mou, "en")).toBe("24 Apr 2009");
    expect(formatDate(mou, "en", { style: "long" })).toBe("24 April 2009");
    expect(formatDate(date("2024-09-05"), "en")).toBe("5 Sep 2024");
    expect(formatDate(mou, "en", { thaiDigits: true })).toBe("24 Apr 2009");
  });
  it("handles years below 100, which Date.UTC would move to the 1900s", () => {
    expect(formatDate(date("0050-03-01"), "en")).toBe("1 Mar 50");
  });
  it("agrees with ICU's Buddhist and Burmese calendars for dates since the Gregorian reform", () => {
    const icu = (locale: string, options: Intl.DateTimeFormatOptions) => (d: PlainDate) =>
      new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(new Date(`${d}T00:00:00Z`));
    const numeric = { day: "numeric", month: "numeric", year: "numeric" } as const;
    const thLong = icu("th-TH-u-ca-buddhist", {
      day: "numeric",
      month: "long",
      year: "numeric",
      era: "short",
    });
    const myLong = icu("my-MM-u-nu-mymr", { day: "numeric", month: "long", year: "numeric" });
    const enLong = icu("en-GB", { day: "numeric", month: "long", year: "numeric" });
    const modern = plainDates.filter((d) => d >= "1583-01-01");
    fc.assert(
      fc.property(modern, (d) => {
        expect(formatDate(d, "th")).toBe(icu("th-TH-u-ca-buddhist", numeric)(d));
        expect(formatDate(d, "th", { style: "long" })).toBe(thLong(d));
        expect(formatDate(d, "my")).toBe(icu("my-MM-u-nu-mymr", numeric)(d));
        expect(formatDate(d, "my", { style: "long" })).toBe(myLong(d));
        expect(formatDate(d, "en", { style: "long" })).toBe(enLong(d));
      }),
      { numRuns: 100 },
    );
  });
  it("stays on the proleptic Gregorian calendar before 1582, where ICU turns Julian", () => {
    const d = date("1582-10-14");
    expect(formatDate(d, "th")).toBe("14/10/2125");
    expect(
      new Intl.DateTimeFormat("th-TH-u-ca-buddhist", { timeZone: "UTC" }).format(new Date(`${d}T00:00Z`)),
    ).toBe("4/10/2125");
  });
  it("names months in each language", () => {
    // The tables equal what a full ICU (Node's) says, month by month, in each width.
    for (const [lang, locale] of [
      ["en", "en-US"],
      ["th", "th-TH"],
      ["my", "my-MM"],
    ] as const) {
      for (let month = 1; month <= 12; month++) {
        const first = new Date(Date.UTC(2000, month - 1, 1));
        const icu = (width: "long" | "short") =>
          new Intl.DateTimeFormat(locale, { month: width, timeZone: "UTC" }).format(first);
        expect(monthName(month, lang)).toBe(icu("long"));
        expect(formatDate(`2000-${String(month).padStart(2, "0")}-01` as PlainDate, lang)).toContain(
          lang === "en" ? icu("short") : "",
        );
      }
    }
    expect(formatDate("2026-11-22" as PlainDate, "my", { style: "long" })).toBe("၂၀၂၆ နိုဝင်ဘာ ၂၂");
    expect(monthName(9, "en")).toBe("September");
    expect(monthName(9, "th")).toBe("กันยายน");
    expect(monthName(9, "my")).toBe("စက်တင်ဘာ");
    expect(monthName(1, "th")).toBe("มกราคม");
  });
  it("always shows the B.E. year in Thai, and the same day and month in every language", () => {
    fc.assert(
      fc.property(plainDates, (d) => {
        const [y, m, day] = d.split("-").map(Number) as [number, number, number];
        expect(formatDate(d, "th")).toBe(`${day}/${m}/${y + 543}`);
        expect(toLatinDigits(formatDate(d, "my"))).toBe(`${day}/${m}/${y}`);
        expect(formatDate(d, "th", { style: "long" })).toMatch(
          new RegExp(`^${day} \\S+ พ\\.ศ\\. ${y + 543}$`),
        );
        expect(formatDate(d, "en")).toMatch(new RegExp(`^${day} [A-Z][a-z]{2} ${y}$`));
      }),
      { numRuns: 200 },
    );
  });
});

describe("formatTime and formatDateTime", () => {
  const meeting = instant("2026-12-10T03:00:00Z");
  it("shows the 24-hour wall-clock time in the zone, in the digits of the language", () => {
    expect(formatTime(meeting, BANGKOK, "en")).toBe("10:00");
    expect(formatTime(meeting, YANGON, "en")).toBe("09:30");
    expect(formatTime(meeting, BANGKOK, "th")).toBe("10:00");
    expect(formatTime(meeting, BANGKOK, "th", { thaiDigits: true })).toBe("๑๐:๐๐");
    expect(formatTime(meeting, YANGON, "my")).toBe("၀၉:၃၀");
    expect(formatTime(instant("2026-12-10T15:45:00Z"), BANGKOK, "en")).toBe("22:45");
  });
  it("combines date and time", () => {
    expect(formatDateTime(meeting, BANGKOK, "en")).toBe("10 Dec 2026, 10:00");
    expect(formatDateTime(meeting, BANGKOK, "en", { style: "long", withOffset: true })).toBe(
      "10 December 2026, 10:00 (UTC+7)",
    );
    expect(formatDateTime(meeting, BANGKOK, "th")).toBe("10/12/2569 10:00");
    expect(formatDateTime(meeting, BANGKOK, "th", { style: "long" })).toBe(
      "10 ธันวาคม พ.ศ. 2569 เวลา 10:00 น.",
    );
    expect(
      formatDateTime(meeting, BANGKOK, "th", { style: "long", thaiDigits: true, withOffset: true }),
    ).toBe("๑๐ ธันวาคม พ.ศ. ๒๕๖๙ เวลา ๑๐:๐๐ น. (UTC+๗)");
    expect(formatDateTime(meeting, YANGON, "my")).toBe("၁၀/၁၂/၂၀၂၆ ၀၉:၃၀");
    expect(formatDateTime(meeting, YANGON, "my", { withOffset: true })).toBe("၁၀/၁၂/၂၀၂၆ ၀၉:၃၀ (UTC+၆:၃၀)");
  });
  it("takes the date in the zone, not in UTC", () => {
    const late = instant("2026-12-09T17:15:00Z");
    expect(formatDateTime(late, BANGKOK, "en")).toBe("10 Dec 2026, 00:15");
    expect(formatDateTime(late, YANGON, "en")).toBe("9 Dec 2026, 23:45");
  });
  it("follows daylight saving time where a zone has it", () => {
    expect(formatDateTime(instant("2026-07-01T13:30:00Z"), NEW_YORK, "en", { withOffset: true })).toBe(
      "1 Jul 2026, 09:30 (UTC-4)",
    );
    expect(formatDateTime(instant("2026-01-08T14:30:00Z"), NEW_YORK, "en", { withOffset: true })).toBe(
      "8 Jan 2026, 09:30 (UTC-5)",
    );
  });
});

describe("offsets", () => {
  it.each([
    ["+07:00", "UTC+7"],
    ["+06:30", "UTC+6:30"],
    ["-05:00", "UTC-5"],
    ["+05:45", "UTC+5:45"],
    ["+00:00", "UTC"],
    ["+06:24:40", "UTC+6:24:40"],
    ["Z", "Z"],
  ])("%s is shown as %s", (offset, text) => {
    expect(formatOffset(offset)).toBe(text);
  });
});

describe("dual-zone times for cross-border meetings", () => {
  const meeting = instant("2026-12-10T03:00:00Z");
  it("gives each side its wall-clock time, offset and name", () => {
    expect(formatDualZone(meeting, "en")).toEqual([
      { zone: BANGKOK, local: "2026-12-10T10:00", offset: "+07:00", label: "Thailand", time: "10:00" },
      { zone: YANGON, local: "2026-12-10T09:30", offset: "+06:30", label: "Myanmar", time: "09:30" },
    ]);
  });
  it("reads as one line in each language", () => {
    expect(formatDualZoneText(meeting, "en")).toBe("10:00 Thailand (UTC+7) · 09:30 Myanmar (UTC+6:30)");
    expect(formatDualZoneText(meeting, "th")).toBe("10:00 ไทย (UTC+7) · 09:30 เมียนมา (UTC+6:30)");
    expect(formatDualZoneText(meeting, "th", undefined, { thaiDigits: true })).toBe(
      "๑๐:๐๐ ไทย (UTC+๗) · ๐๙:๓๐ เมียนมา (UTC+๖:๓๐)",
    );
    expect(formatDualZoneText(meeting, "my")).toBe("၁၀:၀၀ ထိုင်း (UTC+၇) · ၀၉:၃၀ မြန်မာ (UTC+၆:၃၀)");
  });
  it("shows the dates when the sides are on different days", () => {
    expect(formatDualZoneText(instant("2026-12-09T17:15:00Z"), "en")).toBe(
      "10 Dec 2026 00:15 Thailand (UTC+7) · 9 Dec 2026 23:45 Myanmar (UTC+6:30)",
    );
  });
  it("names other zones by their city, in the order given", () => {
    expect(formatDualZoneText(meeting, "en", [YANGON, NEW_YORK])).toBe(
      "10 Dec 2026 09:30 Myanmar (UTC+6:30) · 9 Dec 2026 22:00 New York (UTC-5)",
    );
    expect(zoneLabel(unwrap(parseTimeZone("UTC")), "th")).toBe("UTC");
    expect(zoneLabel(BANGKOK, "my")).toBe("ထိုင်း");
  });
  it("Yangon is always 30 minutes behind Bangkok", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1980-01-01Z"), max: new Date("2200-01-01Z"), noInvalidDate: true }),
        (d) => {
          const at = instant(`${d.toISOString().slice(0, 19)}Z`);
          const [th, mm] = formatDualZone(at, "en");
          const diff = Temporal.PlainDateTime.from(mm?.local ?? "").until(
            Temporal.PlainDateTime.from(th?.local ?? ""),
          );
          expect(diff.total({ unit: "minutes" })).toBe(30);
        },
      ),
    );
  });
});

describe("English ordinals", () => {
  it.each([
    [1, "1st"],
    [2, "2nd"],
    [3, "3rd"],
    [4, "4th"],
    [11, "11th"],
    [12, "12th"],
    [13, "13th"],
    [21, "21st"],
    [22, "22nd"],
    [23, "23rd"],
    [30, "30th"],
    [31, "31st"],
    [101, "101st"],
    [111, "111th"],
    [112, "112th"],
  ])("%i → %s", (n, text) => {
    expect(englishOrdinal(n)).toBe(text);
  });
});
