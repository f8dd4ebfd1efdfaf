import { RRuleTemporal } from "rrule-temporal";
import { Temporal } from "temporal-polyfill";
import { z } from "zod";
import { type DomainError, domainError } from "../shared/errors.ts";
import { formatDate, monthName, toMyanmarDigits } from "../shared/format.ts";
import type { UiLanguage } from "../shared/language.ts";
import { err, ok, type Result } from "../shared/result.ts";
import {
  addMinutes,
  compareInstants,
  dateOf,
  type Instant,
  instantOf,
  type LocalDateTime,
  localDateTimeSchema,
  localOf,
  type PlainDate,
  parseLocalDateTime,
  parseTimeZone,
  type TimeError,
  type TimeZone,
  timeZoneSchema,
} from "../shared/time.ts";

/**
 * A meeting series' cadence: an RFC 5545 RRULE whose wall-clock time is fixed in an IANA zone.
 *
 * The rule is expanded on wall-clock date-times (as if the zone were UTC) and each result is then
 * placed in the series zone with `instantOf`. Letting rrule-temporal expand in the zone itself would
 * follow RFC 5545 and silently drop an occurrence whose time falls in a spring-forward gap; a meeting
 * must not vanish, so it moves forward by the gap instead, as everywhere else in Moei.
 */

export const CADENCE_FREQUENCIES = ["DAILY", "WEEKLY", "MONTHLY", "YEARLY"] as const;
export type CadenceFrequency = (typeof CADENCE_FREQUENCIES)[number];
export const RRULE_WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type RruleWeekday = (typeof RRULE_WEEKDAYS)[number];

// The same floor as a single meeting, so that every occurrence can be scheduled.
export const MIN_CADENCE_DURATION_MINUTES = 15;
export const MAX_CADENCE_DURATION_MINUTES = 24 * 60;
/** The most occurrences one query returns, and the largest COUNT a rule may have. */
export const MAX_OCCURRENCES = 1000;

export interface Cadence {
  /** RRULE value without "RRULE:", canonical part order: `FREQ=MONTHLY;BYDAY=2TH`. */
  readonly rrule: string;
  readonly zone: TimeZone;
  /** Wall-clock start of the first occurrence in `zone`; it fixes the time of day of every occurrence. */
  readonly firstStart: LocalDateTime;
  readonly durationMinutes: number;
}

/** A change to one occurrence, identified by its regular wall-clock start in the series zone. */
export type OccurrenceException =
  | { readonly kind: "skipped"; readonly original: LocalDateTime }
  | {
      readonly kind: "moved";
      readonly original: LocalDateTime;
      readonly start: Instant;
      readonly end: Instant;
    };

export interface Occurrence {
  /** The regular wall-clock start, which identifies the occurrence even after it is moved. */
  readonly original: LocalDateTime;
  readonly start: Instant;
  readonly end: Instant;
  readonly moved: boolean;
}

export type RecurrenceErrorCode =
  | "RECURRENCE.INVALID_RULE"
  | "RECURRENCE.FREQUENCY_NOT_ALLOWED"
  | "RECURRENCE.PART_NOT_ALLOWED"
  | "RECURRENCE.TOO_MANY"
  | "RECURRENCE.UNTIL_BEFORE_START"
  | "RECURRENCE.START_NOT_AN_OCCURRENCE"
  | "RECURRENCE.INVALID_DURATION"
  | "RECURRENCE.NOT_AN_OCCURRENCE"
  | "RECURRENCE.INVALID_MOVE";
export type RecurrenceError = DomainError<RecurrenceErrorCode>;
export type CadenceError = RecurrenceError | TimeError;

// ---------------------------------------------------------------------------------------------
// Parsing the rule

export type RruleUntil =
  | { readonly kind: "instant"; readonly value: Instant; readonly text: string }
  | { readonly kind: "date"; readonly value: PlainDate; readonly text: string };

export interface RruleByDay {
  /** 0 for every such weekday in the period; 2 for the second, -1 for the last. */
  readonly ordinal: number;
  readonly weekday: RruleWeekday;
}

