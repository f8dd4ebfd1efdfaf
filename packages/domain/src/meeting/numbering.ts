import { type DomainError, domainError } from "../shared/errors.ts";
import {
  englishOrdinal,
  thaiFiscalYear,
  toBuddhistYear,
  toLatinDigits,
  toMyanmarDigits,
  toThaiDigits,
} from "../shared/format.ts";
import type { UiLanguage } from "../shared/language.ts";
import { err, ok, type Result } from "../shared/result.ts";
import { compareInstants, dateOf, type Instant, type TimeZone } from "../shared/time.ts";

/**
 * How a series numbers its meetings. `sequential` counts for ever (the 30th CMM); `thai_year` restarts
 * each Buddhist Era calendar year ("BCATIP 1/2561"); `fiscal_year` restarts each Thai fiscal year,
 * October to September ("ครั้งที่ 1 ประจำปีงบประมาณ 2564").
 */
export const NUMBERING_SCHEMES = ["sequential", "thai_year", "fiscal_year"] as const;
export type NumberingScheme = (typeof NUMBERING_SCHEMES)[number];

export interface MeetingNumber {
  readonly ordinal: number;
  /** B.E. calendar year (thai_year) or B.E. fiscal year (fiscal_year); absent for sequential. */
  readonly year?: number;
}

export interface NumberedMeeting {
  readonly number: MeetingNumber;
  readonly start: Instant;
}

/**
 * The year a meeting starting at `start` is numbered in: its B.E. calendar or fiscal year in the
 * series zone (2025-12-31T17:30Z is already 1 January in both Bangkok and Yangon). Undefined for sequential.
 */
export function numberingYear(scheme: NumberingScheme, start: Instant, zone: TimeZone): number | undefined {
  const date = dateOf(start, zone);
  switch (scheme) {
    case "sequential":
      return undefined;
    case "thai_year":
      return toBuddhistYear(Number(date.slice(0, 4)));
    case "fiscal_year":
      return thaiFiscalYear(date);
  }
}

/**
 * The number of the next meeting, starting at `start`: one more than the highest ordinal so far
 * (in the same year for the yearly schemes). A previous number without a year, as imported from
 * before the series changed scheme, is counted in the year its start falls in.
 */
export function meetingNumberFor(
  scheme: NumberingScheme,
  previous: readonly NumberedMeeting[],
  start: Instant,
  zone: TimeZone,
): MeetingNumber {
  const year = numberingYear(scheme, start, zone);
  let highest = 0;
  for (const p of previous) {
    const sameGroup = year === undefined || (p.number.year ?? numberingYear(scheme, p.start, zone)) === year;
    if (sameGroup) highest = Math.max(highest, p.number.ordinal);
  }
  return year === undefined ? { ordinal: highest + 1 } : { ordinal: highest + 1, year };
}

/**
 * Numbers for meetings in order of their start (input order kept), as after a meeting is cancelled
 * before it was held. Sequential numbering starts at `firstOrdinal` to continue an older register.
 */
export function renumber(
  scheme: NumberingScheme,
  starts: readonly Instant[],
  zone: TimeZone,
  firstOrdinal = 1,
): MeetingNumber[] {
  const order = starts.map((start, index) => ({ start, index }));
  order.sort((a, b) => compareInstants(a.start, b.start) || a.index - b.index);
  const numbers: MeetingNumber[] = new Array(starts.length);
  const counters = new Map<number | undefined, number>();
  for (const { start, index } of order) {
    const year = numberingYear(scheme, start, zone);
    const ordinal = counters.get(year) ?? (year === undefined ? firstOrdinal : 1);
    counters.set(year, ordinal + 1);
    numbers[index] = year === undefined ? { ordinal } : { ordinal, year };
  }
  return numbers;
}

