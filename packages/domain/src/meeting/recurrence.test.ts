import fc from "fast-check";
import { RRuleTemporal } from "rrule-temporal";
import { Temporal } from "temporal-polyfill";
import { describe, expect, it } from "vitest";
import { unwrap } from "../shared/result.ts";
import {
  addMinutes,
  BANGKOK,
  compareInstants,
  type Instant,
  instantOf,
  type LocalDateTime,
  localOf,
  minutesBetween,
  type PlainDate,
  parseInstant,
  parseLocalDateTime,
  parseTimeZone,
  type TimeZone,
  YANGON,
} from "../shared/time.ts";
import { validate } from "../shared/validation.ts";
import {
  type Cadence,
  cadenceSchema,
  describeCadence,
  formatRrule,
  isOccurrence,
  MAX_OCCURRENCES,
  moveOccurrence,
  nextOccurrences,
  type Occurrence,
  type OccurrenceException,
  occurrencesBetween,
  parseCadence,
  parseRrule,
  skipOccurrence,
  weekdayName,
} from "./recurrence.ts";

const instant = (s: string): Instant => unwrap(parseInstant(s));
const local = (s: string): LocalDateTime => unwrap(parseLocalDateTime(s));
const zone = (s: string): TimeZone => unwrap(parseTimeZone(s));
const NEW_YORK = zone("America/New_York");
const LONDON = zone("Europe/London");

const cadence = (rrule: string, firstStart: string, z: string = BANGKOK, durationMinutes = 180): Cadence =>
  unwrap(parseCadence({ rrule, zone: z, firstStart, durationMinutes }));

const starts = (os: readonly Occurrence[]) => os.map((o) => o.start);
const originals = (os: readonly Occurrence[]) => os.map((o) => o.original);

/** Mae Sot NGO/CBO coordination: second Thursday of the month, 09:30 in Mae Sot. */
const maeSot = cadence("FREQ=MONTHLY;BYDAY=2TH", "2026-01-08T09:30");
const YEAR_2026 = [instant("2026-01-01T00:00:00Z"), instant("2027-01-01T00:00:00Z")] as const;

describe("the Mae Sot monthly meeting", () => {
  it("falls on the second Thursday of every month of 2026, always at 02:30Z", () => {
    const year = occurrencesBetween(maeSot, ...YEAR_2026);
    expect(originals(year)).toEqual(
      [
        "01-08",
        "02-12",
        "03-12",
        "04-09",
        "05-14",
        "06-11",
        "07-09",
        "08-13",
        "09-10",
        "10-08",
        "11-12",
        "12-10",
      ].map((d) => `2026-${d}T09:30`),
    );
    expect(year.every((o) => o.start.endsWith("T02:30:00Z") && !o.moved)).toBe(true);
    expect(year[0]).toEqual({
      original: "2026-01-08T09:30",
      start: "2026-01-08T02:30:00Z",
      end: "2026-01-08T05:30:00Z",
      moved: false,
    });
  });
  it("counts the window as [from, to)", () => {
    const dec = instant("2026-12-10T02:30:00Z");
    expect(originals(occurrencesBetween(maeSot, dec, instant("2026-12-31T00:00:00Z")))).toEqual([
      "2026-12-10T09:30",
    ]);
    expect(occurrencesBetween(maeSot, instant("2026-11-13T00:00:00Z"), dec)).toEqual([]);
    expect(occurrencesBetween(maeSot, dec, dec)).toEqual([]);
    expect(occurrencesBetween(maeSot, instant("2027-01-01T00:00:00Z"), dec)).toEqual([]);
  });
  it("has nothing before its first meeting", () => {
    expect(
      occurrencesBetween(maeSot, instant("2025-01-01T00:00:00Z"), instant("2026-01-08T02:30:00Z")),
    ).toEqual([]);
  });
  it("stops at `limit`", () => {
    expect(originals(occurrencesBetween(maeSot, ...YEAR_2026, [], 2))).toEqual([
      "2026-01-08T09:30",
      "2026-02-12T09:30",
    ]);
    expect(occurrencesBetween(maeSot, ...YEAR_2026, [], 0)).toEqual([]);
    expect(occurrencesBetween(maeSot, ...YEAR_2026, [], -3)).toEqual([]);
  });
  it("gives the next meetings after a moment", () => {
    expect(starts(nextOccurrences(maeSot, instant("2026-03-12T02:30:00Z"), 3))).toEqual([
      "2026-04-09T02:30:00Z",
      "2026-05-14T02:30:00Z",
      "2026-06-11T02:30:00Z",
    ]);
    expect(starts(nextOccurrences(maeSot, instant("2026-03-12T02:29:59Z"), 1))).toEqual([
      "2026-03-12T02:30:00Z",
    ]);
    expect(nextOccurrences(maeSot, instant("2026-03-12T02:30:00Z"), 0)).toEqual([]);
  });
  it("caps a query for a daily rule over a century at MAX_OCCURRENCES", () => {
    const daily = cadence("FREQ=DAILY", "2026-01-01T09:00");
    const all = occurrencesBetween(daily, instant("2026-01-01T00:00:00Z"), instant("2126-01-01T00:00:00Z"));
    expect(all).toHaveLength(MAX_OCCURRENCES);
    expect(all.at(-1)?.original).toBe("2028-09-26T09:00");
    expect(nextOccurrences(daily, instant("2026-01-01T00:00:00Z"), 5000)).toHaveLength(MAX_OCCURRENCES);
    expect(occurrencesBetween(daily, ...YEAR_2026, [], 5000)).toHaveLength(365);
  });
});