/** A validated RRULE, one field per rule part. */
export interface RruleParts {
  readonly freq: CadenceFrequency;
  readonly interval: number;
  readonly count?: number;
  readonly until?: RruleUntil;
  readonly byMonth?: readonly number[];
  readonly byWeekNo?: readonly number[];
  readonly byYearDay?: readonly number[];
  readonly byMonthDay?: readonly number[];
  readonly byDay?: readonly RruleByDay[];
  readonly bySetPos?: readonly number[];
  readonly wkst?: RruleWeekday;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// A meeting's time of day comes from firstStart; sub-daily parts would make several meetings a day.
const NOT_FOR_MEETINGS = new Set(["BYHOUR", "BYMINUTE", "BYSECOND", "RSCALE", "SKIP"]);
const SUB_DAILY = new Set(["HOURLY", "MINUTELY", "SECONDLY"]);

const invalid = (rule: string, part: string, value: string) =>
  err(domainError("RECURRENCE.INVALID_RULE", { rule, part, value }));

function integers(value: string, min: number, max: number, allowNegative: boolean): number[] | undefined {
  const items = value.split(",");
  const numbers: number[] = [];
  for (const item of items) {
    if (!/^[+-]?\d{1,4}$/.test(item)) return undefined;
    const n = Number(item);
    const abs = Math.abs(n);
    if (abs < min || abs > max || (n < 0 && !allowNegative)) return undefined;
    numbers.push(n);
  }
  return numbers;
}

const isWeekday = (s: string): s is RruleWeekday => (RRULE_WEEKDAYS as readonly string[]).includes(s);

function parseByDay(value: string): RruleByDay[] | undefined {
  const days: RruleByDay[] = [];
  for (const item of value.split(",")) {
    const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(item);
    const weekday = m?.[2];
    if (m === null || weekday === undefined || !isWeekday(weekday)) return undefined;
    const ordinal = m[1] === undefined ? 0 : Number(m[1]);
    if (m[1] !== undefined && ordinal === 0) return undefined;
    days.push({ ordinal, weekday });
  }
  return days;
}

function parseUntil(value: string): RruleUntil | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z)?$/.exec(value);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const date = `${y}-${mo}-${d}`;
  try {
    Temporal.PlainDate.from(date, { overflow: "reject" });
    if (h === undefined) return { kind: "date", value: date as PlainDate, text: value };
    const time = Temporal.PlainTime.from(
      { hour: Number(h), minute: Number(mi), second: Number(s) },
      { overflow: "reject" },
    );
    return { kind: "instant", value: `${date}T${time.toString()}Z` as Instant, text: value };
  } catch {
    return undefined;
  }
}

/**
 * Parses and checks an RRULE value for a meeting series. Accepts an optional "RRULE:" prefix and any
 * letter case; refuses sub-daily rules, unknown parts, out-of-range values and the combinations
 * RFC 5545 forbids, each with a stable code.
 */
export function parseRrule(input: string): Result<RruleParts, RecurrenceError> {
  const rule = input
    .trim()
    .replace(/^RRULE:/i, "")
    .toUpperCase();
  const raw = new Map<string, string>();
  for (const part of rule.split(";")) {
    const eq = part.indexOf("=");
    const name = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (eq <= 0 || value === "" || raw.has(name)) return invalid(rule, name, value);
    raw.set(name, value);
  }
  const freq = raw.get("FREQ");
  if (freq === undefined) return invalid(rule, "FREQ", "");
  if (SUB_DAILY.has(freq)) return err(domainError("RECURRENCE.FREQUENCY_NOT_ALLOWED", { rule, freq }));
  if (!(CADENCE_FREQUENCIES as readonly string[]).includes(freq)) return invalid(rule, "FREQ", freq);
  const parts: Mutable<RruleParts> = { freq: freq as CadenceFrequency, interval: 1 };

  for (const [name, value] of raw) {
    const bad = () => invalid(rule, name, value);
    switch (name) {
      case "FREQ":
        break;
      case "INTERVAL": {
        const n = integers(value, 1, 1000, false);
        if (n?.length !== 1 || n[0] === undefined) return bad();
        parts.interval = n[0];
        break;
      }
      case "COUNT": {
        const n = integers(value, 1, 9999, false);
        if (n?.length !== 1 || n[0] === undefined) return bad();
        if (n[0] > MAX_OCCURRENCES) {
          return err(domainError("RECURRENCE.TOO_MANY", { rule, count: n[0], maximum: MAX_OCCURRENCES }));
        }
        parts.count = n[0];
        break;
      }
      case "UNTIL": {
        const until = parseUntil(value);
        if (until === undefined) return bad();
        parts.until = until;
        break;
      }
      case "BYMONTH": {
        const n = integers(value, 1, 12, false);
        if (n === undefined) return bad();
        parts.byMonth = n;
        break;
      }
      case "BYWEEKNO": {
        const n = integers(value, 1, 53, true);
        if (n === undefined || parts.freq !== "YEARLY") return bad();
        parts.byWeekNo = n;
        break;
      }
      case "BYYEARDAY": {
        const n = integers(value, 1, 366, true);
        if (n === undefined || parts.freq !== "YEARLY") return bad();
        parts.byYearDay = n;
        break;
      }
      case "BYMONTHDAY": {
        const n = integers(value, 1, 31, true);
        if (n === undefined || parts.freq === "WEEKLY") return bad();
        parts.byMonthDay = n;
        break;
      }
      case "BYDAY": {
        const days = parseByDay(value);
        const maxOrdinal = parts.freq === "MONTHLY" ? 5 : parts.freq === "YEARLY" ? 53 : 0;
        if (days === undefined || days.some((d) => Math.abs(d.ordinal) > maxOrdinal)) return bad();
        parts.byDay = days;
        break;
      }
      case "BYSETPOS": {
        const n = integers(value, 1, 366, true);
        if (n === undefined) return bad();
        parts.bySetPos = n;
        break;
      }
      case "WKST":
        if (!isWeekday(value)) return bad();
        parts.wkst = value;
        break;
      default:
        return NOT_FOR_MEETINGS.has(name)
          ? err(domainError("RECURRENCE.PART_NOT_ALLOWED", { rule, part: name }))
          : bad();
    }
  }
  if (parts.count !== undefined && parts.until !== undefined) return invalid(rule, "UNTIL", parts.until.text);
  const hasBy = [parts.byMonth, parts.byWeekNo, parts.byYearDay, parts.byMonthDay, parts.byDay].some(
    (p) => p !== undefined,
  );
  if (parts.bySetPos !== undefined && !hasBy) return invalid(rule, "BYSETPOS", raw.get("BYSETPOS") ?? "");
  // RFC 5545: BYDAY with an ordinal inside BYWEEKNO has no meaning.
  if (parts.byWeekNo !== undefined && parts.byDay?.some((d) => d.ordinal !== 0)) {
    return invalid(rule, "BYDAY", raw.get("BYDAY") ?? "");
  }
  return ok(parts);
}

