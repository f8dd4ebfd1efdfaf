import { Temporal } from "temporal-polyfill";
import type { UiLanguage } from "./language.ts";
import {
  BANGKOK,
  dateOf,
  type Instant,
  type LocalDateTime,
  localOf,
  offsetOf,
  type PlainDate,
  type TimeZone,
  YANGON,
} from "./time.ts";

/**
 * Dates and times as people read them in each interface language: Thai in the Buddhist Era
 * (24/4/2552, 24 เมษายน พ.ศ. 2552), Burmese with Myanmar digits, English day-month-year. Times are
 * 24-hour everywhere, because a cross-border page shows two zones side by side and "9:30 AM" next to
 * "10:00" invites mistakes. Every function is pure: the zone is always an argument, never the machine's.
 */

const BE_OFFSET = 543;

/** The Buddhist Era year (B.E. 2562 = C.E. 2019). */
export const toBuddhistYear = (year: number): number => year + BE_OFFSET;
/** The Common Era year of a Buddhist Era year. */
export const fromBuddhistYear = (beYear: number): number => beYear - BE_OFFSET;

const LATIN_ZERO = 0x30;
const THAI_ZERO = 0x0e50;
const MYANMAR_ZERO = 0x1040;

const digitsFrom = (zero: number) =>
  new RegExp(`[${String.fromCharCode(zero)}-${String.fromCharCode(zero + 9)}]`, "g");
const LATIN = digitsFrom(LATIN_ZERO);
const THAI = digitsFrom(THAI_ZERO);
const MYANMAR = digitsFrom(MYANMAR_ZERO);

const mapDigits = (s: string, from: RegExp, fromZero: number, toZero: number): string =>
  s.replace(from, (c) => String.fromCharCode(toZero + c.charCodeAt(0) - fromZero));

/** 0–9 → ๐–๙; everything else untouched. */
export const toThaiDigits = (s: string): string => mapDigits(s, LATIN, LATIN_ZERO, THAI_ZERO);
/** 0–9 → ၀–၉; everything else untouched. */
export const toMyanmarDigits = (s: string): string => mapDigits(s, LATIN, LATIN_ZERO, MYANMAR_ZERO);
/** Thai and Myanmar digits → 0–9, so that numbers typed in either script can be parsed. */
export const toLatinDigits = (s: string): string =>
  mapDigits(mapDigits(s, THAI, THAI_ZERO, LATIN_ZERO), MYANMAR, MYANMAR_ZERO, LATIN_ZERO);

/**
 * The Thai government fiscal year of a date, in B.E.: it runs 1 October–30 September and is named
 * after the year it ends in (2024-10-01 and 2025-09-30 are both FY2568).
 */
export function thaiFiscalYear(date: PlainDate): number {
  const d = Temporal.PlainDate.from(date);
  return toBuddhistYear(d.month >= 10 ? d.year + 1 : d.year);
}

/** First and last day of a Thai fiscal year given in B.E. (FY2568 → 2024-10-01 … 2025-09-30). */
export function fiscalYearRange(beYear: number): { readonly start: PlainDate; readonly end: PlainDate } {
  const year = fromBuddhistYear(beYear);
  // PlainDate is a four-digit ISO year; outside that range the strings would not parse back.
  if (!Number.isInteger(beYear) || year < 2 || year > 9999) {
    throw new RangeError(`Fiscal year out of range: ${beYear}`);
  }
  return {
    start: Temporal.PlainDate.from({ year: year - 1, month: 10, day: 1 }).toString() as PlainDate,
    end: Temporal.PlainDate.from({ year, month: 9, day: 30 }).toString() as PlainDate,
  };
}

export type DateStyle = "short" | "long";

export interface DateFormatOptions {
  /** short: 24/4/2552, ၂၄/၄/၂၀၀၉, 24 Apr 2009; long: 24 เมษายน พ.ศ. 2552, ၂၀၀၉ ဧပြီ ၂၄, 24 April 2009. */
  readonly style?: DateStyle;
  /** Thai digits (๒๔ เมษายน พ.ศ. ๒๕๕๒), as in government documents; Thai only. */
  readonly thaiDigits?: boolean;
}

/**
 * Month names as CLDR gives them (format.test.ts checks the tables against Node's full ICU). They are
 * written out because browsers ship trimmed ICU data: Chromium has no Burmese month names and would print
 * "November" in a Burmese date.
 */