describe("other Thailand–Myanmar series", () => {
  it("BCATIP Tak–Myawaddy meets twice a year from 17 September 2018", () => {
    const bcatip = cadence("FREQ=MONTHLY;INTERVAL=6", "2018-09-17T09:00");
    expect(
      originals(occurrencesBetween(bcatip, instant("2018-01-01T00:00:00Z"), instant("2020-12-31T00:00:00Z"))),
    ).toEqual([
      "2018-09-17T09:00",
      "2019-03-17T09:00",
      "2019-09-17T09:00",
      "2020-03-17T09:00",
      "2020-09-17T09:00",
    ]);
  });
  it("the Tak provincial sub-committee meets quarterly on the second Tuesday from 8 December 2020", () => {
    const tak = cadence("FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU", "2020-12-08T13:30", BANGKOK, 150);
    expect(nextOccurrences(tak, instant("2020-12-01T00:00:00Z"), 4)).toEqual([
      {
        original: "2020-12-08T13:30",
        start: "2020-12-08T06:30:00Z",
        end: "2020-12-08T09:00:00Z",
        moved: false,
      },
      {
        original: "2021-03-09T13:30",
        start: "2021-03-09T06:30:00Z",
        end: "2021-03-09T09:00:00Z",
        moved: false,
      },
      {
        original: "2021-06-08T13:30",
        start: "2021-06-08T06:30:00Z",
        end: "2021-06-08T09:00:00Z",
        moved: false,
      },
      {
        original: "2021-09-14T13:30",
        start: "2021-09-14T06:30:00Z",
        end: "2021-09-14T09:00:00Z",
        moved: false,
      },
    ]);
  });
  it("a series kept in Yangon time sits 30 minutes later in UTC terms than the same wall time in Bangkok", () => {
    const cmm = cadence("FREQ=MONTHLY;INTERVAL=6", "2025-02-14T09:30", YANGON);
    expect(starts(nextOccurrences(cmm, instant("2025-01-01T00:00:00Z"), 2))).toEqual([
      "2025-02-14T03:00:00Z",
      "2025-08-14T03:00:00Z",
    ]);
  });
});

describe("zones with daylight saving time", () => {
  it("keeps 09:30 in New York across both transitions", () => {
    const ny = cadence("FREQ=WEEKLY;BYDAY=TH", "2026-01-08T09:30", NEW_YORK, 60);
    const spring = occurrencesBetween(ny, instant("2026-03-01T00:00:00Z"), instant("2026-03-20T00:00:00Z"));
    expect(starts(spring)).toEqual(["2026-03-05T14:30:00Z", "2026-03-12T13:30:00Z", "2026-03-19T13:30:00Z"]);
    const autumn = occurrencesBetween(ny, instant("2026-10-26T00:00:00Z"), instant("2026-11-10T00:00:00Z"));
    expect(starts(autumn)).toEqual(["2026-10-29T13:30:00Z", "2026-11-05T14:30:00Z"]);
    expect([...spring, ...autumn].every((o) => localOf(o.start, NEW_YORK).endsWith("T09:30"))).toBe(true);
    expect(autumn.every((o) => minutesBetween(o.start, o.end) === 60)).toBe(true);
  });
  it("moves a time in the spring-forward gap forward instead of dropping it", () => {
    const early = cadence("FREQ=WEEKLY", "2026-03-01T02:30", NEW_YORK, 60);
    expect(nextOccurrences(early, instant("2026-03-01T00:00:00Z"), 3)).toEqual([
      {
        original: "2026-03-01T02:30",
        start: "2026-03-01T07:30:00Z",
        end: "2026-03-01T08:30:00Z",
        moved: false,
      },
      // 02:30 does not exist on 8 March; the meeting starts at 03:30 EDT.
      {
        original: "2026-03-08T02:30",
        start: "2026-03-08T07:30:00Z",
        end: "2026-03-08T08:30:00Z",
        moved: false,
      },
      {
        original: "2026-03-15T02:30",
        start: "2026-03-15T06:30:00Z",
        end: "2026-03-15T07:30:00Z",
        moved: false,
      },
    ]);
    expect(localOf(instant("2026-03-08T07:30:00Z"), NEW_YORK)).toBe("2026-03-08T03:30");
  });
  it("rrule-temporal alone would drop the occurrence in the gap (RFC 5545), which is why it runs on wall times here", () => {
    const rule = new RRuleTemporal({
      rruleString: "FREQ=WEEKLY",
      dtstart: Temporal.ZonedDateTime.from("2026-03-01T02:30:00[America/New_York]"),
    });
    expect(rule.all((_, i) => i < 3).map((z) => z.toString().slice(0, 10))).toEqual([
      "2026-03-01",
      "2026-03-15",
      "2026-03-22",
    ]);
  });
  it("holds no meeting on a date the zone skipped (Samoa crossed the date line on 30 December 2011)", () => {
    const apia = cadence("FREQ=DAILY", "2011-12-28T09:00", "Pacific/Apia", 60);
    expect(
      occurrencesBetween(apia, instant("2011-12-28T00:00:00Z"), instant("2012-01-02T00:00:00Z")),
    ).toEqual(
      [
        ["2011-12-28T09:00", "2011-12-28T19:00:00Z"],
        ["2011-12-29T09:00", "2011-12-29T19:00:00Z"],
        ["2011-12-31T09:00", "2011-12-30T19:00:00Z"],
        ["2012-01-01T09:00", "2011-12-31T19:00:00Z"],
        ["2012-01-02T09:00", "2012-01-01T19:00:00Z"],
      ].map(([original, start]) => ({
        original,
        start,
        end: addMinutes(instant(start ?? ""), 60),
        moved: false,
      })),
    );
  });
  it("takes the first of the two 01:30s when London falls back, and the gap hour when it springs forward", () => {
    const london = cadence("FREQ=DAILY", "2026-03-27T01:30", LONDON, 30);
    expect(
      starts(occurrencesBetween(london, instant("2026-03-27T00:00:00Z"), instant("2026-03-31T00:00:00Z"))),
    ).toEqual([
      "2026-03-27T01:30:00Z",
      "2026-03-28T01:30:00Z",
      "2026-03-29T01:30:00Z", // 01:30 is skipped on 29 March: 02:30 BST
      "2026-03-30T00:30:00Z",
    ]);
    expect(
      starts(occurrencesBetween(london, instant("2026-10-24T00:00:00Z"), instant("2026-10-27T00:00:00Z"))),
    ).toEqual([
      "2026-10-24T00:30:00Z",
      "2026-10-25T00:30:00Z", // 01:30 BST, the earlier of the two
      "2026-10-26T01:30:00Z",
    ]);
  });
});