const byDayText = (days: readonly RruleByDay[]) =>
  days.map((d) => `${d.ordinal === 0 ? "" : d.ordinal}${d.weekday}`).join(",");

/** The canonical RRULE value: parts in a fixed order, INTERVAL=1 omitted, so equal rules compare equal. */
export function formatRrule(parts: RruleParts): string {
  const out = [`FREQ=${parts.freq}`];
  if (parts.interval !== 1) out.push(`INTERVAL=${parts.interval}`);
  if (parts.count !== undefined) out.push(`COUNT=${parts.count}`);
  if (parts.until !== undefined) out.push(`UNTIL=${parts.until.text}`);
  if (parts.byMonth !== undefined) out.push(`BYMONTH=${parts.byMonth.join(",")}`);
  if (parts.byWeekNo !== undefined) out.push(`BYWEEKNO=${parts.byWeekNo.join(",")}`);
  if (parts.byYearDay !== undefined) out.push(`BYYEARDAY=${parts.byYearDay.join(",")}`);
  if (parts.byMonthDay !== undefined) out.push(`BYMONTHDAY=${parts.byMonthDay.join(",")}`);
  if (parts.byDay !== undefined) out.push(`BYDAY=${byDayText(parts.byDay)}`);
  if (parts.bySetPos !== undefined) out.push(`BYSETPOS=${parts.bySetPos.join(",")}`);
  if (parts.wkst !== undefined) out.push(`WKST=${parts.wkst}`);
  return out.join(";");
}

// ---------------------------------------------------------------------------------------------
// Expanding the rule

interface Compiled {
  readonly parts: RruleParts;
  readonly rule: RRuleTemporal;
  /** All wall times of a COUNT rule (at most MAX_OCCURRENCES); next() on such a rule restarts from DTSTART. */
  counted?: readonly LocalDateTime[];
}

const WALL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const floating = (wall: LocalDateTime | string) => Temporal.PlainDateTime.from(wall).toZonedDateTime("UTC");
const compact = (wall: string) => wall.replace(/[-:]/g, "").slice(0, 15);

/** The rule as rrule-temporal runs it: on wall-clock times, UNTIL turned into a wall-clock bound. */
function libraryRule(parts: RruleParts, zone: TimeZone): string {
  const { until } = parts;
  if (until === undefined) return formatRrule(parts);
  // A loose bound a day late: the exact test is on instants, and a DST fold can put a later wall time
  // at an earlier instant.
  const wall =
    until.kind === "date"
      ? `${until.value}T23:59:59`
      : Temporal.PlainDateTime.from(localOf(until.value, zone)).add({ days: 1 }).toString();
  const { until: _, ...rest } = parts;
  return `${formatRrule(rest)};UNTIL=${compact(wall)}Z`;
}

function build(
  parts: RruleParts,
  zone: TimeZone,
  firstStart: LocalDateTime,
): Result<Compiled, RecurrenceError> {
  try {
    const rule = new RRuleTemporal({
      rruleString: libraryRule(parts, zone),
      dtstart: floating(firstStart),
      strict: true,
    });
    return ok({ parts, rule });
  } catch (e) {
    // parseRrule refuses all that rrule-temporal's strict mode does; this is for what a later version adds.
    /* v8 ignore next */
    return err(domainError("RECURRENCE.INVALID_RULE", { rule: formatRrule(parts), reason: String(e) }));
  }
}