const MONTHS: Readonly<Record<UiLanguage, Readonly<Record<"long" | "short", readonly string[]>>>> = {
  en: {
    long: [
      "January",
      "February",
      "March",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
    ],
    // en-GB abbreviates September as "Sept"; en-US has the three letters people expect.
    short: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  },
  th: {
    long: [
      "มกราคม",
      "กุมภาพันธ์",
      "มีนาคม",
      "เมษายน",
      "พฤษภาคม",
      "มิถุนายน",
      "กรกฎาคม",
      "สิงหาคม",
      "กันยายน",
      "ตุลาคม",
      "พฤศจิกายน",
      "ธันวาคม",
    ],
    short: ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
  },
  my: {
    long: [
      "ဇန်နဝါရီ",
      "ဖေဖော်ဝါရီ",
      "မတ်",
      "ဧပြီ",
      "မေ",
      "ဇွန်",
      "ဇူလိုင်",
      "ဩဂုတ်",
      "စက်တင်ဘာ",
      "အောက်တိုဘာ",
      "နိုဝင်ဘာ",
      "ဒီဇင်ဘာ",
    ],
    short: ["ဇန်", "ဖေ", "မတ်", "ဧ", "မေ", "ဇွန်", "ဇူ", "ဩ", "စက်", "အောက်", "နို", "ဒီ"],
  },
};

function monthText(month: number, lang: UiLanguage, width: "long" | "short"): string {
  const name = MONTHS[lang][width][month - 1];
  if (name === undefined) throw new RangeError(`Month out of range: ${month}`);
  return name;
}

/** The full name of month 1–12 in `lang`: "September", "กันยายน", "စက်တင်ဘာ". */
export const monthName = (month: number, lang: UiLanguage): string => monthText(month, lang, "long");

/**
 * The layouts are those ICU gives for `th-TH-u-ca-buddhist` and `my-MM-u-nu-mymr` (the tests check that
 * they agree), assembled here because ICU's calendars turn Julian before 15 October 1582 (1582-10-14
 * would print as 4 October), and because ICU's Thai "long" date style leaves out พ.ศ.
 */
function formatDateParts(date: PlainDate, lang: UiLanguage, style: DateStyle): string {
  const { year, month, day } = Temporal.PlainDate.from(date);
  switch (lang) {
    case "th": {
      const be = toBuddhistYear(year);
      return style === "short" ? `${day}/${month}/${be}` : `${day} ${monthName(month, lang)} พ.ศ. ${be}`;
    }
    case "my":
      // CLDR's Burmese long form runs year, month, day (၂၀၀၉ ဧပြီ ၂၄), as formal Burmese dates do.
      return toMyanmarDigits(
        style === "short" ? `${day}/${month}/${year}` : `${year} ${monthName(month, lang)} ${day}`,
      );
    case "en":
      return `${day} ${monthText(month, lang, style)} ${year}`;
  }
}

/** A calendar date for display in `lang`. */
export function formatDate(date: PlainDate, lang: UiLanguage, options: DateFormatOptions = {}): string {
  const text = formatDateParts(date, lang, options.style ?? "short");
  return lang === "th" && options.thaiDigits === true ? toThaiDigits(text) : text;
}

/** Digits as `lang` writes them: Burmese always in Myanmar digits, Thai in Thai digits only on request. */
function localDigits(s: string, lang: UiLanguage, thaiDigits: boolean | undefined): string {
  if (lang === "my") return toMyanmarDigits(s);
  if (lang === "th" && thaiDigits === true) return toThaiDigits(s);
  return s;
}

export interface TimeFormatOptions {
  readonly thaiDigits?: boolean;
}

/**
 * The wall-clock time of `instant` in `zone`, 24-hour with a leading zero: "10:00", "၁၀:၀၀". Thai
 * keeps Arabic digits unless asked, as Thai interfaces do; Burmese uses Myanmar digits, as it does for dates.
 */
export function formatTime(
  instant: Instant,
  zone: TimeZone,
  lang: UiLanguage,
  options: TimeFormatOptions = {},
): string {
  return localDigits(localOf(instant, zone).slice(11, 16), lang, options.thaiDigits);
}

/** "+07:00" → "UTC+7", "+06:30" → "UTC+6:30", "-05:00" → "UTC-5", "+00:00" → "UTC"; anything else as given. */
export function formatOffset(offset: string): string {
  const match = /^([+-])(\d{2}):(\d{2})(?::(\d{2}))?/.exec(offset);
  if (match === null) return offset;
  const [, sign = "+", hh = "00", mm = "00", ss] = match;
  if (hh === "00" && mm === "00" && ss === undefined) return "UTC";
  const minutes = mm === "00" && ss === undefined ? "" : `:${mm}${ss === undefined ? "" : `:${ss}`}`;
  return `UTC${sign}${Number(hh)}${minutes}`;
}