export interface MeetingNumberFormatOptions {
  /**
   * Thai digits in Thai, Myanmar digits in Burmese. Defaults: Burmese uses Myanmar digits except in
   * "1/2561", which is a reference people copy into letters and searches, so stays as written in Thai
   * sources; Thai uses Arabic digits, as Thai interfaces do.
   */
  readonly nativeDigits?: boolean;
  /** `long` spells out the fiscal year: "ครั้งที่ 1 ประจำปีงบประมาณ 2564", "1st meeting of FY2564". */
  readonly style?: "short" | "long";
}

function digits(text: string, lang: UiLanguage, native: boolean): string {
  if (!native) return text;
  if (lang === "th") return toThaiDigits(text);
  if (lang === "my") return toMyanmarDigits(text);
  return text;
}

/**
 * A meeting number as shown in `lang`. sequential: "30th", "ครั้งที่ 30", "(၃၀) ကြိမ်မြောက်";
 * thai_year: "1/2561"; fiscal_year: "1/FY2564", "ครั้งที่ 1/2564", "၁/FY၂၅၆၄".
 */
export function formatMeetingNumber(
  n: MeetingNumber,
  scheme: NumberingScheme,
  lang: UiLanguage,
  options: MeetingNumberFormatOptions = {},
): string {
  const long = options.style === "long";
  const { ordinal, year } = n;
  if (scheme === "sequential" || year === undefined) {
    const native = options.nativeDigits ?? lang === "my";
    if (lang === "en") return englishOrdinal(ordinal);
    if (lang === "th") return digits(`ครั้งที่ ${ordinal}`, lang, native);
    return `(${digits(String(ordinal), lang, native)}) ကြိမ်မြောက်`;
  }
  if (scheme === "thai_year") return digits(`${ordinal}/${year}`, lang, options.nativeDigits ?? false);
  const native = options.nativeDigits ?? lang === "my";
  switch (lang) {
    case "en":
      return long ? `${englishOrdinal(ordinal)} meeting of FY${year}` : `${ordinal}/FY${year}`;
    case "th":
      return digits(
        long ? `ครั้งที่ ${ordinal} ประจำปีงบประมาณ ${year}` : `ครั้งที่ ${ordinal}/${year}`,
        lang,
        native,
      );
    case "my":
      return digits(long ? `ဘဏ္ဍာနှစ် ${year} (${ordinal}) ကြိမ်မြောက်` : `${ordinal}/FY${year}`, lang, native);
  }
}

export type MeetingNumberError = DomainError<"MEETING_NUMBER.INVALID">;

/**
 * Reads a number as written in minutes and registers ("30th", "(၃၀) ကြိမ်မြောက်", "1/2561", "๑/๒๕๖๑",
 * "ครั้งที่ 1 ประจำปีงบประมาณ 2564", "ဘဏ္ဍာနှစ် ၂၅၆၄ (၁) ကြိမ်မြောက်"), for importing a series' history.
 * Years must be B.E. (2400–2999), which catches a C.E. year typed by mistake.
 */
export function parseMeetingNumber(
  text: string,
  scheme: NumberingScheme,
): Result<MeetingNumber, MeetingNumberError> {
  const numbers = (toLatinDigits(text).match(/\d+/g) ?? []).map(Number);
  const fail = err(domainError("MEETING_NUMBER.INVALID", { text, scheme }));
  const isOrdinal = (n: number | undefined): n is number => n !== undefined && n >= 1 && n <= 9999;
  const isYear = (n: number | undefined): n is number => n !== undefined && n >= 2400 && n <= 2999;
  if (scheme === "sequential") {
    const [ordinal] = numbers;
    return numbers.length === 1 && isOrdinal(ordinal) ? ok({ ordinal }) : fail;
  }
  if (numbers.length !== 2) return fail;
  const [a, b] = numbers;
  // "1/2561" puts the year last; the Burmese long form puts it first.
  if (isOrdinal(a) && isYear(b)) return ok({ ordinal: a, year: b });
  if (isYear(a) && isOrdinal(b)) return ok({ ordinal: b, year: a });
  return fail;
}