const compiledCache = new Map<string, Compiled>();
const CACHE_SIZE = 256;

/** A cadence ready to expand. Cadences come from parseCadence, so a rule that fails here is a bug. */
function compile(cadence: Cadence): Compiled {
  const key = `${cadence.rrule}|${cadence.zone}|${cadence.firstStart}`;
  const cached = compiledCache.get(key);
  if (cached !== undefined) return cached;
  const parts = parseRrule(cadence.rrule);
  const compiled = parts.ok ? build(parts.value, cadence.zone, cadence.firstStart) : parts;
  if (!compiled.ok) throw new Error(`Invalid cadence: ${JSON.stringify(compiled.error)}`);
  if (compiledCache.size >= CACHE_SIZE) compiledCache.clear();
  compiledCache.set(key, compiled.value);
  return compiled.value;
}

const wallOf = (zdt: { toString(): string }): LocalDateTime | undefined => {
  const m = WALL.exec(zdt.toString());
  return m === null ? undefined : (m[0] as LocalDateTime);
};

/** Wall-clock starts at or after `from`, in order. Ends where the rule ends or the library gives up. */
function* wallTimes(compiled: Compiled, from: LocalDateTime): Generator<LocalDateTime> {
  const { rule } = compiled;
  try {
    if (compiled.parts.count !== undefined) {
      compiled.counted ??= rule.all().flatMap((z) => wallOf(z) ?? []);
      for (const wall of compiled.counted) if (wall >= from) yield wall;
      return;
    }
    let next = rule.next(floating(from), true);
    while (next !== null) {
      const wall = wallOf(next);
      // Years past 9999 are not LocalDateTimes; no meeting series runs that long.
      if (wall === undefined) return;
      yield wall;
      next = rule.next(next);
    }
  } catch {
    // rrule-temporal caps its own search (maxIterations) and throws when a rule matches too rarely;
    // for a meeting series that means the series has ended.
    return;
  }
}

const DAY_SLACK = 2;

/** Regular starts (before exceptions) after `after`, strictly increasing. */
function* regularStarts(
  cadence: Cadence,
  compiled: Compiled,
  after: Instant,
  inclusive: boolean,
): Generator<{ readonly original: LocalDateTime; readonly start: Instant }> {
  const { until } = compiled.parts;
  // A wall time a little before `after` can land after it once placed in the zone (DST gaps).
  const from = Temporal.PlainDateTime.from(localOf(after, cadence.zone))
    .subtract({ days: DAY_SLACK })
    .toString({ smallestUnit: "minute" }) as LocalDateTime;
  let previous: Instant | undefined;
  for (const original of wallTimes(compiled, from)) {
    // As instantOf does, but keeping the zoned value to read its date without a second conversion.
    const zoned = Temporal.PlainDateTime.from(original).toZonedDateTime(cadence.zone, {
      disambiguation: "compatible",
    });
    const start = zoned.toInstant().toString() as Instant;
    if (until?.kind === "instant" && compareInstants(start, until.value) > 0) continue;
    // A date the zone skipped altogether (Samoa, 30 December 2011) has no meeting; moving it forward
    // would land on the next day's.
    if (zoned.toPlainDate().toString() !== original.slice(0, 10)) continue;
    if (previous !== undefined && compareInstants(start, previous) <= 0) continue;
    previous = start;
    const cmp = compareInstants(start, after);
    if (cmp < 0 || (cmp === 0 && !inclusive)) continue;
    yield { original, start };
  }
}

/** True when `original` is a regular wall-clock start of the series. */
export function isOccurrence(cadence: Cadence, original: LocalDateTime): boolean {
  const compiled = compile(cadence);
  const { until } = compiled.parts;
  for (const wall of wallTimes(compiled, original)) {
    if (wall !== original) return false;
    return !(until?.kind === "instant" && compareInstants(instantOf(wall, cadence.zone), until.value) > 0);
  }
  return false;
}

const byStart = (a: Occurrence, b: Occurrence) =>
  compareInstants(a.start, b.start) || (a.original < b.original ? -1 : a.original > b.original ? 1 : 0);

function exceptionIndex(exceptions: readonly OccurrenceException[]): Map<string, OccurrenceException> {
  // A later entry for the same occurrence replaces an earlier one: the list is a log of changes.
  return new Map(exceptions.map((e) => [e.original, e]));
}