describe("rules the library cannot follow far", () => {
  it("end where rrule-temporal gives up searching (10,000 periods without a match)", () => {
    // 29 February on a Monday: 2016, then 2044, which a DAILY rule reaches only after 10,227 days.
    const rare = cadence("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", "2016-02-29T09:00");
    expect(
      originals(occurrencesBetween(rare, instant("2016-01-01T00:00:00Z"), instant("2050-01-01T00:00:00Z"))),
    ).toEqual(["2016-02-29T09:00"]);
    // The same dates as a monthly rule are found.
    const monthly = cadence("FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO", "2016-02-29T09:00");
    expect(originals(nextOccurrences(monthly, instant("2016-03-01T00:00:00Z"), 2))).toEqual([
      "2044-02-29T09:00",
      "2072-02-29T09:00",
    ]);
  });
  it("end at the year 9999", () => {
    const millennial = cadence("FREQ=YEARLY;INTERVAL=1000", "2026-01-01T09:00");
    expect(
      nextOccurrences(millennial, instant("2000-01-01T00:00:00Z"), 20).map((o) => o.original.slice(0, 4)),
    ).toEqual(["2026", "3026", "4026", "5026", "6026", "7026", "8026", "9026"]);
  });
});

describe("exceptions", () => {
  const skipFeb: OccurrenceException = { kind: "skipped", original: local("2026-02-12T09:30") };
  const moveMar: OccurrenceException = {
    kind: "moved",
    original: local("2026-03-12T09:30"),
    start: instant("2026-03-19T03:00:00Z"),
    end: instant("2026-03-19T06:00:00Z"),
  };
  it("leaves skipped occurrences out and puts moved ones at their new time", () => {
    const q1 = occurrencesBetween(maeSot, instant("2026-01-01T00:00:00Z"), instant("2026-04-01T00:00:00Z"), [
      skipFeb,
      moveMar,
    ]);
    expect(q1).toEqual([
      {
        original: "2026-01-08T09:30",
        start: "2026-01-08T02:30:00Z",
        end: "2026-01-08T05:30:00Z",
        moved: false,
      },
      {
        original: "2026-03-12T09:30",
        start: "2026-03-19T03:00:00Z",
        end: "2026-03-19T06:00:00Z",
        moved: true,
      },
    ]);
  });
  it("includes a moved occurrence by its new start, wherever its original was", () => {
    const intoApril: OccurrenceException = {
      ...moveMar,
      start: instant("2026-04-02T03:00:00Z"),
      end: instant("2026-04-02T06:00:00Z"),
    };
    const march = occurrencesBetween(
      maeSot,
      instant("2026-03-01T00:00:00Z"),
      instant("2026-04-01T00:00:00Z"),
      [intoApril],
    );
    expect(march).toEqual([]);
    const april = occurrencesBetween(
      maeSot,
      instant("2026-04-01T00:00:00Z"),
      instant("2026-05-01T00:00:00Z"),
      [intoApril],
    );
    expect(originals(april)).toEqual(["2026-03-12T09:30", "2026-04-09T09:30"]);
    expect(april.map((o) => o.moved)).toEqual([true, false]);
    expect(originals(nextOccurrences(maeSot, instant("2026-03-31T00:00:00Z"), 2, [intoApril]))).toEqual([
      "2026-03-12T09:30",
      "2026-04-09T09:30",
    ]);
  });
  it("skips in nextOccurrences too, and keeps two meetings that start at the same time", () => {
    expect(originals(nextOccurrences(maeSot, instant("2026-02-01T00:00:00Z"), 2, [skipFeb]))).toEqual([
      "2026-03-12T09:30",
      "2026-04-09T09:30",
    ]);
    const ontoApril: OccurrenceException = {
      ...moveMar,
      start: instant("2026-04-09T02:30:00Z"),
      end: instant("2026-04-09T04:00:00Z"),
    };
    expect(
      occurrencesBetween(maeSot, instant("2026-04-01T00:00:00Z"), instant("2026-05-01T00:00:00Z"), [
        ontoApril,
      ]).map((o) => [o.original, o.start, o.moved]),
    ).toEqual([
      ["2026-03-12T09:30", "2026-04-09T02:30:00Z", true],
      ["2026-04-09T09:30", "2026-04-09T02:30:00Z", false],
    ]);
  });
  it("ignores exceptions for times that are not occurrences, and lets a later entry win", () => {
    const stray: OccurrenceException[] = [
      { kind: "skipped", original: local("2026-02-11T09:30") },
      { ...moveMar, original: local("2026-03-13T09:30") },
    ];
    expect(occurrencesBetween(maeSot, ...YEAR_2026, stray)).toEqual(occurrencesBetween(maeSot, ...YEAR_2026));
    const undone = occurrencesBetween(maeSot, ...YEAR_2026, [
      moveMar,
      { kind: "skipped", original: moveMar.original },
    ]);
    expect(originals(undone)).not.toContain("2026-03-12T09:30");
    expect(undone).toHaveLength(11);
  });
  it("checks exceptions before they are made", () => {
    expect(isOccurrence(maeSot, local("2026-02-12T09:30"))).toBe(true);
    expect(isOccurrence(maeSot, local("2026-02-12T09:31"))).toBe(false);
    expect(isOccurrence(maeSot, local("2025-12-11T09:30"))).toBe(false);
    expect(skipOccurrence(maeSot, local("2026-02-12T09:30"))).toEqual({ ok: true, value: skipFeb });
    expect(skipOccurrence(maeSot, local("2026-02-13T09:30"))).toEqual({
      ok: false,
      error: { code: "RECURRENCE.NOT_AN_OCCURRENCE", params: { original: "2026-02-13T09:30" } },
    });
    expect(moveOccurrence(maeSot, moveMar.original, moveMar.start, moveMar.end)).toEqual({
      ok: true,
      value: moveMar,
    });
    expect(moveOccurrence(maeSot, local("2026-03-11T09:30"), moveMar.start, moveMar.end)).toMatchObject({
      ok: false,
      error: { code: "RECURRENCE.NOT_AN_OCCURRENCE" },
    });
    expect(moveOccurrence(maeSot, moveMar.original, moveMar.end, moveMar.start)).toMatchObject({
      ok: false,
      error: { code: "RECURRENCE.INVALID_MOVE" },
    });
  });
});