export interface DateTimeFormatOptions extends DateFormatOptions {
  /** Append the zone's UTC offset, "(UTC+7)". */
  readonly withOffset?: boolean;
}

/**
 * Date and time of `instant` in `zone`: "24 Apr 2009, 10:00", "24/4/2552 10:00",
 * "24 เมษายน พ.ศ. 2552 เวลา 10:00 น." (the formal Thai form), "၂၄/၄/၂၀၀၉ ၁၀:၀၀".
 */
export function formatDateTime(
  instant: Instant,
  zone: TimeZone,
  lang: UiLanguage,
  options: DateTimeFormatOptions = {},
): string {
  const date = formatDate(dateOf(instant, zone), lang, options);
  const time = formatTime(instant, zone, lang, options);
  let text: string;
  if (lang === "en") text = `${date}, ${time}`;
  else if (lang === "th" && options.style === "long") text = `${date} เวลา ${time} น.`;
  else text = `${date} ${time}`;
  if (options.withOffset !== true) return text;
  return `${text} (${localDigits(formatOffset(offsetOf(instant, zone)), lang, options.thaiDigits)})`;
}

const ZONE_LABELS: Readonly<Record<string, Readonly<Record<UiLanguage, string>>>> = {
  [BANGKOK]: { en: "Thailand", th: "ไทย", my: "ထိုင်း" },
  [YANGON]: { en: "Myanmar", th: "เมียนมา", my: "မြန်မာ" },
};

/** The name a zone goes by on a cross-border page: the country for Bangkok and Yangon, else the city. */
export function zoneLabel(zone: TimeZone, lang: UiLanguage): string {
  const known = ZONE_LABELS[zone];
  if (known !== undefined) return known[lang];
  return zone.slice(zone.lastIndexOf("/") + 1).replaceAll("_", " ");
}

export interface ZoneTime {
  readonly zone: TimeZone;
  readonly local: LocalDateTime;
  /** ISO offset, "+07:00". */
  readonly offset: string;
  readonly label: string;
  /** The local time formatted for `lang`, "09:30" or "၀၉:၃၀". */
  readonly time: string;
}

export const DEFAULT_DUAL_ZONES: readonly TimeZone[] = [BANGKOK, YANGON];

/** One instant as the wall-clock time on each side of the border, in the order of `zones`. */
export function formatDualZone(
  instant: Instant,
  lang: UiLanguage,
  zones: readonly TimeZone[] = DEFAULT_DUAL_ZONES,
  options: TimeFormatOptions = {},
): ZoneTime[] {
  return zones.map((zone) => ({
    zone,
    local: localOf(instant, zone),
    offset: offsetOf(instant, zone),
    label: zoneLabel(zone, lang),
    time: formatTime(instant, zone, lang, options),
  }));
}

/**
 * "10:00 Thailand (UTC+7) · 09:30 Myanmar (UTC+6:30)". When the sides are on different calendar
 * days (just after midnight in Bangkok) each time is preceded by its date, so nobody turns up a day late.
 */
export function formatDualZoneText(
  instant: Instant,
  lang: UiLanguage,
  zones: readonly TimeZone[] = DEFAULT_DUAL_ZONES,
  options: TimeFormatOptions = {},
): string {
  const entries = formatDualZone(instant, lang, zones, options);
  const dates = new Set(entries.map((e) => e.local.slice(0, 10)));
  return entries
    .map((e) => {
      const offset = localDigits(formatOffset(e.offset), lang, options.thaiDigits);
      const date = dates.size > 1 ? `${formatDate(e.local.slice(0, 10) as PlainDate, lang, options)} ` : "";
      return `${date}${e.time} ${e.label} (${offset})`;
    })
    .join(" · ");
}

/** English ordinal: 1st, 2nd, 3rd, 11th, 12th, 13th, 21st, 30th, 111th. */
export function englishOrdinal(n: number): string {
  const lastTwo = Math.abs(n) % 100;
  const last = Math.abs(n) % 10;
  const suffix =
    lastTwo >= 11 && lastTwo <= 13 ? "th" : last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th";
  return `${n}${suffix}`;
}