function movedOccurrences(
  cadence: Cadence,
  index: Map<string, OccurrenceException>,
  keep: (start: Instant) => boolean,
): Occurrence[] {
  const out: Occurrence[] = [];
  for (const e of index.values()) {
    if (e.kind === "moved" && keep(e.start) && isOccurrence(cadence, e.original)) {
      out.push({ original: e.original, start: e.start, end: e.end, moved: true });
    }
  }
  return out;
}

const clampLimit = (n: number) => Math.max(0, Math.min(Math.floor(n), MAX_OCCURRENCES));

/**
 * Occurrences starting in [from, to), sorted by start. A moved occurrence counts where it now
 * starts; skipped ones are left out; exceptions for times that are not occurrences are ignored.
 * At most `limit` (default and cap MAX_OCCURRENCES), so a daily rule over a century stays cheap.
 */
export function occurrencesBetween(
  cadence: Cadence,
  from: Instant,
  to: Instant,
  exceptions: readonly OccurrenceException[] = [],
  limit: number = MAX_OCCURRENCES,
): Occurrence[] {
  const max = clampLimit(limit);
  if (max === 0 || compareInstants(from, to) >= 0) return [];
  const compiled = compile(cadence);
  const index = exceptionIndex(exceptions);
  const out: Occurrence[] = [];
  for (const { original, start } of regularStarts(cadence, compiled, from, true)) {
    if (compareInstants(start, to) >= 0 || out.length >= max) break;
    if (index.has(original)) continue;
    out.push({ original, start, end: addMinutes(start, cadence.durationMinutes), moved: false });
  }
  const inWindow = (s: Instant) => compareInstants(s, from) >= 0 && compareInstants(s, to) < 0;
  out.push(...movedOccurrences(cadence, index, inWindow));
  return out.sort(byStart).slice(0, max);
}

/** The next `count` occurrences starting strictly after `after` (at most MAX_OCCURRENCES). */
export function nextOccurrences(
  cadence: Cadence,
  after: Instant,
  count: number,
  exceptions: readonly OccurrenceException[] = [],
): Occurrence[] {
  const max = clampLimit(count);
  if (max === 0) return [];
  const compiled = compile(cadence);
  const index = exceptionIndex(exceptions);
  const out: Occurrence[] = [];
  for (const { original, start } of regularStarts(cadence, compiled, after, false)) {
    if (out.length >= max) break;
    if (index.has(original)) continue;
    out.push({ original, start, end: addMinutes(start, cadence.durationMinutes), moved: false });
  }
  out.push(...movedOccurrences(cadence, index, (s) => compareInstants(s, after) > 0));
  return out.sort(byStart).slice(0, max);
}

/** An exception that skips one occurrence; refused when `original` is not one. */
export function skipOccurrence(
  cadence: Cadence,
  original: LocalDateTime,
): Result<OccurrenceException, RecurrenceError> {
  return isOccurrence(cadence, original)
    ? ok({ kind: "skipped", original })
    : err(domainError("RECURRENCE.NOT_AN_OCCURRENCE", { original }));
}

/** An exception that moves one occurrence to [start, end); refused when `original` is not one or end ≤ start. */
export function moveOccurrence(
  cadence: Cadence,
  original: LocalDateTime,
  start: Instant,
  end: Instant,
): Result<OccurrenceException, RecurrenceError> {
  if (!isOccurrence(cadence, original)) return err(domainError("RECURRENCE.NOT_AN_OCCURRENCE", { original }));
  if (compareInstants(start, end) >= 0) return err(domainError("RECURRENCE.INVALID_MOVE", { start, end }));
  return ok({ kind: "moved", original, start, end });
}

// ---------------------------------------------------------------------------------------------
// Creating a cadence

/**
 * A cadence from user input. The zone must be a canonical IANA name, `firstStart` a wall-clock time
 * that is itself an occurrence of the rule (RFC 5545 leaves other starts undefined), the duration 15–1440 minutes.
 */