describe("COUNT and UNTIL", () => {
  it("ends after COUNT occurrences", () => {
    const three = cadence("FREQ=MONTHLY;BYDAY=2TH;COUNT=3", "2026-01-08T09:30");
    expect(originals(occurrencesBetween(three, ...YEAR_2026))).toEqual([
      "2026-01-08T09:30",
      "2026-02-12T09:30",
      "2026-03-12T09:30",
    ]);
    expect(originals(nextOccurrences(three, instant("2026-02-01T00:00:00Z"), 5))).toEqual([
      "2026-02-12T09:30",
      "2026-03-12T09:30",
    ]);
    expect(isOccurrence(three, local("2026-04-09T09:30"))).toBe(false);
  });
  it("ends at an UNTIL instant, inclusive", () => {
    const untilMar = cadence("FREQ=MONTHLY;BYDAY=2TH;UNTIL=20260312T023000Z", "2026-01-08T09:30");
    expect(originals(occurrencesBetween(untilMar, ...YEAR_2026))).toHaveLength(3);
    const beforeMar = cadence("FREQ=MONTHLY;BYDAY=2TH;UNTIL=20260312T022959Z", "2026-01-08T09:30");
    expect(originals(occurrencesBetween(beforeMar, ...YEAR_2026))).toHaveLength(2);
    expect(isOccurrence(beforeMar, local("2026-03-12T09:30"))).toBe(false);
  });
  it("ends at the end of an UNTIL date in the series zone", () => {
    const untilDate = cadence("FREQ=MONTHLY;BYDAY=2TH;UNTIL=20260312", "2026-01-08T09:30");
    expect(originals(occurrencesBetween(untilDate, ...YEAR_2026)).at(-1)).toBe("2026-03-12T09:30");
    expect(occurrencesBetween(untilDate, ...YEAR_2026)).toHaveLength(3);
  });
  it("applies UNTIL to the instant, also across a DST change", () => {
    const ny = cadence("FREQ=DAILY;UNTIL=20261101T063000Z", "2026-10-30T01:30", NEW_YORK, 30);
    // 1 November 01:30 EDT is 05:30Z; the repeated 01:30 EST (06:30Z) is not a second occurrence.
    expect(
      starts(occurrencesBetween(ny, instant("2026-10-30T00:00:00Z"), instant("2026-11-05T00:00:00Z"))),
    ).toEqual(["2026-10-30T05:30:00Z", "2026-10-31T05:30:00Z", "2026-11-01T05:30:00Z"]);
  });
});