export function parseCadence(input: {
  readonly rrule: string;
  readonly zone: string;
  readonly firstStart: string;
  readonly durationMinutes: number;
}): Result<Cadence, CadenceError> {
  const zone = parseTimeZone(input.zone);
  if (!zone.ok) return zone;
  const firstStart = parseLocalDateTime(input.firstStart);
  if (!firstStart.ok) return firstStart;
  const duration = input.durationMinutes;
  if (
    !Number.isInteger(duration) ||
    duration < MIN_CADENCE_DURATION_MINUTES ||
    duration > MAX_CADENCE_DURATION_MINUTES
  ) {
    return err(
      domainError("RECURRENCE.INVALID_DURATION", {
        value: duration,
        minimum: MIN_CADENCE_DURATION_MINUTES,
        maximum: MAX_CADENCE_DURATION_MINUTES,
      }),
    );
  }
  const parts = parseRrule(input.rrule);
  if (!parts.ok) return parts;
  const rrule = formatRrule(parts.value);
  const { until } = parts.value;
  const startInstant = instantOf(firstStart.value, zone.value);
  const untilPassed =
    until?.kind === "instant"
      ? compareInstants(until.value, startInstant) < 0
      : until !== undefined && until.value < firstStart.value.slice(0, 10);
  if (untilPassed) {
    return err(domainError("RECURRENCE.UNTIL_BEFORE_START", { rule: rrule, firstStart: firstStart.value }));
  }
  const compiled = build(parts.value, zone.value, firstStart.value);
  if (!compiled.ok) return compiled;
  const first = wallTimes(compiled.value, firstStart.value).next();
  if (first.done === true || first.value !== firstStart.value) {
    const params = { rule: rrule, firstStart: firstStart.value };
    return err(
      domainError(
        "RECURRENCE.START_NOT_AN_OCCURRENCE",
        first.done === true ? params : { ...params, firstOccurrence: first.value },
      ),
    );
  }
  return ok({ rrule, zone: zone.value, firstStart: firstStart.value, durationMinutes: duration });
}

const CADENCE_ISSUES: Readonly<Record<CadenceError["code"], readonly [path: string, key: string]>> = {
  "TIME.INVALID_ZONE": ["zone", "validation.invalid_zone"],
  "TIME.INVALID_LOCAL_DATE_TIME": ["firstStart", "validation.invalid_date_time"],
  "TIME.INVALID_DATE": ["rrule", "validation.invalid_rrule"],
  "TIME.INVALID_INSTANT": ["rrule", "validation.invalid_rrule"],
  "RECURRENCE.INVALID_RULE": ["rrule", "validation.invalid_rrule"],
  "RECURRENCE.FREQUENCY_NOT_ALLOWED": ["rrule", "validation.rrule_frequency_not_allowed"],
  "RECURRENCE.PART_NOT_ALLOWED": ["rrule", "validation.rrule_part_not_allowed"],
  "RECURRENCE.TOO_MANY": ["rrule", "validation.rrule_too_many"],
  "RECURRENCE.UNTIL_BEFORE_START": ["rrule", "validation.rrule_until_before_start"],
  "RECURRENCE.START_NOT_AN_OCCURRENCE": ["firstStart", "validation.start_not_an_occurrence"],
  "RECURRENCE.INVALID_DURATION": ["durationMinutes", "validation.invalid_duration"],
  "RECURRENCE.NOT_AN_OCCURRENCE": ["rrule", "validation.invalid_rrule"],
  "RECURRENCE.INVALID_MOVE": ["rrule", "validation.invalid_rrule"],
};

/** Zod schema for a cadence in a form or API input; messages are translation keys. */
export const cadenceSchema = z
  .strictObject({
    rrule: z
      .string({ error: "validation.required" })
      .trim()
      .min(1, { error: "validation.required" })
      .max(500, { error: "validation.too_long" }),
    zone: timeZoneSchema,
    firstStart: localDateTimeSchema,
    durationMinutes: z
      .int({ error: "validation.invalid_duration" })
      .min(MIN_CADENCE_DURATION_MINUTES, { error: "validation.too_small" })
      .max(MAX_CADENCE_DURATION_MINUTES, { error: "validation.too_big" }),
  })
  .transform((input, ctx): Cadence => {
    const cadence = parseCadence(input);
    if (cadence.ok) return cadence.value;
    // Zone, start and duration were checked field by field above; what is left is about the rule.
    const [path, key] = CADENCE_ISSUES[cadence.error.code];
    ctx.addIssue({ code: "custom", message: key, path: [path], input: input.rrule });
    return z.NEVER;
  });

// ---------------------------------------------------------------------------------------------
// Describing a cadence

const WEEKDAY_NAMES: Readonly<Record<UiLanguage, Readonly<Record<RruleWeekday, string>>>> = {
  en: {
    MO: "Monday",
    TU: "Tuesday",
    WE: "Wednesday",
    TH: "Thursday",
    FR: "Friday",
    SA: "Saturday",
    SU: "Sunday",
  },
  th: {
    MO: "วันจันทร์",
    TU: "วันอังคาร",
    WE: "วันพุธ",
    TH: "วันพฤหัสบดี",
    FR: "วันศุกร์",
    SA: "วันเสาร์",
    SU: "วันอาทิตย์",
  },
  my: {
    MO: "တနင်္လာ",
    TU: "အင်္ဂါ",
    WE: "ဗုဒ္ဓဟူး",
    TH: "ကြာသပတေး",
    FR: "သောကြာ",
    SA: "စနေ",
    SU: "တနင်္ဂနွေ",
  },
};

/** The name of the weekday a date falls on, in the language ("Wednesday", "วันพุธ", "ဗုဒ္ဓဟူး"). */
export function weekdayName(date: PlainDate, lang: UiLanguage): string {
  return WEEKDAY_NAMES[lang][RRULE_WEEKDAYS[Temporal.PlainDate.from(date).dayOfWeek - 1] ?? "MO"];
}

const ORDINAL_WORDS: Readonly<Record<UiLanguage, Readonly<Record<string, string>>>> = {
  en: { "1": "first", "2": "second", "3": "third", "4": "fourth", "5": "fifth", "-1": "last" },
  th: { "1": "แรก", "2": "ที่สอง", "3": "ที่สาม", "4": "ที่สี่", "5": "ที่ห้า", "-1": "สุดท้าย" },
  my: { "1": "ပထမ", "2": "ဒုတိယ", "3": "တတိယ", "4": "စတုတ္ထ", "5": "ပဉ္စမ", "-1": "နောက်ဆုံး" },
};

function list(items: readonly string[], lang: UiLanguage): string {
  const last = items.at(-1) ?? "";
  if (items.length < 2) return last;
  const head = items.slice(0, -1);
  switch (lang) {
    case "en":
      return `${head.join(", ")} and ${last}`;
    case "th":
      return `${head.join(" ")} และ${last}`;
    case "my":
      return `${head.join("၊ ")}နှင့် ${last}`;
  }
}

const num = (n: number, lang: UiLanguage) => (lang === "my" ? toMyanmarDigits(String(n)) : String(n));

type Unit = "day" | "week" | "month" | "year";
const UNIT_OF: Readonly<Record<CadenceFrequency, Unit>> = {
  DAILY: "day",
  WEEKLY: "week",
  MONTHLY: "month",
  YEARLY: "year",
};

/** "Monthly" / "Every 6 months", in each language. */
function every(unit: Unit, interval: number, lang: UiLanguage): string {
  const n = num(interval, lang);
  switch (lang) {
    case "en": {
      const single = { day: "Daily", week: "Weekly", month: "Monthly", year: "Yearly" }[unit];
      return interval === 1 ? single : `Every ${n} ${unit}s`;
    }
    case "th": {
      const word = { day: "วัน", week: "สัปดาห์", month: "เดือน", year: "ปี" }[unit];
      return interval === 1 ? `ทุก${word}` : `ทุก ${n} ${word}`;
    }
    case "my": {
      const single = { day: "နေ့စဉ်", week: "အပတ်စဉ်", month: "လစဉ်", year: "နှစ်စဉ်" }[unit];
      const word = { day: "ရက်", week: "ပတ်", month: "လ", year: "နှစ်" }[unit];
      return interval === 1 ? single : `${n} ${word}တစ်ကြိမ်`;
    }
  }
}

/** The weekday, month-day or date phrase of a recognised rule shape, or undefined for anything else. */
function when(parts: RruleParts, start: Temporal.PlainDateTime, lang: UiLanguage): string | undefined {
  const { freq, byDay, byMonthDay, byMonth, bySetPos, byWeekNo, byYearDay } = parts;
  if (byWeekNo !== undefined || byYearDay !== undefined) return undefined;
  const names = WEEKDAY_NAMES[lang];
  const startWeekday = RRULE_WEEKDAYS[start.dayOfWeek - 1] ?? "MO";

  if (freq === "DAILY") {
    return byDay === undefined && byMonthDay === undefined && byMonth === undefined && bySetPos === undefined
      ? ""
      : undefined;
  }
  if (freq === "WEEKLY") {
    if (byMonth !== undefined || bySetPos !== undefined) return undefined;
    const days = (byDay ?? [{ ordinal: 0, weekday: startWeekday }]).map((d) => names[d.weekday]);
    const text = list(days, lang);
    return lang === "en" ? ` on ${text}` : lang === "my" ? ` ${text}နေ့` : ` ${text}`;
  }
  if (freq === "MONTHLY") {
    if (byMonth !== undefined) return undefined;
    // "BYDAY=TH;BYSETPOS=2" is the same rule as "BYDAY=2TH".
    const single = byDay?.length === 1 ? byDay[0] : undefined;
    const setPos = bySetPos?.length === 1 ? bySetPos[0] : undefined;
    if (single !== undefined && byMonthDay === undefined) {
      const ordinal =
        single.ordinal !== 0 && setPos === undefined
          ? single.ordinal
          : single.ordinal === 0
            ? setPos
            : undefined;
      const word = ORDINAL_WORDS[lang][String(ordinal)];
      if (word === undefined) return undefined;
      const day = names[single.weekday];
      if (lang === "en") return ` on the ${word} ${day}`;
      if (lang === "th") return ` ${day}${word}ของเดือน`;
      return ` ${word} ${day}နေ့`;
    }
    if (byDay !== undefined || bySetPos !== undefined) return undefined;
    const monthDays = byMonthDay ?? [start.day];
    if (monthDays.length !== 1) return undefined;
    const d = monthDays[0] ?? start.day;
    if (d === -1) {
      return lang === "en" ? " on the last day" : lang === "th" ? " วันสุดท้ายของเดือน" : " နောက်ဆုံးနေ့";
    }
    if (d < 1) return undefined;
    if (lang === "en") return ` on day ${d}`;
    if (lang === "th") return ` วันที่ ${d}`;
    return ` ${num(d, lang)} ရက်နေ့`;
  }
  // YEARLY: only the plain "same date every year", as firstStart or spelled out with BYMONTH/BYMONTHDAY.
  if (byDay !== undefined || bySetPos !== undefined) return undefined;
  // Without BYMONTH, BYMONTHDAY in a yearly rule means that day of every month.
  if (byMonthDay !== undefined && byMonth === undefined) return undefined;
  const month = byMonth ?? [start.month];
  const monthDay = byMonthDay ?? [start.day];
  if (month.length !== 1 || monthDay.length !== 1) return undefined;
  const m = month[0] ?? start.month;
  const d = monthDay[0] ?? start.day;
  if (d < 1) return undefined;
  const name = monthName(m, lang);
  if (lang === "en") return ` on ${d} ${name}`;
  if (lang === "th") return ` วันที่ ${d} ${name}`;
  return ` ${name} ${num(d, lang)} ရက်`;
}