describe("parseCadence", () => {
  const input = {
    rrule: "FREQ=MONTHLY;BYDAY=2TH",
    zone: "Asia/Bangkok",
    firstStart: "2026-01-08T09:30",
    durationMinutes: 180,
  };
  const refuse = (over: Partial<typeof input>) => {
    const r = parseCadence({ ...input, ...over });
    return r.ok ? "accepted" : r.error.code;
  };
  it("normalises the rule: prefix, case, part order, INTERVAL=1", () => {
    expect(unwrap(parseCadence({ ...input, rrule: "rrule:byday=2th;interval=1;freq=monthly" }))).toEqual({
      ...input,
      rrule: "FREQ=MONTHLY;BYDAY=2TH",
    });
    expect(
      formatRrule(
        unwrap(
          parseRrule(
            "WKST=SU;BYSETPOS=-1;BYDAY=MO,TU;BYMONTHDAY=1,2,-1;BYMONTH=1,7;INTERVAL=2;UNTIL=20301231;FREQ=YEARLY",
          ),
        ),
      ),
    ).toBe(
      "FREQ=YEARLY;INTERVAL=2;UNTIL=20301231;BYMONTH=1,7;BYMONTHDAY=1,2,-1;BYDAY=MO,TU;BYSETPOS=-1;WKST=SU",
    );
    expect(formatRrule(unwrap(parseRrule("FREQ=YEARLY;BYWEEKNO=20,-1;BYYEARDAY=-1;BYDAY=MO")))).toBe(
      "FREQ=YEARLY;BYWEEKNO=20,-1;BYYEARDAY=-1;BYDAY=MO",
    );
    expect(formatRrule(unwrap(parseRrule("FREQ=YEARLY;BYDAY=+1MO;COUNT=5")))).toBe(
      "FREQ=YEARLY;COUNT=5;BYDAY=1MO",
    );
  });
  it.each([
    ["FREQ=HOURLY", "RECURRENCE.FREQUENCY_NOT_ALLOWED"],
    ["FREQ=MINUTELY;INTERVAL=30", "RECURRENCE.FREQUENCY_NOT_ALLOWED"],
    ["FREQ=DAILY;BYHOUR=9,14", "RECURRENCE.PART_NOT_ALLOWED"],
    ["FREQ=MONTHLY;RSCALE=CHINESE", "RECURRENCE.PART_NOT_ALLOWED"],
    ["FREQ=MONTHLY;COUNT=1001", "RECURRENCE.TOO_MANY"],
    ["BYDAY=2TH", "RECURRENCE.INVALID_RULE"],
    ["FREQ=FORTNIGHTLY", "RECURRENCE.INVALID_RULE"],
    ["", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;;BYDAY=2TH", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;FREQ=WEEKLY", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;BYDAY=", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;FOO=1", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;INTERVAL=0", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;INTERVAL=1.5", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;COUNT=-1", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;BYDAY=9TH", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;BYDAY=0TH", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;BYDAY=2XX", "RECURRENCE.INVALID_RULE"],
    ["FREQ=WEEKLY;BYDAY=2TH", "RECURRENCE.INVALID_RULE"],
    ["FREQ=WEEKLY;BYMONTHDAY=8", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;BYMONTHDAY=32", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;BYMONTH=13", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;BYMONTH=-1", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;BYWEEKNO=3", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;BYYEARDAY=3", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;BYSETPOS=2", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;BYDAY=TH;BYSETPOS=0", "RECURRENCE.INVALID_RULE"],
    ["FREQ=YEARLY;BYWEEKNO=2;BYDAY=1MO", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;WKST=XX", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;COUNT=3;UNTIL=20270101", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;UNTIL=20270230", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;UNTIL=20270101T250000Z", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;UNTIL=20270101T000000", "RECURRENCE.INVALID_RULE"],
    ["FREQ=MONTHLY;BYDAY=2TH;UNTIL=20251231", "RECURRENCE.UNTIL_BEFORE_START"],
    ["FREQ=MONTHLY;BYDAY=2TH;UNTIL=20260108T023000Z", "accepted"],
    ["FREQ=MONTHLY;BYDAY=2TH;UNTIL=20260108T022959Z", "RECURRENCE.UNTIL_BEFORE_START"],
    ["FREQ=MONTHLY;BYDAY=3TH", "RECURRENCE.START_NOT_AN_OCCURRENCE"],
    ["FREQ=WEEKLY;BYDAY=MO", "RECURRENCE.START_NOT_AN_OCCURRENCE"],
    ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "RECURRENCE.START_NOT_AN_OCCURRENCE"],
  ])("refuses %j with a stable code (%s)", (rrule, code) => {
    expect(refuse({ rrule })).toBe(code);
  });
  it("names the parameters a message needs", () => {
    expect(parseCadence({ ...input, rrule: "FREQ=MONTHLY;BYDAY=3TH" })).toEqual({
      ok: false,
      error: {
        code: "RECURRENCE.START_NOT_AN_OCCURRENCE",
        params: {
          rule: "FREQ=MONTHLY;BYDAY=3TH",
          firstStart: "2026-01-08T09:30",
          firstOccurrence: "2026-01-15T09:30",
        },
      },
    });
    expect(parseCadence({ ...input, rrule: "FREQ=MONTHLY;BYDAY=9TH" })).toEqual({
      ok: false,
      error: {
        code: "RECURRENCE.INVALID_RULE",
        params: { rule: "FREQ=MONTHLY;BYDAY=9TH", part: "BYDAY", value: "9TH" },
      },
    });
    expect(parseCadence({ ...input, rrule: "FREQ=SECONDLY" })).toEqual({
      ok: false,
      error: {
        code: "RECURRENCE.FREQUENCY_NOT_ALLOWED",
        params: { rule: "FREQ=SECONDLY", freq: "SECONDLY" },
      },
    });
  });
  it("refuses a start that the rule never reaches", () => {
    expect(
      parseCadence({
        ...input,
        rrule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30",
        firstStart: "2026-01-08T09:30",
      }),
    ).toMatchObject({ ok: false, error: { params: { rule: "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30" } } });
  });
  it("checks zone, start and duration", () => {
    expect(refuse({ zone: "asia/bangkok" })).toBe("TIME.INVALID_ZONE");
    expect(refuse({ zone: "+07:00" })).toBe("TIME.INVALID_ZONE");
    expect(refuse({ firstStart: "2026-01-08 09:30" })).toBe("TIME.INVALID_LOCAL_DATE_TIME");
    expect(refuse({ durationMinutes: 14 })).toBe("RECURRENCE.INVALID_DURATION");
    expect(refuse({ durationMinutes: 1441 })).toBe("RECURRENCE.INVALID_DURATION");
    expect(refuse({ durationMinutes: 90.5 })).toBe("RECURRENCE.INVALID_DURATION");
    expect(refuse({ durationMinutes: 15 })).toBe("accepted");
    expect(refuse({ durationMinutes: 1440 })).toBe("accepted");
  });
  it("accepts a first start inside a DST gap", () => {
    expect(refuse({ rrule: "FREQ=YEARLY", zone: "America/New_York", firstStart: "2026-03-08T02:30" })).toBe(
      "accepted",
    );
  });
  it("throws on a cadence that did not come from parseCadence, which describeCadence shows as it is", () => {
    const forged = { ...maeSot, rrule: "FREQ=HOURLY" };
    expect(() => occurrencesBetween(forged, ...YEAR_2026)).toThrow(/Invalid cadence/);
    expect(describeCadence(forged, "th")).toBe("FREQ=HOURLY");
  });
});

describe("cadenceSchema", () => {
  const input = {
    rrule: "FREQ=MONTHLY;INTERVAL=6",
    zone: "Asia/Bangkok",
    firstStart: "2018-09-17T09:00",
    durationMinutes: 480,
  };
  it("produces a Cadence", () => {
    expect(validate(cadenceSchema, { ...input, rrule: " freq=monthly;interval=6 " })).toEqual({
      ok: true,
      value: input,
    });
  });
  it("reports translation keys on the field at fault", () => {
    const issues = (over: Record<string, unknown>) => {
      const r = validate(cadenceSchema, { ...input, ...over });
      return r.ok ? [] : r.error.issues.map((i) => `${i.path} ${i.key}`);
    };
    expect(issues({ rrule: "FREQ=MONTHLY;INTERVAL=0" })).toEqual(["rrule validation.invalid_rrule"]);
    expect(issues({ rrule: "FREQ=HOURLY" })).toEqual(["rrule validation.rrule_frequency_not_allowed"]);
    expect(issues({ rrule: "FREQ=DAILY;BYHOUR=9" })).toEqual(["rrule validation.rrule_part_not_allowed"]);
    expect(issues({ rrule: "FREQ=DAILY;COUNT=5000" })).toEqual(["rrule validation.rrule_too_many"]);
    expect(issues({ rrule: "FREQ=DAILY;UNTIL=20180101" })).toEqual([
      "rrule validation.rrule_until_before_start",
    ]);
    expect(issues({ rrule: "FREQ=MONTHLY;BYDAY=1MO" })).toEqual([
      "firstStart validation.start_not_an_occurrence",
    ]);
    expect(issues({ rrule: "" })).toEqual(["rrule validation.required"]);
    expect(issues({ zone: "Bangkok", firstStart: "17/9/2561", durationMinutes: 2 })).toEqual([
      "zone validation.invalid_zone",
      "firstStart validation.invalid_date_time",
      "durationMinutes validation.too_small",
    ]);
    expect(issues({ durationMinutes: 60.5 })).toEqual(["durationMinutes validation.invalid_duration"]);
    expect(issues({ extra: 1 })).toEqual([" validation.unknown_field"]);
  });
});

describe("describeCadence", () => {
  const text = (rrule: string, firstStart: string) => {
    const c = cadence(rrule, firstStart);
    return [describeCadence(c, "en"), describeCadence(c, "th"), describeCadence(c, "my")];
  };
  it("describes the common shapes in English, Thai and Burmese", () => {
    expect(text("FREQ=MONTHLY;BYDAY=2TH", "2026-01-08T09:30")).toEqual([
      "Monthly on the second Thursday",
      "ทุกวันพฤหัสบดีที่สองของเดือน",
      "လစဉ် ဒုတိယ ကြာသပတေးနေ့",
    ]);
    expect(text("FREQ=MONTHLY;BYDAY=TH;BYSETPOS=2", "2026-01-08T09:30")[0]).toBe(
      "Monthly on the second Thursday",
    );
    expect(text("FREQ=MONTHLY;BYDAY=-1FR", "2026-01-30T09:30")).toEqual([
      "Monthly on the last Friday",
      "ทุกวันศุกร์สุดท้ายของเดือน",
      "လစဉ် နောက်ဆုံး သောကြာနေ့",
    ]);
    expect(text("FREQ=MONTHLY;BYDAY=1MO", "2026-01-05T09:30")[1]).toBe("ทุกวันจันทร์แรกของเดือน");
    expect(text("FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU", "2020-12-08T13:30")).toEqual([
      "Every 3 months on the second Tuesday",
      "ทุก 3 เดือน วันอังคารที่สองของเดือน",
      "၃ လတစ်ကြိမ် ဒုတိယ အင်္ဂါနေ့",
    ]);
    expect(text("FREQ=MONTHLY;INTERVAL=6", "2018-09-17T09:00")).toEqual([
      "Every 6 months on day 17",
      "ทุก 6 เดือน วันที่ 17",
      "၆ လတစ်ကြိမ် ၁၇ ရက်နေ့",
    ]);
    expect(text("FREQ=MONTHLY;BYMONTHDAY=15", "2026-01-15T09:00")).toEqual([
      "Monthly on day 15",
      "ทุกวันที่ 15 ของเดือน",
      "လစဉ် ၁၅ ရက်နေ့",
    ]);
    expect(text("FREQ=MONTHLY;BYMONTHDAY=-1", "2026-01-31T09:00")).toEqual([
      "Monthly on the last day",
      "ทุกวันสุดท้ายของเดือน",
      "လစဉ် နောက်ဆုံးနေ့",
    ]);
    expect(text("FREQ=WEEKLY", "2026-01-08T09:30")).toEqual([
      "Weekly on Thursday",
      "ทุกวันพฤหัสบดี",
      "အပတ်စဉ် ကြာသပတေးနေ့",
    ]);
    expect(text("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE,FR", "2026-01-05T09:30")).toEqual([
      "Every 2 weeks on Monday, Wednesday and Friday",
      "ทุก 2 สัปดาห์ วันจันทร์ วันพุธ และวันศุกร์",
      "၂ ပတ်တစ်ကြိမ် တနင်္လာ၊ ဗုဒ္ဓဟူးနှင့် သောကြာနေ့",
    ]);
    expect(text("FREQ=DAILY", "2026-01-05T09:30")).toEqual(["Daily", "ทุกวัน", "နေ့စဉ်"]);
    expect(text("FREQ=DAILY;INTERVAL=3", "2026-01-05T09:30")).toEqual([
      "Every 3 days",
      "ทุก 3 วัน",
      "၃ ရက်တစ်ကြိမ်",
    ]);
    expect(text("FREQ=YEARLY", "2018-09-17T09:00")).toEqual([
      "Yearly on 17 September",
      "ทุกปี วันที่ 17 กันยายน",
      "နှစ်စဉ် စက်တင်ဘာ ၁၇ ရက်",
    ]);
    expect(text("FREQ=YEARLY;INTERVAL=2;BYMONTH=8;BYMONTHDAY=14", "2024-08-14T09:00")[0]).toBe(
      "Every 2 years on 14 August",
    );
  });
  it("names the months of a monthly rule limited to some of them", () => {
    expect(text("FREQ=MONTHLY;BYMONTH=3,9;BYDAY=4WE", "2026-03-25T09:00")).toEqual([
      "Every March and September on the fourth Wednesday",
      "ทุกวันพุธที่สี่ของเดือนมีนาคม และกันยายน",
      "မတ်နှင့် စက်တင်ဘာလ၏ စတုတ္ထ ဗုဒ္ဓဟူးနေ့",
    ]);
    expect(text("FREQ=MONTHLY;BYMONTH=1,7;BYMONTHDAY=8", "2026-01-08T09:30")).toEqual([
      "Every January and July on day 8",
      "ทุกวันที่ 8 ของเดือนมกราคม และกรกฎาคม",
      "ဇန်နဝါရီနှင့် ဇူလိုင်လ၏ ၈ ရက်နေ့",
    ]);
  });
  it("adds how the series ends", () => {
    expect(text("FREQ=MONTHLY;BYDAY=2TH;COUNT=6", "2026-01-08T09:30")).toEqual([
      "Monthly on the second Thursday, 6 times",
      "ทุกวันพฤหัสบดีที่สองของเดือน, 6 ครั้ง",
      "လစဉ် ဒုတိယ ကြာသပတေးနေ့၊ ၆ ကြိမ်",
    ]);
    expect(text("FREQ=MONTHLY;BYDAY=2TH;UNTIL=20261231", "2026-01-08T09:30")).toEqual([
      "Monthly on the second Thursday, until 31 Dec 2026",
      "ทุกวันพฤหัสบดีที่สองของเดือน จนถึง 31/12/2569",
      "လစဉ် ဒုတိယ ကြာသပတေးနေ့၊ ၃၁/၁၂/၂၀၂၆ အထိ",
    ]);
    // The UNTIL instant is 1 January in Bangkok.
    expect(text("FREQ=WEEKLY;UNTIL=20261231T173000Z", "2026-01-08T09:30")[0]).toBe(
      "Weekly on Thursday, until 1 Jan 2027",
    );
  });
  it.each([
    ["FREQ=MONTHLY;BYDAY=TH", "2026-01-08T09:30"],
    ["FREQ=MONTHLY;BYDAY=2TH,4TH", "2026-01-08T09:30"],
    ["FREQ=MONTHLY;BYDAY=-2TH", "2026-01-22T09:30"],
    ["FREQ=MONTHLY;BYDAY=2TH;BYSETPOS=1", "2026-01-08T09:30"],
    ["FREQ=MONTHLY;BYMONTHDAY=8,22", "2026-01-08T09:30"],
    ["FREQ=MONTHLY;BYMONTHDAY=-2", "2026-01-30T09:30"],
    ["FREQ=MONTHLY;INTERVAL=2;BYMONTH=1,7;BYMONTHDAY=8", "2026-01-08T09:30"],
    ["FREQ=MONTHLY;BYMONTH=1,7;BYMONTHDAY=8,22", "2026-01-08T09:30"],
    ["FREQ=MONTHLY;BYMONTHDAY=8;BYSETPOS=1", "2026-01-08T09:30"],
    ["FREQ=WEEKLY;BYMONTH=1", "2026-01-08T09:30"],
    ["FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", "2026-01-08T09:30"],
    ["FREQ=YEARLY;BYMONTH=1,7", "2026-01-08T09:30"],
    ["FREQ=YEARLY;BYDAY=2TH;BYMONTH=1", "2026-01-08T09:30"],
    ["FREQ=YEARLY;BYMONTHDAY=-24", "2026-01-08T09:30"],
    ["FREQ=YEARLY;BYYEARDAY=8", "2026-01-08T09:30"],
  ])("falls back to the rule itself for %s", (rrule, firstStart) => {
    const c = cadence(rrule, firstStart);
    expect(describeCadence(c, "en")).toBe(c.rrule);
    expect(describeCadence(c, "my")).toBe(c.rrule);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const ZONES = [
  "Asia/Bangkok",
  "Asia/Yangon",
  "America/New_York",
  "Europe/London",
  "Australia/Lord_Howe",
  "UTC",
];
const WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

/** A cadence whose rule is built around its first start, so that the start is an occurrence. */
const cadences = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    date: fc.date({
      min: new Date("2020-01-01T00:00:00Z"),
      max: new Date("2030-12-31T00:00:00Z"),
      noInvalidDate: true,
    }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.constantFrom(0, 15, 30, 45),
    interval: fc.integer({ min: 1, max: 4 }),
    shape: fc.constantFrom("daily", "weekly", "weekdays", "monthly", "nth", "last", "yearly"),
    ending: fc.oneof(
      fc.constant(""),
      fc.integer({ min: 1, max: 40 }).map((n) => `;COUNT=${n}`),
      fc.integer({ min: 0, max: 900 }).map((n) => ({ days: n })),
    ),
    duration: fc.integer({ min: 15, max: 1440 }),
  })
  .map(({ zone: z, date, hour, minute, interval, shape, ending, duration }) => {
    const day = Temporal.PlainDate.from(date.toISOString().slice(0, 10));
    const firstStart = `${day}T${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
    const wd = WEEKDAY_CODES[day.dayOfWeek - 1];
    const nth = Math.ceil(day.day / 7);
    const last = day.day + 7 > day.daysInMonth;
    const rule = {
      daily: "FREQ=DAILY",
      weekly: "FREQ=WEEKLY",
      weekdays: `FREQ=WEEKLY;BYDAY=${wd},${wd === "MO" ? "TH" : "MO"}`,
      monthly: "FREQ=MONTHLY",
      nth: `FREQ=MONTHLY;BYDAY=${nth}${wd}`,
      last: last ? `FREQ=MONTHLY;BYDAY=-1${wd}` : `FREQ=MONTHLY;BYDAY=${nth}${wd}`,
      yearly: "FREQ=YEARLY",
    }[shape];
    const until =
      typeof ending === "string" ? ending : `;UNTIL=${day.add(ending).toString().replaceAll("-", "")}`;
    return cadence(`${rule};INTERVAL=${interval}${until}`, firstStart, z, duration);
  });

const windows = fc
  .record({
    offsetDays: fc.integer({ min: -60, max: 1500 }),
    offsetMinutes: fc.integer({ min: 0, max: 1439 }),
    lengthDays: fc.integer({ min: 0, max: 800 }),
  })
  .map(({ offsetDays, offsetMinutes, lengthDays }) => (c: Cadence) => {
    const from = addMinutes(instantOf(c.firstStart, c.zone), offsetDays * 1440 + offsetMinutes);
    return [from, addMinutes(from, lengthDays * 1440)] as const;
  });

const isGap = (wall: LocalDateTime, z: TimeZone) => localOf(instantOf(wall, z), z) !== wall;

describe("properties of occurrences", { timeout: 30_000 }, () => {
  it("are strictly increasing, inside the window, at the series' wall-clock time and of the series' length", () => {
    fc.assert(
      fc.property(cadences, windows, fc.integer({ min: 1, max: 300 }), (c, window, limit) => {
        const [from, to] = window(c);
        const os = occurrencesBetween(c, from, to, [], limit);
        expect(os.length).toBeLessThanOrEqual(limit);
        os.forEach((o, i) => {
          const previous = os[i - 1];
          if (previous !== undefined) expect(compareInstants(previous.start, o.start)).toBeLessThan(0);
          expect(compareInstants(from, o.start)).toBeLessThanOrEqual(0);
          expect(compareInstants(o.start, to)).toBeLessThan(0);
          expect(o.original.slice(11)).toBe(c.firstStart.slice(11));
          expect(o.start).toBe(instantOf(o.original, c.zone));
          if (!isGap(o.original, c.zone)) expect(localOf(o.start, c.zone)).toBe(o.original);
          expect(minutesBetween(o.start, o.end)).toBe(c.durationMinutes);
          expect(o.original >= c.firstStart).toBe(true);
        });
        for (const o of os.slice(0, 3)) expect(isOccurrence(c, o.original)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
  it("never include a skipped occurrence, and lose nothing else", () => {
    fc.assert(
      fc.property(cadences, windows, fc.array(fc.boolean(), { maxLength: 40 }), (c, window, skipMask) => {
        const [from, to] = window(c);
        const all = occurrencesBetween(c, from, to, [], 400);
        const skipped = all.filter((_, i) => skipMask[i] === true).map((o) => o.original);
        const exceptions = skipped.map((original): OccurrenceException => ({ kind: "skipped", original }));
        const rest = occurrencesBetween(c, from, to, exceptions, 200);
        expect(originals(rest).some((o) => skipped.includes(o))).toBe(false);
        expect(rest).toEqual(all.filter((o) => !skipped.includes(o.original)).slice(0, 200));
      }),
      { numRuns: 100 },
    );
  });
  it("agree between nextOccurrences and occurrencesBetween", () => {
    fc.assert(
      fc.property(cadences, windows, fc.integer({ min: 1, max: 30 }), (c, window, count) => {
        const [after] = window(c);
        const next = nextOccurrences(c, after, count);
        const far = instant("9000-01-01T00:00:00Z");
        const between = occurrencesBetween(c, after, far, [], count + 1).filter((o) => o.start !== after);
        expect(next).toEqual(between.slice(0, count));
      }),
      { numRuns: 100 },
    );
  });
  it("equal rrule-temporal's own expansion in zones without daylight saving time", () => {
    fc.assert(
      fc.property(
        cadences.filter((c) => c.zone === BANGKOK || c.zone === YANGON),
        (c) => {
          const rule = new RRuleTemporal({
            rruleString: c.rrule,
            dtstart: Temporal.PlainDateTime.from(c.firstStart).toZonedDateTime(c.zone),
          });
          const theirs = rule
            .all((_, i) => i < 25)
            .map((z) => Temporal.Instant.from(z.toInstant().toString()).toString());
          const ours = nextOccurrences(c, addMinutes(instantOf(c.firstStart, c.zone), -1), 25);
          expect(starts(ours)).toEqual(theirs);
        },
      ),
      { numRuns: 60 },
    );
  });
  it("do not depend on the process time zone", () => {
    const original = process.env.TZ;
    const machineZones = ["Pacific/Chatham", "America/St_Johns", "Asia/Kathmandu"];
    fc.assert(
      fc.property(cadences, windows, (c, window) => {
        const [from, to] = window(c);
        const expected = occurrencesBetween(c, from, to, [], 50);
        const described = (["en", "th", "my"] as const).map((lang) => describeCadence(c, lang));
        try {
          for (const tz of machineZones) {
            process.env.TZ = tz;
            expect(new Date("2026-01-01T00:00:00Z").getTimezoneOffset()).not.toBe(0);
            expect(occurrencesBetween(c, from, to, [], 50)).toEqual(expected);
            expect((["en", "th", "my"] as const).map((lang) => describeCadence(c, lang))).toEqual(described);
          }
        } finally {
          process.env.TZ = original;
        }
      }),
      { numRuns: 30 },
    );
    expect(new Date("2026-01-01T00:00:00Z").getTimezoneOffset()).toBe(original === "Asia/Yangon" ? -390 : 0);
  });
  it("parse back to themselves", () => {
    fc.assert(
      fc.property(cadences, (c) => {
        expect(unwrap(parseCadence(c))).toEqual(c);
        expect(formatRrule(unwrap(parseRrule(c.rrule)))).toBe(c.rrule);
      }),
    );
  });
  it("never throw on arbitrary rule text", () => {
    const parts = fc.constantFrom(
      "FREQ=DAILY",
      "FREQ=WEEKLY",
      "FREQ=MONTHLY",
      "FREQ=YEARLY",
      "INTERVAL=2",
      "COUNT=4",
      "UNTIL=20270101",
      "BYDAY=MO",
      "BYDAY=2TH",
      "BYDAY=-1FR",
      "BYMONTHDAY=31",
      "BYMONTHDAY=-1",
      "BYMONTH=2",
      "BYSETPOS=1",
      "BYYEARDAY=60",
      "BYWEEKNO=10",
      "WKST=SU",
    );
    fc.assert(
      fc.property(fc.array(parts, { minLength: 1, maxLength: 5 }), fc.string(), (ps, noise) => {
        for (const rrule of [ps.join(";"), `${ps.join(";")}${noise}`]) {
          const r = parseCadence({
            rrule,
            zone: "Asia/Bangkok",
            firstStart: "2026-01-08T09:30",
            durationMinutes: 60,
          });
          if (r.ok) {
            const os = occurrencesBetween(r.value, ...YEAR_2026);
            expect(os[0]?.original).toBe("2026-01-08T09:30");
          } else {
            expect(r.error.code).toMatch(/^RECURRENCE\./);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("weekdayName", () => {
  it("names the weekday a date falls on in each language", () => {
    const wednesday = "2026-11-25" as PlainDate;
    expect(weekdayName(wednesday, "en")).toBe("Wednesday");
    expect(weekdayName(wednesday, "th")).toBe("วันพุธ");
    expect(weekdayName(wednesday, "my")).toBe("ဗုဒ္ဓဟူး");
    expect(weekdayName("2026-11-22" as PlainDate, "en")).toBe("Sunday");
  });
});