function ending(parts: RruleParts, zone: TimeZone, lang: UiLanguage): string {
  if (parts.count !== undefined) {
    const n = num(parts.count, lang);
    return lang === "en" ? `, ${n} times` : lang === "th" ? `, ${n} ครั้ง` : `၊ ${n} ကြိမ်`;
  }
  if (parts.until !== undefined) {
    const date = parts.until.kind === "date" ? parts.until.value : dateOf(parts.until.value, zone);
    const text = formatDate(date, lang);
    return lang === "en" ? `, until ${text}` : lang === "th" ? ` จนถึง ${text}` : `၊ ${text} အထိ`;
  }
  return "";
}

/**
 * A monthly rule limited to some months, like the BCATIP meetings "FREQ=MONTHLY;BYMONTH=3,9;BYDAY=4WE":
 * "Every March and September on the fourth Wednesday", "ทุกวันพุธที่สี่ของเดือนมีนาคม และกันยายน".
 */
function inMonths(
  parts: RruleParts,
  months: readonly number[],
  start: Temporal.PlainDateTime,
  lang: UiLanguage,
  cadence: Cadence,
): string {
  const { byMonth: _, ...everyMonth } = parts;
  const day = parts.interval === 1 ? when(everyMonth, start, lang) : undefined;
  if (day === undefined) return cadence.rrule;
  const names = list(
    months.map((m) => monthName(m, lang)),
    lang,
  );
  if (lang === "en") return `Every ${names}${day}`;
  if (lang === "th") {
    const phrase = day.trimStart();
    return phrase.endsWith("ของเดือน") ? `ทุก${phrase}${names}` : `ทุก${phrase} ของเดือน${names}`;
  }
  return `${names}လ၏${day}`;
}

/**
 * Short human text for common rules: "Monthly on the second Thursday", "ทุกวันพฤหัสบดีที่สองของเดือน",
 * "လစဉ် ဒုတိယ ကြာသပတေးနေ့", "Every 6 months on day 17". Other rules fall back to the RRULE itself.
 * The time of day is left out: pages show it per zone with formatDualZoneText.
 */
export function describeCadence(cadence: Cadence, lang: UiLanguage): string {
  const parsed = parseRrule(cadence.rrule);
  if (!parsed.ok) return cadence.rrule;
  const parts = parsed.value;
  const start = Temporal.PlainDateTime.from(cadence.firstStart);
  if (parts.freq === "MONTHLY" && parts.byMonth !== undefined) {
    return inMonths(parts, parts.byMonth, start, lang, cadence) + ending(parts, cadence.zone, lang);
  }
  const phrase = when(parts, start, lang);
  if (phrase === undefined) return cadence.rrule;
  const unit = UNIT_OF[parts.freq];
  let text = `${every(unit, parts.interval, lang)}${phrase}`;
  // Thai says "every Thursday", "every second Thursday of the month", without a separate "weekly"/"monthly".
  if (lang === "th" && parts.interval === 1 && (parts.freq === "WEEKLY" || parts.freq === "MONTHLY")) {
    const day = phrase.trimStart();
    text = `ทุก${day}${parts.freq === "MONTHLY" && !day.endsWith("ของเดือน") ? " ของเดือน" : ""}`;
  }
  return `${text}${ending(parts, cadence.zone, lang)}`;
}
